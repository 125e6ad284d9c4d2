"""Tables scroll sideways in their own labelled box instead of squeezing or widening the page."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_kit import article, build_site, soup
from wide_tables import aligned_cells, scrolling_tables

BOX = re.compile(r'<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]*">')


def unwrapped(html: str) -> str:
    """`html` with the boxes scrolling_tables adds taken out again."""
    parts = BOX.split(html)
    return parts[0] + "".join(part.replace("</table></div>", "</table>", 1) for part in parts[1:])


def test_a_table_gets_a_box_named_by_its_caption():
    html = "<p>Rates:</p><table><caption>Rates &amp; fees</caption><tr><td>1</td></tr></table>"
    assert scrolling_tables(html) == (
        '<p>Rates:</p><div class="table-scroll" role="region" tabindex="0" '
        'aria-label="Rates &amp; fees"><table><caption>Rates &amp; fees</caption>'
        "<tr><td>1</td></tr></table></div>"
    )


def test_without_a_caption_the_first_cells_name_it_and_names_stay_unique():
    row = "<table><thead><tr><th>Pair</th><th>Per <em>word</em></th></tr></thead></table>"
    wide = "<table><tr>" + "".join(f"<td>c{n}</td>" for n in range(5)) + "</tr></table>"
    labels = re.findall(r'aria-label="([^"]*)"', scrolling_tables(row + row + wide + "<table>"))
    assert labels == ["Table: Pair, Per word", "Table: Pair, Per word (2)", "Table: c0, c1, c2, …"]


def test_a_nested_table_stays_inside_its_outer_box_and_a_boxed_one_is_left_alone():
    nested = "<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>"
    assert scrolling_tables(nested).count('class="table-scroll"') == 1
    assert scrolling_tables(nested).endswith("</table></td></tr></table></div>")
    once = scrolling_tables("<TABLE><tr><td>x</td></tr></TABLE>")
    assert scrolling_tables(once) == once
    assert 'aria-label="Table: x"' in once


MARKUP = st.lists(
    st.sampled_from(
        ["<table>", "</table>", "<caption>", "</caption>", "<tr>", "<td>", "</td>", "<p>", "x", " "]
    )
    | st.text(max_size=5)
).map("".join)


@given(MARKUP)
def test_any_html_keeps_every_character_and_gets_balanced_boxes(html):
    boxed = scrolling_tables(html)
    assert unwrapped(boxed) == html
    assert len(BOX.findall(boxed)) == boxed.count("</table></div>") - html.count("</table></div>")


def test_tables_in_a_built_article_scroll_in_named_boxes(tmp_path):
    body = "| Pair | Per word |\n| --- | --- |\n| sv-en | 0.08 |\n\nText after."
    output = build_site(tmp_path, {"articles/a.md": article(body=body)})
    box = soup(output / "a-tip/index.html").select_one(".prose .table-scroll")
    assert box["aria-label"] == "Table: Pair, Per word"
    assert box["tabindex"] == "0" and box["role"] == "region"
    assert box.find("table").find("th").get_text() == "Pair"


@pytest.mark.parametrize(
    ("cell", "aligned"),
    [
        ('<th style="text-align: right;">', '<th class="text-right">'),
        ("<td style='TEXT-ALIGN:center'>", '<td class="text-center">'),
        ('<td class="n" style="text-align: left">', '<td class="text-left n">'),
        (
            '<td style="text-align: right; color: red">',
            '<td style="text-align: right; color: red">',
        ),
        ('<td style="width: 2em">', '<td style="width: 2em">'),
        ("<td>", "<td>"),
    ],
)
def test_a_cell_aligned_by_style_gets_a_class(cell, aligned):
    assert aligned_cells(f"<table><tr>{cell}1</td></tr></table>") == (
        f"<table><tr>{aligned}1</td></tr></table>"
    )


@given(MARKUP)
def test_alignment_touches_nothing_but_cell_styles(html):
    assert aligned_cells(html) == html or "text-align" in html.lower()


def test_right_aligned_markdown_columns_need_no_style_attribute(tmp_path):
    body = "| Language | Rate |\n| :--- | ---: |\n| Greek | 0.12 |\n| Arabic | 0.13 |"
    output = build_site(tmp_path, {"articles/a.md": article(body=body)})
    table = soup(output / "a-tip/index.html").select_one(".prose table")
    assert not table.select("[style]")
    assert [td["class"] for td in table.select("tbody td")] == [["text-left"], ["text-right"]] * 2
