"""Links to .md files work; every other internal link goes somewhere or fails the build."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from internal_links.links import (
    Target,
    closest,
    element_ids,
    link_markdown_files,
    refs,
    site_target,
    url_of,
)

from site_kit import article, build_fails, build_site, soup

SECOND = article(slug="second", title="Second", body="## Intro\n\nHello.")


@pytest.mark.parametrize(
    ("href", "page", "siteurl", "expected"),
    [
        ("/about/", "first/", "https://example.com", Target("about/index.html", "")),
        ("../about/#team", "first/", "https://example.com", Target("about/index.html", "team")),
        ("#intro", "first/", "https://example.com", Target("first/index.html", "intro")),
        ("/about", "first/", "https://example.com", Target("about", "")),
        ("https://example.com/cv.pdf", "", "https://example.com", Target("cv.pdf", "")),
        ("/blog/about/", "x/", "https://me.github.io/blog", Target("about/index.html", "")),
        ("/about/", "x/", "https://me.github.io/blog", Target("", "")),
        ("/my%20notes/", "", "https://example.com", Target("my notes/index.html", "")),
        ("https://elsewhere.example/about/", "", "https://example.com", None),
        ("//cdn.example/x.js", "", "https://example.com", None),
        ("mailto:me@example.com", "", "https://example.com", None),
        ("{filename}other.md", "", "https://example.com", None),
        ("", "", "https://example.com", None),
    ],
)
def test_site_target(href, page, siteurl, expected):
    assert site_target(href, page, siteurl) == expected


def test_markdown_links_become_filename_links_only_when_the_file_exists():
    html = (
        '<p><a href="second.md">a</a> <a href="../pages/about.md#team">b</a> '
        '<a href="gone.md">c</a> <a href="https://github.com/x/README.md">d</a></p>'
    )
    rewritten = link_markdown_files(html, lambda path: path != "gone.md")
    assert 'href="{filename}second.md"' in rewritten
    assert 'href="{filename}../pages/about.md#team"' in rewritten
    assert 'href="gone.md"' in rewritten
    assert 'href="https://github.com/x/README.md"' in rewritten


def test_refs_and_ids_are_read_unescaped_once():
    html = '<a href="/a/?x=1&amp;y=2">x</a><h2 id="q&amp;a">Q</h2><a name="old"></a>'
    assert refs(html) == ["/a/?x=1&y=2"]
    assert element_ids(html) == {"q&a", "old"}


def test_url_of_and_closest():
    assert url_of("about/index.html") == "/about/"
    assert url_of("index.html") == "/"
    assert url_of("cv.pdf") == "/cv.pdf"
    assert closest("/secnd/", ["/second/", "/about/"]) == "/second/"


@given(st.text(), st.text(max_size=30))
def test_site_target_reads_any_text_without_failing(href, page):
    target = site_target(href, page, "https://example.com")
    assert target is None or isinstance(target.file, str)


@given(st.from_regex(r"[a-z]{1,10}\.example", fullmatch=True), st.text(max_size=20))
def test_other_hosts_are_never_internal(host, path):
    assert site_target(f"https://{host}/{path}", "", "https://example.com") is None


def test_a_link_to_a_markdown_file_goes_to_its_page(tmp_path):
    first = article(slug="first", body="Read [it](second.md) and [its intro](second.md#intro).")
    output = build_site(tmp_path, {"articles/first.md": first, "articles/second.md": SECOND})
    hrefs = [a["href"] for a in soup(output / "first/index.html").select(".post-body p a")]
    assert hrefs == ["../second/", "../second/#intro"]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "[x](secnd.md)",
            "links to 'secnd.md', which is not a file in the content folder "
            "(did you mean second.md?)",
        ),
        ("[x](/secnd/)", "links to '/secnd/', which the site does not have (closest: /second/)"),
        ("[x](../secnd/)", "links to '../secnd/', which the site does not have (closest: /second"),
        ("[x](/no/such/page/)", "links to '/no/such/page/', which the site does not have (clos"),
        (
            "[x](second.md#intr)",
            "links to 'second.md#intr', but /second/ has no element with "
            'id="intr" (closest: #intro)',
        ),
        ("[x](/second/#intr)", 'but /second/ has no element with id="intr" (closest: #intro)'),
        ("[x](#nowhere)", 'but /first/ has no element with id="nowhere"'),
    ],
)
def test_a_broken_internal_link_fails_naming_file_line_and_closest(tmp_path, body, said):
    first = article(slug="first", body=f"Some words.\n\nSee {body} for more.")
    problems = build_fails(tmp_path, {"articles/first.md": first, "articles/second.md": SECOND})
    assert len(problems) == 1, problems
    assert problems[0].file == "content/articles/first.md"
    assert problems[0].line == 9
    assert said in problems[0].message


def test_links_in_pages_and_to_assets_are_checked(tmp_path):
    page = "Title: About\nSlug: about\n\nMy [CV](/files/cv.pdf).\n"
    problems = build_fails(tmp_path, {"pages/about.md": page, "articles/second.md": SECOND})
    assert [(p.file, p.line) for p in problems] == [("content/pages/about.md", 4)]
    assert "'/files/cv.pdf', which the site does not have" in problems[0].message


def test_working_internal_links_build(tmp_path):
    first = article(
        slug="first",
        body="[a](/second/) [b](../second/#intro) [c](https://example.com/second/) "
        "[d](/categories/) [e](https://elsewhere.example/nothing/) [f](#top) [g](/)",
    )
    build_site(tmp_path, {"articles/first.md": first, "articles/second.md": SECOND})


def test_a_link_to_a_drafts_page_fails_and_no_draft_is_suggested(tmp_path):
    draft = "Title: About\nSlug: about\nStatus: draft\n\nWho I am.\n"
    first = article(slug="first", body="Words.\n\n[About me](/drafts/pages/about/) [x](/abot/)")
    problems = build_fails(tmp_path, {"articles/first.md": first, "pages/about.md": draft})
    said = [p.message for p in problems]
    assert said[0].startswith("links to '/drafts/pages/about/', the page of pages/about.md, which ")
    assert "is a draft (Status: draft) and is never published" in said[0]
    assert "drafts" not in said[1]


def test_a_link_written_with_the_production_address_is_checked_in_development(tmp_path):
    # The fixture's publishconf.py: SITEURL = "https://fixture-noor-haddad.github.io".
    first = article(
        slug="first",
        body="[ok](https://fixture-noor-haddad.github.io/second/) "
        "[gone](https://fixture-noor-haddad.github.io/secnd/)",
    )
    files = {"articles/first.md": first, "articles/second.md": SECOND}
    (problem,) = build_fails(tmp_path, files, SITEURL="http://127.0.0.1:8000")
    assert "links to 'https://fixture-noor-haddad.github.io/secnd/', which the site" in str(problem)


def test_a_link_to_where_a_draft_will_be_says_it_is_a_draft(tmp_path):
    draft = "Title: About\nSlug: about\nStatus: draft\n\nWho I am.\n"
    first = article(slug="first", body="Words.\n\nSee [about me](/about/).")
    (problem,) = build_fails(tmp_path, {"articles/first.md": first, "pages/about.md": draft})
    assert problem.message == (
        "links to '/about/', the address pages/about.md will have, but it is a draft "
        "(Status: draft): publish it first, or remove the link"
    )
