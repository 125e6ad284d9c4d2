"""Sites written with YAML front matter build as their writers meant; mistakes fail by line."""

from __future__ import annotations

import pytest

import parallel_read
from freelancekit.forking import Helper
from freelancekit.settings import PLUGINS
from freelancekit.strict_build import BuildFailed, build
from front_matter import MarkdownReader
from front_matter_samples import ASTRO, ELEVENTY, HUGO, JEKYLL, OBSIDIAN
from site_kit import FIXTURE_SETTINGS, TEST_SITEURL, article, build_site, soup, write_content


def files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_jekyll_post_has_its_title_tags_category_and_summary(tmp_path):
    output = build_site(tmp_path, {"articles/pricing.md": JEKYLL})
    page = soup(output / "pricing-in-three-currencies/index.html")
    assert page.find("h1").get_text() == "Pricing in three currencies"
    assert page.find("meta", property="article:modified_time")["content"].startswith("2026-02-12")
    # One category, Money; Freelance, the second, is a tag beside pricing and money.
    assert (output / "category/money/index.html").exists()
    assert not (output / "category/freelance/index.html").exists()
    assert sorted(p.name for p in (output / "tag").iterdir()) == ["freelance", "money", "pricing"]
    index = (output / "index.html").read_text()
    assert "How I quote clients in rupees, euros and dollars" in index


def test_a_hugo_post_keeps_its_slug_description_and_drops_its_menu(tmp_path):
    output = build_site(tmp_path, {"articles/late.md": HUGO})
    page = soup(output / "late-invoices/index.html")
    assert page.find("h1").get_text() == "Late invoices: a polite sequence"
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(
        "Three short emails that get an invoice paid"
    )
    assert page.find("meta", property="article:modified_time")["content"].startswith("2026-03-04")
    assert (output / "tag/invoices/index.html").exists()
    assert (output / "category/money/index.html").exists()


def test_an_eleventy_permalink_is_the_address_and_its_layout_is_left_out(tmp_path):
    output = build_site(tmp_path, {"articles/slow.md": ELEVENTY})
    page = soup(output / "notes-from-slow-mornings/index.html")
    assert page.find("h1").get_text() == "Notes from a week of slow mornings"
    assert (output / "tag/routines/index.html").exists()


def test_an_obsidian_note_builds_with_its_tags(tmp_path):
    output = build_site(tmp_path, {"articles/brief.md": OBSIDIAN})
    page = soup(output / "interview-questions-that-surface-the-real-brief/index.html")
    assert [a.get_text() for a in page.select("a[href*='tag/']")][:2] == ["clients", "interviews"]


def test_pages_and_portfolio_projects_read_front_matter_too(tmp_path):
    project = (
        "---\ntitle: Onboarding guides\nclient: Lumen Quay\ncountry: Singapore\n"
        "year: 2024\n---\nWhat they needed.\n"
    )
    output = build_site(
        tmp_path,
        {
            "articles/a.md": article(),
            "pages/about.md": "---\nlayout: page\ntitle: About me\nslug: about\n---\nHi.\n",
            "portfolio/guides.md": project,
        },
    )
    assert soup(output / "about/index.html").find("h1").get_text() == "About me"
    assert "Lumen Quay" in (output / "portfolio/guides/index.html").read_text()


def test_draft_true_is_a_draft(tmp_path):
    draft = HUGO.replace("draft: false", "draft: true")
    output = build_site(tmp_path, {"articles/late.md": draft, "articles/a.md": article()})
    assert (output / "drafts/late-invoices/index.html").exists()
    assert not (output / "late-invoices").exists()
    assert "Late invoices" not in (output / "index.html").read_text()


def test_the_same_article_in_front_matter_or_a_header_is_the_same_site(tmp_path):
    header = (
        "Title: Pricing in three currencies\n"
        "Date: 2026-02-10 09:30:00 +0100\n"
        "Modified: 2026-02-12\n"
        "Category: Money\n"
        "Tags: pricing, money, Freelance\n"
        "Summary: How I quote clients in rupees, euros and dollars without losing sleep.\n"
    )
    body = JEKYLL.split("---\n", 2)[2]
    front = build_site(tmp_path / "front", {"articles/pricing.md": JEKYLL})
    pelican = build_site(tmp_path / "header", {"articles/pricing.md": header + body})
    assert files(front) == files(pelican)


def test_a_site_with_pelican_headers_is_byte_for_byte_what_it_was(tmp_path):
    without = [p for p in PLUGINS if p != "front_matter"]
    assert files(build_site(tmp_path / "with")) == files(
        build_site(tmp_path / "without", PLUGINS=without)
    )


def failure(tmp_path, text: str, name: str = "articles/a.md") -> str:
    """The one problem a build of `text` (beside a good article) reports, as a line."""
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {name: text, "articles/good.md": article(slug="good")})
    assert not (tmp_path / "output").exists()  # nothing published
    (problem,) = failed.value.problems
    return str(problem)


def test_malformed_yaml_names_file_line_and_the_quotes_it_needs(tmp_path):
    text = "---\ntitle: Pricing: a guide\ndate: 2026-01-02\n---\n\nWords.\n"
    assert failure(tmp_path, text) == (
        "content/articles/a.md:2: front matter is not valid YAML (mapping values are not "
        "allowed here): a value holding ': ' needs quotes around it"
    )


def test_a_block_never_closed_names_its_first_line(tmp_path):
    assert failure(tmp_path, "---\ntitle: A\ndate: 2026-01-02\n\nWords.\n").startswith(
        "content/articles/a.md:1: front matter opened with --- is never closed"
    )


def test_nested_keys_where_one_value_goes_name_the_key(tmp_path):
    text = "---\ntitle: A\ndate: 2026-01-02\nimage:\n  path: images/a.png\n  alt: A\n---\nx\n"
    assert failure(tmp_path, text) == (
        "content/articles/a.md:4: 'image' holds nested keys or lists: give it one value"
    )


def test_a_block_that_is_a_list_fails(tmp_path):
    assert failure(tmp_path, "---\n- title: A\n- date: 2026-01-02\n---\nx\n") == (
        "content/articles/a.md:2: front matter must be key: value lines (title: ..., date: ...)"
    )


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        ("title: A\ntitle: B", "4: 'title' is set twice (also on line 3): keep one"),
        ("title: A\nlastmod: 2026-01-03\nmodified: 2026-01-04", "5: 'modified' and 'lastmod'"),
        ("title: [A, B]", "3: 'title' is a list: give it one value"),
        ("title: A\ndraft: soon", "4: 'draft' must be true or false, not 'soon'"),
    ],
)
def test_each_other_mistake_names_file_and_line(tmp_path, lines, problem):
    text = f"---\ndate: 2026-01-02\n{lines}\n---\nx\n"
    assert failure(tmp_path, text).startswith(f"content/articles/a.md:{problem}")


def test_an_astro_date_fails_as_a_header_date_does(tmp_path):
    assert failure(tmp_path, ASTRO, "articles/editing.md") == (
        "content/articles/editing.md:4: invalid date 'Feb 02 2026': write it as YYYY-MM-DD "
        "or YYYY-MM-DD HH:MM"
    )


def test_a_british_date_fails_at_its_line_not_another_holding_the_same_text(tmp_path):
    text = "---\ntitle: 01/12/2026 notes\ndate: 01/12/2026\n---\nx\n"
    assert failure(tmp_path, text).startswith("content/articles/a.md:3: invalid date '01/12/2026'")


def test_an_unknown_status_is_found_at_its_lower_case_line(tmp_path):
    text = "---\ntitle: A\ndate: 2026-01-02\nstatus: publish\n---\nx\n"
    assert failure(tmp_path, text).startswith("content/articles/a.md:4: unknown status 'publish'")


def test_a_permalink_the_kit_cannot_keep_says_how_to_keep_the_old_address(tmp_path):
    text = "---\ntitle: A\ndate: 2026-01-02\npermalink: /blog/2019/a-tip.html\n---\nx\n"
    assert failure(tmp_path, text) == (
        "content/articles/a.md:4: permalink '/blog/2019/a-tip.html' is not where this page "
        "is published (/a-tip/): set slug: to keep the old address, or delete the permalink "
        'line and send the old address on with "blog/2019/a-tip.html": "articles/a.md" '
        'under "paths" in content/redirects.json'
    )


def test_a_dated_permalink_is_kept_with_dated_urls(tmp_path):
    text = "---\ntitle: A\ndate: 2026-02-10\npermalink: /2026/02/brief/\n---\nx\n"
    output = build_site(tmp_path, {"articles/a.md": text}, PERMALINK_STYLE="dated")
    assert (output / "2026/02/brief/index.html").exists()


def post(n: int) -> str:
    """One of many front matter articles, in a few shapes."""
    return (
        f"---\ntitle: 'Post {n}: notes'\ndate: 2026-01-{n % 28 + 1:02}\n"
        f"tags: [t{n % 5}, shared]\ncategories: [C{n % 3}, extra]\n"
        f"draft: {str(n % 7 == 0).lower()}\n---\n\nWords for post {n}.\n"
    )


def test_helpers_reading_in_parallel_give_the_same_site_and_the_same_one_line(
    tmp_path, monkeypatch
):
    started = []

    class CountedHelper(Helper):
        def __init__(self, items, work):
            started.append(len(items))
            super().__init__(items, work)

    monkeypatch.setattr(parallel_read, "Helper", CountedHelper)
    monkeypatch.setattr(parallel_read, "can_fork", lambda: True)  # other suites leave threads
    posts = {f"articles/post-{n:03}.md": post(n) for n in range(100)}
    posts["articles/zz-last.md"] = "---\ntitle: Last\ndate: 2026-01-02\ntags: [a, b\n---\nx\n"
    content = write_content(tmp_path / "content", posts)
    built = {}
    for mode, settings in {
        "engine": {"BUILD_WORKERS": 2},
        "pelican": {"BUILD_ENGINE": False},
    }.items():
        overrides = {"PATH": str(content), "SITEURL": TEST_SITEURL, **settings}
        problems = build(FIXTURE_SETTINGS, tmp_path / mode, overrides=overrides, strict=False)
        built[mode] = ([str(p) for p in problems], files(tmp_path / mode))
    assert started  # the last file was in a helper's run
    assert built["engine"] == built["pelican"]
    assert built["engine"][0] == [
        "content/articles/zz-last.md:4: front matter is not valid YAML (expected ',' or ']', "
        "but got '<stream end>'): a [ is not closed, or an item holds a ',' or ': ': put it "
        "in quotes"
    ]


def test_the_dev_servers_reader_cache_keeps_what_front_matter_gave(tmp_path, monkeypatch):
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "c")}
    first = files(build_site(tmp_path, {"articles/pricing.md": JEKYLL}, **cache))

    def unread(self, path):
        raise AssertionError(f"read again: {path}")

    monkeypatch.setattr(MarkdownReader, "read", unread)
    assert files(build_site(tmp_path, **cache, PATH=str(tmp_path / "content"))) == first
