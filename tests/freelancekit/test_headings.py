"""freelancekit.headings: a "#" heading needs a space after its hashes, as in CommonMark."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_kit import article, build_site, render_markdown, soup

WITHOUT = "freelancekit.headings"


def render(text: str, leave_out: str | None = None) -> str:
    """Rendered with the kit's Markdown settings (or without `leave_out`, its extension)."""
    return render_markdown(text, leave_out)


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("#1 mistake freelancers make: no contract.", "<p>#1 mistake freelancers make"),
        ("#remotework", "<p>#remotework</p>"),
        ("Intro.\n#dowork\nMore.", "<p>Intro.\n#dowork\nMore.</p>"),
        ("####### seven", "<p>####### seven</p>"),
        ("#", '<h1 id="_1"></h1>'),  # as before: an empty heading
        ("# Title", '<h1 id="title">Title</h1>'),
        ("## Tip ##", '<h2 id="tip">Tip</h2>'),
        ("###\tTabbed", '<h3 id="tabbed">Tabbed</h3>'),
        ("Intro.\n## Next\nMore.", '<p>Intro.</p>\n<h2 id="next">Next</h2>\n<p>More.</p>'),
        ("## C# in a heading", '<h2 id="c-in-a-heading">C# in a heading</h2>'),
    ],
    ids=[
        "number",
        "hashtag",
        "hashtag-inside-a-paragraph",
        "seven-hashes",
        "empty-heading",
        "heading",
        "closing-hashes",
        "tab",
        "heading-inside-a-block",
        "hash-inside-a-heading",
    ],
)
def test_a_heading_needs_a_space_after_its_hashes(text, html):
    assert render(text).startswith(html)


LINE = st.text(
    alphabet=st.characters(categories=["L", "N", "Zs"], include_characters="#.,*_`"),
    min_size=1,
    max_size=30,
).filter(lambda line: line.strip())
# Everything but "#" straight before something other than a space or another "#".
BLOCK = st.one_of(
    LINE,
    st.tuples(st.integers(1, 6), LINE).map(lambda h: "#" * h[0] + " " + h[1]),
    st.tuples(st.integers(1, 6), LINE).map(lambda h: "#" * h[0] + " " + h[1] + " " + "#" * h[0]),
    st.lists(LINE, min_size=2, max_size=4).map("\n".join),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(BLOCK, min_size=1, max_size=6).map("\n\n".join))
def test_documents_without_a_hash_before_a_word_render_byte_for_byte_the_same(text):
    lines = text.split("\n")
    if any(line.startswith("#") and line.lstrip("#")[:1] not in ("", " ") for line in lines):
        return  # the one pattern the extension changes
    assert render(text) == render(text, WITHOUT)


def test_an_article_that_starts_a_line_with_a_hashtag_keeps_it_as_text(tmp_path):
    body = "Tips I share under\n#freelancelife\nevery week.\n\n## The first tip\n\nText.\n"
    output = build_site(tmp_path, {"articles/a.md": article(body=body)})
    prose = soup(output / "a-tip/index.html").select_one(".prose")
    assert [h.get_text() for h in prose.select("h1, h2, h3")] == ["The first tip"]
    assert "#freelancelife" in prose.get_text()
