"""WORKING_HOURS read, and the owner's hours in other cities made at build time."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from storefront.hours import city_of, hours_in_cities, read_working_hours
from storefront.text import StorefrontError


@pytest.mark.parametrize(
    ("text", "days", "shown"),
    [
        ("Mon-Fri 09:00-17:00", (0, 1, 2, 3, 4), "Monday to Friday"),
        ("Sun-Thu 08:30-16:30", (6, 0, 1, 2, 3), "Sunday to Thursday"),  # over the weekend
        ("mon, Wed,THU 9:00-13:00", (0, 2, 3), "Monday, Wednesday and Thursday"),
        ("Sat 10:00-24:00", (5,), "Saturday"),
        ("Mon-Tue 07:00 - 15:00", (0, 1), "Monday and Tuesday"),
    ],
)
def test_working_hours_are_days_and_a_time_range(text, days, shown):
    hours = read_working_hours(text)
    assert hours.days == days and hours.shown_days == shown


def test_times_and_iso_days():
    hours = read_working_hours("Sun-Tue 09:30-17:45")
    assert (hours.start, hours.end) == (time(9, 30), time(17, 45))
    assert hours.iso_days == "7 1 2"
    assert read_working_hours(None) is None and read_working_hours("") is None


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("Monday to Friday 9-5", "Mon-Fri 09:00-17:00"),
        ("Mon-Fri 17:00-09:00", "ends before it starts"),
        ("Mon-Fry 09:00-17:00", "'Fry' is not a day"),
        ("Mon-Fri 09:00-25:00", "not a time of day"),
        (9, "Mon-Fri 09:00-17:00"),
    ],
)
def test_what_is_not_working_hours_says_how_to_write_them(value, says):
    with pytest.raises(StorefrontError, match=says):
        read_working_hours(value)


@given(st.text(max_size=40))
def test_any_text_is_working_hours_or_a_clear_error(text):
    try:
        hours = read_working_hours(text)
    except StorefrontError as error:
        assert "WORKING_HOURS" in str(error)
    else:
        assert hours is None or (hours.days and hours.start < hours.end)


def test_hours_in_cities_on_the_next_working_day():
    hours = read_working_hours("Sun-Thu 09:00-17:00")
    cities = (
        ("Tokyo", "Asia/Tokyo"),
        ("Honolulu", "Pacific/Honolulu"),
        ("Amman", "Asia/Amman"),
        ("Kiritimati", "Pacific/Kiritimati"),
    )
    table = hours_in_cities(hours, "Asia/Amman", date(2026, 12, 11), cities)  # a Friday
    assert table["day"] == date(2026, 12, 13) and table["day_shown"] == "Sunday 13 December 2026"
    assert table["offset"] == "UTC+03:00" and table["city"] == "Amman"
    rows = {row["city"]: (row["hours"], row["offset"]) for row in table["rows"]}
    assert rows == {  # the owner's own zone is not a row
        "Tokyo": ("15:00 to 23:00", "UTC+09:00"),
        "Honolulu": ("20:00 (day before) to 04:00", "UTC-10:00"),
        "Kiritimati": ("20:00 to 04:00 (next day)", "UTC+14:00"),  # both next day: said once
    }


def test_half_hour_offsets_and_city_names():
    hours = read_working_hours("Mon-Fri 09:00-17:00")
    table = hours_in_cities(hours, "UTC", date(2026, 12, 7), (("Mumbai", "Asia/Kolkata"),))
    assert table["rows"][0]["hours"] == "14:30 to 22:30"
    assert table["offset"] == "UTC" and city_of("America/Port_of_Spain") == "Port of Spain"


def test_a_day_shift_of_both_ends_is_said_once():
    hours = read_working_hours("Mon-Fri 09:00-17:00")
    table = hours_in_cities(
        hours, "Pacific/Honolulu", date(2026, 12, 7), (("Tokyo", "Asia/Tokyo"),)
    )
    assert table["rows"][0]["hours"] == "04:00 to 12:00 (next day)"
