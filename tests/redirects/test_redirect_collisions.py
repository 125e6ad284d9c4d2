"""A redirect never replaces a page the site makes, whatever the build engine does."""

from __future__ import annotations

import json

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_site

ABOUT = "Title: About\nSlug: about\n\nWho I am.\n"


def site(paths: dict) -> dict[str, str]:
    remote = article(slug="remote", title="Remote", tags="Remote work")
    remote = remote.replace("Category: Tips", "Category: Remote work")
    return {
        "articles/remote.md": remote,
        "articles/tagged.md": article(slug="tagged", title="Tagged", tags="Remote work"),
        "pages/about.md": ABOUT,
        "redirects.json": json.dumps({"paths": paths}, indent=1),
    }


@pytest.mark.parametrize("workers", [None, 1])
@pytest.mark.parametrize(
    ("old", "page"),
    [
        ("category/remote-work/", "category/remote-work/index.html"),
        ("about/", "about/index.html (from pages/about.md)"),
        ("", "index.html"),
    ],
)
def test_a_redirect_onto_a_page_of_the_site_names_the_line_and_the_page(
    tmp_path, old, page, workers
):
    paths = {"2019/01/old/": "articles/tagged.md", old: {"tag": "Remote work"}}
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, site(paths), BUILD_WORKERS=workers)
    (problem,) = failed.value.problems
    assert problem.file == "content/redirects.json"
    line = json.dumps({"paths": paths}, indent=1).splitlines().index(f'  "{old}": {{') + 1
    assert problem.line == line
    assert f"redirect for the old link '{old}' would replace {page}, a page of this site" in (
        problem.message
    )


def test_a_redirect_never_replaces_the_page_in_a_lenient_build_either(tmp_path):
    from freelancekit.strict_build import build
    from site_kit import FIXTURE_SETTINGS, write_content

    content = write_content(tmp_path / "content", site({"about/": "articles/tagged.md"}))
    output = tmp_path / "output"
    overrides = {"PATH": str(content), "SITEURL": "https://example.com"}
    problems = build(FIXTURE_SETTINGS, output, overrides=overrides, strict=False)
    assert len(problems) == 1
    assert "Who I am." in (output / "about/index.html").read_text()


def test_an_old_address_that_is_the_new_pages_own_is_left_alone(tmp_path):
    output = build_site(tmp_path, site({"category/remote-work/": {"category": "Remote work"}}))
    assert "This page has moved" not in (output / "category/remote-work/index.html").read_text()


@pytest.mark.parametrize(
    ("old", "why"),
    [
        ("../../escape/", "leads outside the site"),
        ("a/../../escape/", "leads outside the site"),
        ("a" * 300 + "/", "longer than the file system allows"),
    ],
)
def test_a_hostile_or_impossible_old_link_is_refused_at_its_line(tmp_path, old, why):
    files = {
        "articles/a.md": article(),
        "redirects.json": json.dumps({"paths": {old: "articles/a.md"}}),
    }
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path / "site", files)
    (problem,) = failed.value.problems
    assert (problem.file, problem.line) == ("content/redirects.json", 1)
    assert why in problem.message
    assert not (tmp_path / "escape").exists()


@pytest.mark.parametrize("old", ['x"<script>/', "%2e%2e/x/", "/abs/"])
def test_odd_but_harmless_old_links_stay_inside_the_site(tmp_path, old):
    files = {
        "articles/a.md": article(),
        "redirects.json": json.dumps({"paths": {old: "articles/a.md"}}),
    }
    output = build_site(tmp_path / "site", files)
    moved = output / old.lstrip("/") / "index.html"
    assert moved.resolve().is_relative_to(output.resolve()) and moved.exists()
    assert "<script>" not in moved.read_text()


@pytest.mark.parametrize("named", ["Remote Work", "remote work", " Remote  work ", "remote-work"])
def test_a_tag_or_category_is_found_by_its_slug_not_its_exact_name(tmp_path, named):
    # WordPress keeps "Remote Work" and "remote work" apart; Pelican files both as remote-work.
    paths = {"tag/old-remote/": {"tag": named}, "category/old-remote/": {"category": named}}
    output = build_site(tmp_path, site(paths))
    for old, new in [
        ("tag/old-remote/", "tag/remote-work/"),
        ("category/old-remote/", "category/remote-work/"),
    ]:
        assert (
            f'href="/{new}"' in (output / old / "index.html").read_text()
            or new in (output / old / "index.html").read_text()
        )


def test_a_redirect_page_carries_the_sites_strict_csp(tmp_path):
    from site_kit import soup

    files = {
        "articles/a.md": article(),
        "redirects.json": json.dumps({"paths": {"2019/05/old-tip/": "articles/a.md"}}),
    }
    page = soup(build_site(tmp_path, files) / "2019/05/old-tip/index.html")
    policy = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'self'" in policy and "script-src 'self';" in policy
    assert "frame-src 'none'" in policy and "unsafe-inline" not in policy
    # Before anything it governs: right after the charset.
    assert page.head.find_all("meta")[1] is page.find("meta", attrs={"http-equiv": True})
