"""Only unambiguous dates are read: 01/12/2026 fails, never becomes 12 January."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strict_dates import is_unambiguous

from site_kit import article, build_fails, build_site, soup


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-01",
        "2026-12-01 09:30",
        "2026-12-01T09:30",
        "2026-12-01_09:30",
        "2026-12-01 09:30:15",
        "2026-12-01T09:30:15.250",
        "2026-12-01T09:30Z",
        "2026-12-01 09:30 +01:00",
        "2026-12-01T09:30:00-0500",
    ],
)
def test_iso_dates_are_read(text):
    assert is_unambiguous(text)


@pytest.mark.parametrize(
    "text",
    [
        "01/12/2026",
        "12/01/2026",
        "1 December 2026",
        "Dec 1, 2026",
        "2026/12/01",
        "2026-12-1",
        "01.12.2026",
        "yesterday",
        "2026-12-01 9:30",
    ],
)
def test_anything_else_is_refused(text):
    assert not is_unambiguous(text)


@given(
    st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from([None, UTC, timezone(timedelta(hours=5, minutes=30))]),
    st.sampled_from(["seconds", "minutes", "milliseconds"]),
)
def test_every_isoformat_python_writes_is_read(moment, zone, precision):
    assert is_unambiguous(moment.replace(tzinfo=zone).isoformat(timespec=precision))


def test_a_british_date_fails_the_build_naming_file_line_and_the_form(tmp_path):
    text = article(date="01/12/2026")
    (problem,) = build_fails(tmp_path, {"articles/a.md": text})
    line = text.splitlines().index("Date: 01/12/2026") + 1
    assert str(problem) == (
        f"content/articles/a.md:{line}: invalid date '01/12/2026': "
        "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM"
    )


def test_an_iso_date_with_a_zone_builds(tmp_path):
    output = build_site(tmp_path, {"articles/a.md": article(date="2026-12-01T09:30+01:00")})
    assert soup(output / "a-tip/index.html").find("time")["datetime"].startswith("2026-12-01")
