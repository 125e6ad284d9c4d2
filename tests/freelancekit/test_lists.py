"""freelancekit.lists: lists after a paragraph line and two-space nesting, as in CommonMark."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_kit import article, build_site, render_markdown, soup

WITHOUT = "freelancekit.lists"


def render(text: str, leave_out: str | None = None) -> str:
    """Rendered with the kit's Markdown settings (or without `leave_out`, its extension)."""
    return render_markdown(text, leave_out)


def shape(text: str) -> str:
    """The rendered text without the line breaks between tags: the nesting at a glance."""
    return re.sub(r"\n(?=<)", "", render(text))


@pytest.mark.parametrize(
    ("text", "html"),
    [
        pytest.param(
            "You will need:\n- a pen\n- paper\n",
            "<p>You will need:</p><ul><li>a pen</li><li>paper</li></ul>",
            id="bullets-after-a-paragraph-line",
        ),
        pytest.param(
            "The steps:\n1. Write\n2. Edit\n",
            "<p>The steps:</p><ol><li>Write</li><li>Edit</li></ol>",
            id="numbers-after-a-paragraph-line",
        ),
        pytest.param(
            "Pick one:\n* tea\n+ coffee\n",
            "<p>Pick one:</p><ul><li>tea</li><li>coffee</li></ul>",
            id="star-and-plus-after-a-paragraph-line",
        ),
        pytest.param(
            "Two lines\nof a paragraph\n  - an item\n",
            "<p>Two lines\nof a paragraph</p><ul><li>an item</li></ul>",
            id="indented-item-after-a-paragraph",
        ),
        pytest.param(
            "Intro.\n\n8. eight\n9. nine\n",
            '<p>Intro.</p><ol start="8"><li>eight</li><li>nine</li></ol>',
            id="a-list-starts-at-its-first-number",
        ),
        pytest.param(
            "- fruit\n  - apple\n  - pear\n- bread\n",
            "<ul><li>fruit<ul><li>apple</li><li>pear</li></ul></li><li>bread</li></ul>",
            id="bullets-nested-by-two-spaces",
        ),
        pytest.param(
            "1. Plan\n   1. Outline\n   2. Sources\n2. Write\n",
            "<ol><li>Plan<ol><li>Outline</li><li>Sources</li></ol></li><li>Write</li></ol>",
            id="numbers-nested-by-three-spaces",
        ),
        pytest.param(
            "1. Plan\n   - outline\n   - sources\n2. Write\n   1. draft\n",
            "<ol><li>Plan<ul><li>outline</li><li>sources</li></ul></li>"
            "<li>Write<ol><li>draft</li></ol></li></ol>",
            id="bullets-under-numbers-and-back",
        ),
        pytest.param(
            "- a\n  - b\n    - c\n      - d\n- e\n",
            "<ul><li>a<ul><li>b<ul><li>c<ul><li>d</li></ul></li></ul></li></ul></li><li>e</li></ul>",
            id="four-levels-by-two-spaces",
        ),
        pytest.param(
            "- a\n    - b\n  - c\n",
            "<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>",
            id="four-then-two-spaces-are-one-sublist",
        ),
        pytest.param(
            "My notes:\n- a\n  - b\n",
            "<p>My notes:</p><ul><li>a<ul><li>b</li></ul></li></ul>",
            id="nested-list-after-a-paragraph-line",
        ),
        pytest.param(
            "> Quoted:\n> - a\n>   - b\n",
            "<blockquote><p>Quoted:</p><ul><li>a<ul><li>b</li></ul></li></ul></blockquote>",
            id="list-in-a-block-quote",
        ),
        pytest.param(
            "- a\n\n  - b\n\n  - c\n\n- d\n",
            "<ul><li><p>a</p><ul><li><p>b</p></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>",
            id="two-space-nesting-with-blank-lines",
        ),
        pytest.param(
            "- a\n  - b\n\n  - c\n- d\n",
            "<ul><li><p>a</p><ul><li><p>b</p></li><li><p>c</p></li></ul></li><li><p>d</p></li></ul>",
            id="item-back-at-the-margin-after-a-blank-line-is-not-nested",
        ),
        pytest.param(
            "1. a\n2. b\n\n- c\n- d\n",
            "<ol><li>a</li><li>b</li></ol><ul><li>c</li><li>d</li></ul>",
            id="bullets-after-numbers-are-a-list-of-their-own",
        ),
        pytest.param(
            "- a\n\n- b\n\n1. c\n",
            "<ul><li><p>a</p></li><li><p>b</p></li></ul><ol><li>c</li></ol>",
            id="numbers-after-loose-bullets-are-a-list-of-their-own",
        ),
        pytest.param(
            "- a\n  - b\nlazy\n- c\n",
            "<ul><li>a<ul><li>b\nlazy</li></ul></li><li>c</li></ul>",
            id="lazy-line-stays-in-its-item",
        ),
    ],
)
def test_lists_render_as_in_commonmark(text, html):
    assert shape(text) == html


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Our best year:\n2026. A year to remember.\n", id="only-1.-interrupts"),
        pytest.param("A well-known fact - and 1. more - here.\n", id="hyphen-mid-line"),
        pytest.param("Plain text\n-dash without space\n+1 from me\n", id="marker-without-space"),
        pytest.param("A line\n*\nmore text\n", id="empty-item-does-not-interrupt"),
        pytest.param("```\nPara\n- a\n  - b\n1. c\n   - d\n```\n", id="fenced-code"),
        pytest.param("Text\n\n    Para\n    - a\n      - b\n", id="indented-code"),
        pytest.param("- a\n\n        code\n", id="indented-code-after-a-list"),
        pytest.param("- a\n    - b\n        - c\n- d\n", id="four-space-nesting"),
        pytest.param("| a | b |\n| --- | --- |\n| - x | 1. y |\n", id="table"),
        pytest.param("Term\n:   - definition\n", id="definition-list"),
        pytest.param("Text[^1]\n\n[^1]: A note\n", id="footnote"),
        pytest.param("1. a\n  - b\n", id="less-than-the-text-column-is-a-sibling"),
    ],
)
def test_everything_else_is_python_markdowns(text):
    assert render(text) == render(text, WITHOUT)


def test_fenced_code_after_a_paragraph_line_is_kept_verbatim():
    text = "Run this:\n```\n- a\n  - b\n1. c\n```\n"
    assert "<code>- a\n  - b\n1. c\n</code>" in render(text)
    assert render(text) == render(text, WITHOUT)


# Markdown with neither pattern: paragraphs (with hyphens, "2026." and
# numbers), headings, lists nested by four spaces, code, quotes, tables,
# definition lists, footnotes. The extension must not change a byte of it.
WORDS = st.sampled_from(["word", "It's", "well-known", "a - b", "1. two", "*em*", "`x`", "+1"])
# A line starting "1. " after another would start a list: only inside one.
LINE = st.lists(WORDS, min_size=1, max_size=4).map(" ".join).filter(lambda line: line[:3] != "1. ")
LIST_LIKE = st.sampled_from(["- a", "  - b", "1. c", "   - d", "* e", "2026. f"])
CODE_LINE = st.one_of(LINE, LIST_LIKE)
# Opening with words: a block that opens "2026. " is a numbered list already.
PARAGRAPH = st.tuples(
    LINE, st.lists(st.one_of(LINE, st.just("2026. A year to remember.")), max_size=2)
).map(lambda p: [p[0], *p[1]])


@st.composite
def four_space_list(draw, depth: int = 0) -> list[str]:
    # Bullets at the top: two lists of different kinds, a blank line apart, are
    # two lists here and one in Python-Markdown (a case of its own, above).
    marker = draw(st.sampled_from(["- ", "* ", "-   "] + ["1. "] * (depth > 0)))
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        lines.append(" " * 4 * depth + marker + draw(LINE))
        # A line more of the item: under its text, or lazy at the margin.
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from([" " * (4 * depth + len(marker)), ""])) + draw(LINE))
        if depth < 2 and draw(st.booleans()):
            lines += draw(four_space_list(depth + 1))
    return lines


CODE = st.lists(CODE_LINE, min_size=1, max_size=4)
ROW = "| - x | 1. y |"
BLOCK = st.one_of(
    PARAGRAPH.map("\n".join),
    LINE.map(lambda line: "## " + line),
    LINE.map(lambda line: line + "\n-----"),
    four_space_list().map("\n".join),
    four_space_list().map("\n\n".join),
    # After a paragraph: right after a list, Python-Markdown reads it as the list's.
    CODE.map(lambda lines: "Code\n\n    " + "\n    ".join(lines)),
    CODE.map(lambda lines: "```\n" + "\n".join(lines) + "\n```"),
    PARAGRAPH.map(lambda lines: "> " + "\n> ".join(lines)),
    st.tuples(LINE, LINE).map(lambda head: f"| {head[0]} | {head[1]} |\n| --- | --- |\n{ROW}"),
    st.tuples(LINE, LINE).map(lambda term: f"{term[0]}\n:   {term[1]}"),
    LINE.map(lambda line: f"{line}[^n]\n\n[^n]: {line}"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(BLOCK, min_size=1, max_size=6).map("\n\n".join))
def test_documents_without_either_pattern_render_byte_for_byte_the_same(text):
    assert render(text) == render(text, WITHOUT)


# Anything at all, list markers and indents included: the extension never
# fails, and never changes what is in a fenced code block.
PIECES = st.sampled_from(
    ["word", " ", "  ", "   ", "    ", "\n", "\n\n", "- ", "* ", "1. ", "2. ", "> "]
)
FENCE = st.lists(st.sampled_from(["- a", "  - b", "1. c", "   - d", "text", ""]), max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), FENCE)
def test_any_text_renders_and_fenced_code_is_untouched(text, fenced):
    document = text + "\n\n```\n" + "\n".join(fenced) + "\n```\n"
    ours, without = render(document), render(document, WITHOUT)
    assert ours[ours.rindex("<pre") :] == without[without.rindex("<pre") :]


def test_article_page_nests_lists_written_the_commonmark_way(tmp_path):
    body = "What I bring:\n- Research\n  - interviews\n  - data\n- Writing\n"
    output = build_site(tmp_path, {"articles/a-tip.md": article(body=body)})
    prose = soup(output / "a-tip/index.html").select_one(".post-body")
    assert prose.select_one("p").get_text() == "What I bring:"
    items = prose.select("ul > li")
    assert [li.contents[0].strip() for li in items] == ["Research", "interviews", "data", "Writing"]
    assert [li.get_text() for li in prose.select("ul > li > ul > li")] == ["interviews", "data"]
