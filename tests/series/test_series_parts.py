"""The series' rules as plain functions: names, orders, the writer's mistakes, parts' order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from series import (
    Member,
    SeriesError,
    mistakes,
    ordered_parts,
    read_member,
    read_name,
    read_order,
)


def test_a_name_is_kept_as_written_with_its_spaces_folded():
    assert read_name("  Pricing   for\tfreelancers ") == "Pricing for freelancers"
    assert read_name(["Pricing for freelancers"]) == "Pricing for freelancers"  # Hugo's list


@pytest.mark.parametrize("value", ["", "   ", [], ["", " "]])
def test_an_empty_series_line_is_a_mistake(value):
    with pytest.raises(SeriesError, match="Series: is empty: name the series"):
        read_name(value)


def test_two_series_in_one_article_is_a_mistake():
    with pytest.raises(SeriesError, match="an article is a part of one series: keep one"):
        read_name(["Pricing", "Contracts"])


@pytest.mark.parametrize(("value", "number"), [("1", 1), (" 2 ", 2), ("02", 2), ("12", 12)])
def test_series_order_is_a_whole_number(value, number):
    assert read_order(value) == number


@pytest.mark.parametrize("value", ["0", "-1", "two", "2.5", "1e3", "", "+3", "²"])
def test_series_order_that_is_not_a_whole_number_from_one_up_says_what_to_write(value):
    with pytest.raises(SeriesError, match="is not a whole number from 1 up: write 1") as error:
        read_order(value)
    assert error.value.needle == "Series_order:"


def test_series_order_without_series_is_a_mistake():
    with pytest.raises(SeriesError, match="Series_order: without Series: name the series"):
        read_member({"series_order": "2"})
    assert read_member({}) is None
    assert read_member({"series": "Pricing", "series_order": "3"}) == ("Pricing", 3)


def part(key, name="Pricing", order=None, date=0.0, public=True) -> Member:
    return Member(key, name, order, date, public)


def test_parts_go_by_series_order_when_given_else_by_date():
    members = [
        part("a.md", "Pricing", 2, date=1),
        part("b.md", "Pricing", 1, date=2),
        part("c.md", "Contracts", date=5),
        part("d.md", "Contracts", date=3),
    ]
    assert ordered_parts(members) == {"Contracts": ["d.md", "c.md"], "Pricing": ["b.md", "a.md"]}


def test_drafts_and_scheduled_articles_are_not_parts():
    members = [part("a.md", date=1), part("draft.md", date=2, public=False), part("c.md", date=3)]
    assert ordered_parts(members) == {"Pricing": ["a.md", "c.md"]}


def said(members, **kwargs) -> dict:
    return {m.key: (m.message, m.needle) for m in mistakes(members, **kwargs)}


def test_series_order_on_some_parts_only_names_the_parts_without_one():
    found = said([part("a.md", order=1), part("b.md"), part("draft.md", public=False)])
    assert set(found) == {"b.md", "draft.md"}
    assert "'Pricing': a.md has a Series_order and this part has none" in found["b.md"][0]


def test_two_parts_with_one_number_name_the_other_file():
    found = said([part("a.md", order=2, date=1), part("b.md", order=2, date=2)])
    assert found == {
        "b.md": (
            "Series_order: 2 is also that of a.md in series 'Pricing': give each part its own "
            "number",
            "Series_order:",
        )
    }


def test_a_series_written_two_ways_says_did_you_mean():
    found = said(
        [
            part("a.md", "Pricing for freelancers"),
            part("b.md", "Pricing for freelancers"),
            part("c.md", "Pricing for Freelancers"),
            part("d.md", "Pricing for freelancer"),
        ]
    )
    assert found["c.md"][0] == (
        "series 'Pricing for Freelancers' is written 'Pricing for freelancers' in a.md, b.md: "
        "write it the same way"
    )
    assert "did you mean 'Pricing for freelancers'?" in found["d.md"][0]
    assert set(found) == {"c.md", "d.md"}


def test_a_two_part_series_written_two_ways_names_both_files_and_takes_no_side():
    """One part each way: neither spelling is 'right', so neither file is told to copy
    the other's typo; both hear of it, each naming the other."""
    found = said([part("a.md", "Pricing for freelancers"), part("b.md", "Pricing for freelancer")])
    assert set(found) == {"a.md", "b.md"}
    assert (
        "'Pricing for freelancer' is written 'Pricing for freelancers' in a.md" in found["b.md"][0]
    )
    assert (
        "'Pricing for freelancers' is written 'Pricing for freelancer' in b.md" in found["a.md"][0]
    )
    assert all("write both the same way" in message for message, _ in found.values())
    assert not any("did you mean" in message for message, _ in found.values())


def test_distinct_names_are_two_series():
    members = [part("a.md", "Remote"), part("b.md", "Remove")]
    assert said(members, distinct=lambda a, b: {a, b} == {"Remote", "Remove"}) == {}


def test_a_name_without_an_address_and_two_names_with_one_are_mistakes():
    slugs = {"🔥🔥🔥": "", "Ünïcode tips": "unicode-tips", "Unicode tips!": "unicode-tips"}
    members = [part("a.md", "🔥🔥🔥"), part("b.md", "Ünïcode tips"), part("c.md", "Unicode tips!")]
    found = said(members, slug=slugs.__getitem__, distinct=lambda a, b: True)
    assert found["a.md"][0] == "series '🔥🔥🔥' makes no address: put a word in letters in it"
    assert found["c.md"][0] == (
        "series 'Unicode tips!' and 'Ünïcode tips' would have one page (one address): "
        "rename one of them"
    )
    assert set(found) == {"a.md", "c.md"}


names = st.sampled_from(["Pricing", "pricing", "Pricng", "Contracts", "C", "ليلى", "<b>&"])
members = st.lists(
    st.builds(
        part,
        st.text(min_size=1, max_size=8),
        names,
        st.none() | st.integers(1, 4),
        st.floats(0, 100),
        st.booleans(),
    ),
    max_size=12,
    unique_by=lambda m: m.key,
)


@given(members)
def test_every_public_member_is_exactly_one_part_and_checks_never_crash(found):
    mistakes(found)  # says what is wrong, never raises
    parts = [key for keys in ordered_parts(found).values() for key in keys]
    assert sorted(parts) == sorted(m.key for m in found if m.public)


@given(st.text(max_size=40) | st.lists(st.text(max_size=10), max_size=3))
def test_any_series_line_is_a_one_line_name_or_a_series_error(value):
    try:
        name = read_name(value)
    except SeriesError:
        return
    assert name and name == name.strip() and "\n" not in name and "  " not in name
