"""Importing a WordPress export written for these tests: nothing lost, nothing leaked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from article_comments.archive import parse_archive
from freelancekit.wordpress_import import WxrError, import_wordpress

FIXTURE = Path(__file__).parent / "fixtures/blog.xml"


@pytest.fixture
def imported(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    summary = import_wordpress(FIXTURE, content)
    return content, summary


def header(path: Path) -> dict[str, str]:
    head = path.read_text().split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


def test_posts_and_pages_become_markdown_with_metadata(imported):
    content, summary = imported
    meta = header(content / "articles/writers-abroad.md")
    assert meta == {
        "Title": "Working with writers & editors abroad",
        "Date": "2019-05-02 10:11",
        "Modified": "2019-06-01 08:00",
        "Category": "Outsourcing Articles",
        "Tags": "briefs, Freelancing",
        "Slug": "writers-abroad",
        "Author": "asha",
        "Summary": "How to brief writers abroad.",
    }
    assert header(content / "pages/services.md")["Title"] == "Services"
    assert (summary.posts, summary.pages, summary.drafts) == (3, 1, 2)


def test_drafts_and_private_posts_become_drafts(imported):
    content, _ = imported
    assert header(content / "articles/an-unfinished-idea.md")["Status"] == "draft"
    assert header(content / "articles/notes-to-self.md")["Status"] == "draft"
    assert "Status" not in header(content / "articles/writers-abroad.md")


def test_html_becomes_clean_markdown(imported):
    content, _ = imported
    body = (content / "articles/writers-abroad.md").read_text().split("\n\n", 1)[1]
    assert "Outsourcing starts with a **brief**." in body
    assert "[guide](https://example.org/guide)" in body
    assert "## 1. Write it down" in body and "- Who reads it" in body
    assert "```\ncode <kept>\n```" in body
    assert "<!--" not in body and "<p>" not in body


def test_shortcodes_are_converted_or_kept_visibly(imported):
    content, summary = imported
    body = (content / "articles/writers-abroad.md").read_text()
    assert '\n[bctt tweet="3.75 million married couples' in body  # our quote box reads it
    assert "> [!TWEET]\n> Briefs save a round of drafts." in body
    assert "\n\nhttps://www.youtube.com/watch?v=aqz-KE-bpKQ\n\n" in body
    assert "\n\nhttps://vimeo.com/1084537\n\n" in body
    page = BeautifulSoup(body.split("\n\n", 1)[1], "html.parser")
    figure = page.find("figure")
    assert figure.img["src"] == "https://ashaold.files.wordpress.com/2019/05/desk.jpg"
    assert figure.img["alt"] == "A brief on a desk"
    assert figure.figcaption.get_text() == "A brief on a desk"
    gallery = [(i["src"].rsplit("/", 1)[1], i["alt"]) for i in page.select("ul.gallery img")]
    assert gallery == [("desk.jpg", "desk"), ("coffee.jpg", "Coffee on the desk")]
    assert '`[contact-form-7 id="42" title="Contact"]`' in body
    assert summary.shortcodes == [
        ('[contact-form-7 id="42" title="Contact"]', "articles/writers-abroad.md")
    ]


def test_old_blog_images_are_reported_with_their_article(imported):
    _, summary = imported
    assert (
        "https://ashaold.files.wordpress.com/2019/05/coffee.jpg",
        "articles/writers-abroad.md",
    ) in summary.images
    assert any("image https://ashaold.files" in line for line in summary.lines())


def test_approved_comments_become_the_archive_and_nothing_private_is_written(imported):
    content, summary = imported
    threads = parse_archive((content / "articles/writers-abroad.comments.json").read_text())
    assert [c.author for c in threads] == ["Priya"]
    assert [c.author for c in threads[0].replies] == ["asha"]
    assert threads[0].url == "https://priya.example"
    assert threads[0].date.isoformat() == "2019-05-03T09:30:00+00:00"
    assert summary.comments == 2  # spam, pending and the pingback are dropped
    everything = "".join(p.read_text() for p in content.rglob("*") if p.is_file())
    for private in [
        "priya@example.com",
        "203.0.113.7",
        "198.51.100.1",
        "spam@example.com",
        "Buy now",
        "Pending one",
        "Linked to you",
    ]:
        assert private not in everything


def test_old_permalinks_get_redirects(imported):
    content, summary = imported
    redirects = json.loads((content / "redirects.json").read_text())
    assert redirects["paths"]["2019/05/02/writers-abroad/"] == "articles/writers-abroad.md"
    assert redirects["paths"]["category/outsourcing-articles/"] == {
        "category": "Outsourcing Articles"
    }
    assert redirects["paths"]["category/freelancing/"] == {"tag": "Freelancing"}
    assert redirects["paths"]["tag/briefs/"] == {"tag": "briefs"}
    assert redirects["ids"] == {"101": "articles/writers-abroad.md", "104": "pages/services.md"}
    assert "notes-to-self" not in json.dumps(redirects)  # private posts leave no trace
    assert summary.redirects == 7


def test_reimport_is_idempotent_and_never_overwrites_edits(imported):
    content, _ = imported
    files = {p: p.read_text() for p in content.rglob("*") if p.is_file()}
    again = import_wordpress(FIXTURE, content)
    assert again.skipped == []
    assert {p: p.read_text() for p in content.rglob("*") if p.is_file()} == files
    edited = content / "articles/writers-abroad.md"
    edited.write_text(edited.read_text() + "\nMy own new paragraph.\n")
    third = import_wordpress(FIXTURE, content)
    assert third.skipped == ["articles/writers-abroad.md"]
    assert "skipped articles/writers-abroad.md: edited since the last import" in third.lines()[-1:][
        0
    ] or any("skipped articles/writers-abroad.md" in line for line in third.lines())
    assert edited.read_text().endswith("My own new paragraph.\n")


def test_a_file_of_the_writers_own_is_never_replaced(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    (content / "pages/services.md").write_text("Title: My services\n\nMine.\n")
    summary = import_wordpress(FIXTURE, content)
    assert (content / "pages/services.md").read_text() == "Title: My services\n\nMine.\n"
    # The old blog's page comes over beside it, under a slug of its own: nothing lost.
    assert ("services", "pages/services-2.md") in summary.renamed
    assert "Title: Services" in (content / "pages/services-2.md").read_text()
    # Its old address is the writer's page now: no redirect may replace that page.
    redirects = json.loads((content / "redirects.json").read_text())["paths"]
    assert "services/" not in redirects
    assert any(
        line.startswith("old link /services/ is the address of a page of yours now")
        for line in summary.not_carried
    ), summary.not_carried


def test_a_tag_the_writer_already_uses_keeps_the_writers_spelling(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    mine = "Title: Mine\nDate: 2026-01-02\nTags: Briefs, remote work\n\nMine.\n"
    (content / "articles/mine.md").write_text(mine)
    import_wordpress(FIXTURE, content)
    imported = [p.read_text() for p in (content / "articles").glob("*.md") if p.name != "mine.md"]
    tagged = [text for text in imported if re.search(r"^Tags: .*\bbriefs\b", text, re.M | re.I)]
    assert tagged and all(re.search(r"^Tags: (.*, )?Briefs(,|$)", t, re.M) for t in tagged)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (FIXTURE.read_text()[:3000], "is not well-formed XML (line"),
        ("<rss><channel><title>Feed</title></channel></rss>", "is not a WordPress export"),
        ("not xml at all", "is not well-formed XML"),
    ],
)
def test_bad_files_get_one_clear_error_and_nothing_is_written(tmp_path, text, message):
    export = tmp_path / "export.xml"
    export.write_text(text)
    content = tmp_path / "content"
    content.mkdir()
    with pytest.raises(WxrError, match=re.escape(message)):
        import_wordpress(export, content)
    assert list(content.iterdir()) == []


def test_one_spelling_for_terms_wordpress_kept_apart_but_pelican_merges():
    from freelancekit.wordpress_import.importer import header, one_spelling
    from freelancekit.wordpress_import.wxr import WxrItem

    def post(n: int, categories, tags) -> WxrItem:
        return WxrItem(
            str(n), "post", "publish", f"P{n}", f"p{n}", "", "2020-01-02 10:00", "", "", "", "",
            categories=categories, tags=tags,
        )  # fmt: skip

    posts = [
        post(1, [("markup", "Markup")], [("edge-case", "edge case")]),
        post(2, [("markup", "Markup")], [("edge-case-2", "Edge  Case"), ("wp", "WordPress")]),
        post(3, [("tips", "Tips"), ("markup-2", "markup")], [("edge-case", "edge case")]),
    ]
    spelling = one_spelling(posts)
    assert spelling == {"markup": "Markup", "Edge Case": "edge case"}
    assert "Tags: edge case, Markup\n" in header(posts[2], "p3", False, "", spelling)
    assert "Tags: edge case, WordPress\n" in header(posts[1], "p2", False, "", spelling)
