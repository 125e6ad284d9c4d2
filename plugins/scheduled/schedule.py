"""When is the build, and which articles are not due yet: plain functions over datetimes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


class BuildTimeError(ValueError):
    """BUILD_TIME is set to something that is not a moment."""

    def __init__(self, value: object, file: str = "pelicanconf.py"):
        self.file = file
        self.needle = "BUILD_TIME"
        super().__init__(
            f"BUILD_TIME {value!r} is not a date and time: write "
            "datetime(2027, 3, 1, 9, 0) (with `from datetime import datetime`), "
            "or None for the moment the build starts"
        )


def in_zone(moment: datetime, timezone: str) -> datetime:
    """`moment` in the site's time zone; a naive one is taken as already there."""
    zone = ZoneInfo(timezone)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def build_time(setting: object, timezone: str) -> datetime:
    """The build's moment, in the site's time zone: BUILD_TIME, or now when it is None."""
    if setting is None:
        return datetime.now(ZoneInfo(timezone))
    if not isinstance(setting, datetime):
        raise BuildTimeError(setting)
    return in_zone(setting, timezone)


def is_scheduled(date: datetime, build: datetime, timezone: str) -> bool:
    """Whether an article dated `date` is not due yet at `build` (a date equal to it is)."""
    # As instants: two times in one zone compare by the clock, which repeats an hour
    # when summer time ends.
    return in_zone(date, timezone).timestamp() > in_zone(build, timezone).timestamp()
