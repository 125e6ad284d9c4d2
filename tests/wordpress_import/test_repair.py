"""Old post HTML that breaks accessibility or validity is repaired, every word kept."""

from __future__ import annotations

import itertools

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit.wordpress_import.repair import repair


@pytest.mark.parametrize(
    ("html", "levels"),
    [
        ("<h1>A</h1><h4>B</h4><h2>C</h2>", ["h2", "h3", "h3"]),  # B and C both under A
        ("<h3>A</h3><h3>B</h3><h5>C</h5>", ["h2", "h2", "h3"]),
        ("<h2>A</h2><h3>B</h3><h4>C</h4>", ["h2", "h3", "h4"]),
    ],
)
def test_headings_never_skip_a_level(html, levels):
    repaired, count = repair(html)
    assert [h.name for h in BeautifulSoup(repaired, "html.parser").find_all(True)] == levels
    original = [h.name for h in BeautifulSoup(html, "html.parser").find_all(True)]
    assert count["heading levels"] == sum(a != b for a, b in zip(original, levels, strict=True))


def test_empty_header_cells_and_lone_terms():
    html = (
        "<table><tr><th></th><th>Price</th></tr></table>"
        "<dl><dt>A</dt><dt>B</dt><dd>b</dd><dt>C</dt></dl>"
    )
    repaired, count = repair(html)
    page = BeautifulSoup(repaired, "html.parser")
    assert [c.name for c in page.find_all(["th", "td"])] == ["td", "th"]
    assert [t.name for t in page.dl.find_all(True)] == ["dt", "dt", "dd", "dt", "dd"]
    assert count == {"empty table headers": 1, "terms without a definition": 1}


def test_valid_html_is_left_exactly_as_it_was():
    html = "<p>Text <em>only</em></p><h2>A</h2><h3>B</h3>"
    assert repair(html) == (html, {})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["h1", "h2", "h3", "h4", "h5", "h6"]), min_size=1, max_size=12))
def test_repaired_headings_start_at_h2_and_never_skip(levels):
    html = "".join(f"<{h}>w{i}</{h}>" for i, h in enumerate(levels))
    page = BeautifulSoup(repair(html)[0], "html.parser")
    found = [int(h.name[1]) for h in page.find_all(True)]
    assert found[0] == 2 and all(b <= a + 1 for a, b in itertools.pairwise(found))
    assert [h.get_text() for h in page.find_all(True)] == [f"w{i}" for i in range(len(levels))]
