"""The archived-comments format: threads, validation, and safe bodies."""

import json

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from article_comments.archive import ArchiveError, archive_path, count, parse_archive, render_body


def archive(*comments):
    return json.dumps({"version": 1, "comments": list(comments)}, indent=2)


def comment(id, parent=None, date="2020-01-01T10:00:00+00:00", **extra):
    return {"id": id, "parent": parent, "author": f"A{id}", "date": date, "body": f"B{id}", **extra}


def test_archive_lives_next_to_the_article():
    assert str(archive_path("content/articles/brief.md")) == "content/articles/brief.comments.json"


def test_replies_nest_under_parents_oldest_first():
    threads = parse_archive(
        archive(
            comment("1", date="2020-01-02T00:00:00Z"),
            comment("2", parent="1", date="2020-01-04T00:00:00Z"),
            comment("3", parent="1", date="2020-01-03T00:00:00Z"),
            comment("4", date="2020-01-01T00:00:00Z"),
        )
    )
    assert [c.id for c in threads] == ["4", "1"]
    assert [c.id for c in threads[1].replies] == ["3", "2"]
    assert count(threads) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"comments": [', "not valid JSON"),
        ('{"comment": []}', 'expected {"version": 1'),
        (archive(comment("1", email="a@b.c")), "stores 'email'"),
        (archive(comment("1", ip="1.2.3.4")), "stores 'ip'"),
        (archive(comment("1", date="yesterday")), "date 'yesterday': expected ISO 8601"),
        (archive({"id": "1", "date": "2020-01-01", "body": "x"}), "comment 1 has no 'author'"),
        (archive(comment("1"), comment("1")), "two comments have id '1'"),
        (archive(comment("1", parent="9")), "replies to '9', which is not in the file"),
        (archive(comment("1", parent="2"), comment("2", parent="1")), "in a loop"),
    ],
)
def test_bad_archives_say_what_is_wrong(text, message):
    with pytest.raises(ArchiveError, match=message):
        parse_archive(text)


def test_json_errors_carry_the_line():
    with pytest.raises(ArchiveError) as error:
        parse_archive('{\n  "comments": [\n    {,}\n  ]\n}')
    assert error.value.line == 3


def test_bodies_escape_html_drop_images_and_unsafe_links():
    html = render_body(
        "Hi <script>alert(1)</script> ![x](http://t.example/p.png) "
        "[ok](https://a.example) [bad](javascript:alert(1))"
    )
    page = BeautifulSoup(html, "html.parser")
    assert not page.find(["script", "img"])
    links = page.find_all("a")
    assert links[0]["href"] == "https://a.example" and links[0]["rel"] == [
        "nofollow",
        "ugc",
        "noopener",
    ]
    assert not links[1].has_attr("href")
    assert "<script>" in page.get_text()


def test_headings_in_a_comment_are_bold_lines_and_a_hashtag_stays_text():
    html = render_body("## Header *one*\n\n#dowork\n\n###### Six")
    assert html == (
        "<p><strong>Header <em>one</em></strong></p>\n<p>#dowork</p>\n<p><strong>Six</strong></p>"
    )


def test_code_in_a_comment_can_be_scrolled_by_keyboard():
    assert render_body("Try:\n\n    make all").count('<pre tabindex="0">') == 1


def test_author_links_must_be_web_addresses():
    (c,) = parse_archive(archive(comment("1", url="javascript:alert(1)")))
    assert c.url == ""


ALLOWED = {
    "p",
    "em",
    "strong",
    "a",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "br",
    "hr",
}


@given(st.text(max_size=200))
def test_no_body_text_yields_unsafe_markup(text):
    page = BeautifulSoup(render_body(text), "html.parser")
    assert {tag.name for tag in page.find_all(True)} <= ALLOWED
    for link in page.find_all("a", href=True):
        assert link["href"].lower().startswith(("http:", "https:", "mailto:"))
