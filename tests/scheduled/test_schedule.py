"""Which articles are not due yet, and the build's moment: plain functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scheduled import BuildTimeError, build_time, is_scheduled

AMMAN = "Asia/Amman"  # UTC+3 all year
BUILD = datetime(2027, 3, 3, 9, 0, tzinfo=ZoneInfo(AMMAN))


def test_a_date_after_the_build_is_scheduled_and_one_at_or_before_it_is_not():
    assert is_scheduled(BUILD + timedelta(seconds=1), BUILD, AMMAN)
    assert not is_scheduled(BUILD, BUILD, AMMAN)  # exactly now: published
    assert not is_scheduled(BUILD - timedelta(days=400), BUILD, AMMAN)


def test_naive_dates_are_read_in_the_sites_time_zone():
    # 09:30 in Amman is 06:30 UTC: after a build at 06:00 UTC, before one at 07:00 UTC.
    article = datetime(2027, 3, 3, 9, 30)
    assert is_scheduled(article, datetime(2027, 3, 3, 6, 0, tzinfo=UTC), AMMAN)
    assert not is_scheduled(article, datetime(2027, 3, 3, 7, 0, tzinfo=UTC), AMMAN)
    # ...and in UTC the same naive date is three hours later.
    assert is_scheduled(article, datetime(2027, 3, 3, 7, 0, tzinfo=UTC), "UTC")


def test_aware_dates_compare_as_moments_whatever_the_sites_time_zone():
    article = datetime(2027, 3, 3, 9, 30, tzinfo=UTC)
    build = datetime(2027, 3, 3, 12, 0, tzinfo=ZoneInfo(AMMAN))  # 09:00 UTC
    assert is_scheduled(article, build, AMMAN)
    assert is_scheduled(article, build, "Pacific/Auckland")
    assert not is_scheduled(article, build + timedelta(minutes=30), "America/New_York")


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.timedeltas(min_value=timedelta(days=-900), max_value=timedelta(days=900)),
    st.sampled_from(["UTC", AMMAN, "America/St_Johns", "Europe/Berlin", "Pacific/Kiritimati"]),
)
def test_scheduled_exactly_when_the_date_is_later(build, gap, zone):
    # Summer time included: the gap is real time, the article's date the clock there.
    aware = build.replace(tzinfo=ZoneInfo(zone))
    article = (aware.astimezone(UTC) + gap).astimezone(ZoneInfo(zone))
    assert is_scheduled(article, aware, zone) == (gap > timedelta(0))


def test_the_hour_repeated_when_summer_time_ends_is_told_apart():
    berlin = ZoneInfo("Europe/Berlin")
    first, second = (datetime(2026, 10, 25, 2, 30, fold=f, tzinfo=berlin) for f in (0, 1))
    assert is_scheduled(second, first, "Europe/Berlin")
    assert not is_scheduled(first, second, "Europe/Berlin")


def test_build_time_is_the_setting_in_the_sites_time_zone_or_now():
    assert build_time(datetime(2027, 1, 1, 0, 30), AMMAN) == datetime(
        2027, 1, 1, 0, 30, tzinfo=ZoneInfo(AMMAN)
    )
    # 23:30 UTC on New Year's Eve is already 2027 in Amman: the footer's year is Amman's.
    assert build_time(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), AMMAN).year == 2027
    now = build_time(None, AMMAN)
    assert now.tzinfo == ZoneInfo(AMMAN)
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


@pytest.mark.parametrize("value", ["2027-03-01", 2027, datetime(2027, 3, 1).date()])
def test_a_build_time_that_is_not_a_datetime_is_refused_naming_the_setting(value):
    with pytest.raises(BuildTimeError) as refused:
        build_time(value, AMMAN)
    assert refused.value.needle == "BUILD_TIME"
    assert str(refused.value).startswith(f"BUILD_TIME {value!r} is not a date and time")
