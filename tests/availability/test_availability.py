"""AVAILABILITY: shown on the home and hire pages; a day that has passed fails the build."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from availability import Availability, AvailabilityError, read_availability
from hypothesis import given
from hypothesis import strategies as st

from site_kit import FIXTURE, build_fails, build_site, soup

TODAY = date(2026, 12, 2)
BUILD = {"BUILD_TIME": datetime(2026, 12, 2, 9, 0), "PATH": str(FIXTURE / "content")}


def test_a_day_to_come_with_a_note_is_read():
    read = read_availability({"from": "2027-01-11", "note": " Two  slots in January "}, TODAY)
    assert read == Availability(date(2027, 1, 11), "Two slots in January")
    assert read.shown == "11 January 2027"


def test_none_shows_nothing_and_today_is_not_past():
    assert read_availability(None, TODAY) is None
    assert read_availability({"from": "2026-12-02"}, TODAY) == Availability(TODAY)


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ({"from": "2026-12-01"}, "which has passed (the build's day is 2026-12-02)"),
        ({"from": "11/01/2027"}, "write the day as YYYY-MM-DD"),
        ({"from": "2027-02-30"}, "there is no such day"),
        ({"from": 20270111}, "write the day as YYYY-MM-DD"),
        ({"note": "Soon"}, "write the day as YYYY-MM-DD"),
        ({"from": "2027-01-11", "until": "2027-02-01"}, "has 'until': it takes only"),
        ({"from": "2027-01-11", "note": "two\nlines"}, "one line of at most 120"),
        ({"from": "2027-01-11", "note": "x" * 121}, "one line of at most 120"),
        ("2027-01-11", "write it as AVAILABILITY = {"),
    ],
)
def test_what_cannot_be_shown_is_refused(value, complaint):
    with pytest.raises(AvailabilityError) as refused:
        read_availability(value, TODAY)
    assert complaint in str(refused.value)


@given(st.dates(), st.dates())
def test_a_day_is_refused_exactly_when_it_has_passed(day, today):
    value = {"from": day.isoformat()}
    if day < today:
        with pytest.raises(AvailabilityError, match="has passed"):
            read_availability(value, today)
    else:
        assert read_availability(value, today).start == day


def test_home_and_hire_pages_show_it(tmp_path):
    note = "Two slots in January <b>&</b>"
    output = build_site(tmp_path, AVAILABILITY={"from": "2027-01-11", "note": note}, **BUILD)
    for page in ("index.html", "hire-me/index.html"):
        shown = soup(output / page).select_one("p.availability[data-availability]")
        assert shown["data-availability"] == "2027-01-11", page
        assert shown.get_text() == f"Available from 11 January 2027: {note}"
        assert shown.time["datetime"] == "2027-01-11" and not shown.find("b")


def test_without_it_nothing_is_shown(tmp_path):
    output = build_site(tmp_path, **BUILD)
    assert not soup(output / "index.html").select("[data-availability]")


def test_a_day_that_has_passed_fails_at_the_setting(tmp_path):
    problems = build_fails(tmp_path, None, AVAILABILITY={"from": "2026-11-30"}, **BUILD)
    assert len(problems) == 1 and problems[0].file.endswith("pelicanconf.py")
    assert "AVAILABILITY says from 2026-11-30, which has passed" in problems[0].message
