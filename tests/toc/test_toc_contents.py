"""The "In this article" list as plain data: headings read, numbers as written, Toc:."""

from __future__ import annotations

import html

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from toc import (
    MIN_HEADINGS,
    TocValueError,
    h2_headings,
    numbered_as_written,
    table_of_contents,
    toc_switch,
    with_heading_ids,
)

from site_kit import render_markdown


def h2s(*texts: str) -> str:
    return "".join(f'<h2 id="h{n}">{text}</h2><p>Text.</p>' for n, text in enumerate(texts))


def test_headings_are_read_with_their_ids_and_without_markup():
    rendered = render_markdown(
        "## Use `<kbd>` & [links](https://example.com) *well*[^1]\n\n### Not listed\n\n"
        "## Second\n\n[^1]: A note."
    )
    assert h2_headings(rendered) == [
        {"id": "use-kbd-links-well", "text": "Use <kbd> & links well"},
        {"id": "second", "text": "Second"},
    ]


def test_entities_are_decoded_once():
    (heading,) = h2_headings('<h2 id="a">&amp;lt;b&amp;gt; &lt;i&gt; &quot;x&quot;</h2>')
    assert heading["text"] == '&lt;b&gt; <i> "x"'


def test_a_heading_without_an_id_is_not_read_until_it_gets_one():
    written = '<h2 id="rates">Rates</h2><h2>Rates</h2><h2 class="x">Über uns</h2><h2></h2>'
    assert [h["id"] for h in h2_headings(written)] == ["rates"]
    given_ids = with_heading_ids(written)
    assert [h["id"] for h in h2_headings(given_ids)] == ["rates", "rates_1", "uber-uns", "tip"]
    assert '<h2 id="uber-uns" class="x">Über uns</h2>' in given_ids
    assert with_heading_ids(given_ids) == given_ids


@pytest.mark.parametrize(
    "text",
    [
        "1. Price the brief",
        "2) Say no early",
        "3: Send the invoice",
        "10 - Keep a list",
        "Tip 2: Price the brief",
        "Step #4 – Review",
        "No. 5: Follow up",
        "Lesson 6",
        "Schritt 7: Preise",
    ],
)
def test_a_heading_with_its_own_number_is_numbered_as_written(text):
    assert numbered_as_written(["Why it matters", text])


@pytest.mark.parametrize(
    "text",
    [
        "10 ways to price a brief",
        "1.5 hours a week",
        "2026 in review",
        "Why tip 2 matters",
        "The #1 mistake",
        "Price the brief",
        "",
    ],
)
def test_a_number_that_is_part_of_the_words_is_not_a_heading_number(text):
    assert not numbered_as_written([text, "Conclusion"])


@given(st.integers(0, 10**6), st.sampled_from([".", ")", ":", " -", " —"]), st.text())
def test_any_number_with_a_separator_then_text_counts_as_written(number, separator, text):
    assert numbered_as_written([f"{number}{separator} {text}"])


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=["Nd"]))))
def test_headings_without_digits_are_numbered_by_the_list(texts):
    assert not numbered_as_written(texts)


@pytest.mark.parametrize(
    ("value", "switch"),
    [(None, None), ("on", True), (" OFF ", False), ("yes", True), ("no", False),
     ("True", True), (False, False), (True, True)],
)  # fmt: skip
def test_toc_metadata_is_on_or_off(value, switch):
    assert toc_switch(value) is switch


@given(
    st.text().filter(lambda v: v.strip().lower() not in {"on", "off", "yes", "no", "true", "false"})
)
def test_any_other_toc_value_is_refused_naming_the_values_to_write(value):
    with pytest.raises(TocValueError) as refused:
        toc_switch(value)
    assert f"Toc: {value!r} is not 'on' or 'off'" in str(refused.value)
    assert "Toc: off" in str(refused.value) and "Toc: on" in str(refused.value)


def test_three_headings_make_a_list_two_do_not():
    assert MIN_HEADINGS == 3
    assert table_of_contents(h2s("A", "B"), None) is None
    toc = table_of_contents(h2s("A", "B", "C"), None)
    assert toc == {
        "label_id": "toc-title",
        "numbered": True,
        "headings": [{"id": f"h{n}", "text": t} for n, t in enumerate("ABC")],
    }


def test_toc_off_removes_the_list_and_toc_on_shows_it_for_one_heading():
    assert table_of_contents(h2s("A", "B", "C", "D"), False) is None
    assert table_of_contents(h2s("Only"), True)["headings"] == [{"id": "h0", "text": "Only"}]
    assert table_of_contents("<p>No headings.</p>", True) is None


def test_headings_numbered_by_the_writer_are_not_numbered_again():
    toc = table_of_contents(h2s("1. Price", "2. Scope", "Wrapping up"), None)
    assert toc["numbered"] is False
    assert [h["text"] for h in toc["headings"]] == ["1. Price", "2. Scope", "Wrapping up"]


def test_the_list_label_id_is_one_no_heading_has():
    toc = table_of_contents('<h2 id="toc-title">TOC title</h2>' + h2s("A", "B"), None)
    assert toc["label_id"] == "toc-title_1"


@given(st.text())
def test_any_heading_text_escaped_once_reads_back_as_written(text):
    (heading,) = h2_headings(f'<h2 id="x">{html.escape(text)}</h2>')
    assert heading["text"] == " ".join(text.split())


HOSTILE = [
    '<script>alert("x")</script> & "quotes"',
    "`<b>bold</b>` &amp; co",
    "مرحبا بالعالم: كيف تسعّر",
    "Word " * 200,
    "**Strong** _em_ [a link](https://example.com/?a=1&b=2) ![img](x.png)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_heading_text_reads_as_the_browser_shows_it(text):
    rendered = render_markdown(f"## {text}\n")
    shown = BeautifulSoup(rendered, "html.parser").h2.get_text()
    (heading,) = h2_headings(rendered)
    assert heading["text"] == " ".join(shown.split())


@given(st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=60))
def test_any_markdown_heading_is_listed_with_the_text_it_shows(text):
    rendered = render_markdown(f"Intro.\n\n## {text}\n")
    soup = BeautifulSoup(rendered, "html.parser")
    shown = [" ".join(h.get_text().split()) for h in soup.find_all("h2") if h.get("id")]
    assert [h["text"] for h in h2_headings(rendered)] == shown
