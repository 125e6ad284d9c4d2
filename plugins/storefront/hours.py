"""Working hours: WORKING_HOURS read, and the owner's hours in a few cities.

    WORKING_HOURS = "Mon-Fri 09:00-17:00"   # or "Mon, Wed, Thu 08:30-12:30"

Days are English abbreviations (Mon ... Sun), a range or a list; hours are
24-hour HH:MM, in TIMEZONE. The hire page prints them as data for its script
(which shows them in the reader's own time zone with `Intl`) and, for readers
without JavaScript, a table made at build time for the next working day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .text import StorefrontError

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EXAMPLE = 'WORKING_HOURS = "Mon-Fri 09:00-17:00"'
FORM = re.compile(
    r"(?P<days>[A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3}|(?:\s*,\s*[A-Za-z]{3})*))\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})"
)
# Where clients often are: the table a reader without JavaScript reads.
CITIES = (
    ("San Francisco", "America/Los_Angeles"),
    ("New York", "America/New_York"),
    ("São Paulo", "America/Sao_Paulo"),
    ("London", "Europe/London"),
    ("Berlin", "Europe/Berlin"),
    ("Dubai", "Asia/Dubai"),
    ("Mumbai", "Asia/Kolkata"),
    ("Singapore", "Asia/Singapore"),
    ("Tokyo", "Asia/Tokyo"),
    ("Sydney", "Australia/Sydney"),
)


@dataclass(frozen=True)
class WorkingHours:
    days: tuple[int, ...]  # 0 = Monday, in the week's order as written (Sun-Thu: 6, 0, 1, 2, 3)
    start: time
    end: time

    @property
    def iso_days(self) -> str:
        """ "1 2 3 4 5": ISO weekdays (1 = Monday), for the script."""
        return " ".join(str(day + 1) for day in self.days)

    @property
    def shown_days(self) -> str:
        """ "Monday to Friday", "Monday, Wednesday and Thursday"."""
        days = list(self.days)
        if len(days) > 2 and days == [(days[0] + n) % 7 for n in range(len(days))]:
            return f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}"
        names = [DAY_NAMES[d] for d in days]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _day(text: str) -> int:
    name = text.strip().capitalize()
    if name not in DAYS:
        raise StorefrontError(
            f"WORKING_HOURS: {text.strip()!r} is not a day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun"
        )
    return DAYS.index(name)


def _time(text: str) -> time:
    hour, minute = (int(part) for part in text.split(":"))
    if hour == 24 and minute == 0:
        return time(23, 59)
    if hour > 23 or minute > 59:
        raise StorefrontError(f"WORKING_HOURS: {text} is not a time of day (00:00 to 24:00)")
    return time(hour, minute)


def read_working_hours(value: object) -> WorkingHours | None:
    """WORKING_HOURS read; None (not set) shows nothing. Raise StorefrontError."""
    if value is None or value == "":
        return None
    match = FORM.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise StorefrontError(
            f"WORKING_HOURS is {value!r}: write the days and hours as in {EXAMPLE}"
        )
    spec = match["days"]
    if "-" in spec:
        first, last = (_day(part) for part in spec.split("-"))
        # A range may run over the weekend: Sun-Thu is Sunday to Thursday.
        days = tuple((first + n) % 7 for n in range((last - first) % 7 + 1))
    else:
        days = tuple(sorted({_day(part) for part in spec.split(",")}))
    start, end = _time(match["start"]), _time(match["end"])
    if end <= start:
        raise StorefrontError(
            f"WORKING_HOURS: {match['start']}-{match['end']} ends before it starts "
            "(hours that cross midnight are not supported: split the day)"
        )
    return WorkingHours(days, start, end)


def city_of(zone: str) -> str:
    """ "Asia/Kolkata" -> "Kolkata": what the page calls the owner's time zone."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def utc_offset(moment: datetime) -> str:
    """ "UTC+03:00", "UTC-04:30", "UTC"."""
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def next_working_day(hours: WorkingHours, today: date) -> date:
    day = today
    while day.weekday() not in hours.days:
        day += timedelta(days=1)
    return day


def _shift(moment: datetime, day: date) -> str:
    delta = (moment.date() - day).days
    return {-1: " (day before)", 0: "", 1: " (next day)"}.get(delta, f" ({delta:+d} days)")


def hours_in_cities(hours: WorkingHours, zone: str, today: date, cities=CITIES) -> dict:
    """The owner's hours on their next working day from `today`, in each city."""
    owner = ZoneInfo(zone)
    day = next_working_day(hours, today)
    start = datetime.combine(day, hours.start, owner)
    end = datetime.combine(day, hours.end, owner)
    rows = []
    for name, city_zone in cities:
        if city_zone == zone:
            continue
        here = ZoneInfo(city_zone)
        local_start, local_end = start.astimezone(here), end.astimezone(here)
        start_shift, end_shift = _shift(local_start, day), _shift(local_end, day)
        if start_shift == end_shift:  # "01:00 to 09:00 (next day)", the day said once
            start_shift = ""
        rows.append(
            {
                "city": name,
                "zone": city_zone,
                "hours": f"{local_start:%H:%M}{start_shift} to {local_end:%H:%M}{end_shift}",
                "offset": utc_offset(local_start),
            }
        )
    return {
        "day": day,
        "day_shown": f"{DAY_NAMES[day.weekday()]} {day.day} {day:%B %Y}",
        "offset": utc_offset(start),
        "city": city_of(zone),
        "rows": rows,
    }
