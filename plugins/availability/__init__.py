"""Availability that cannot go stale: when the writer can take on new work.

    AVAILABILITY = {"from": "2027-01-11", "note": "Two slots in January"}

shows on the home page and the hire page as
`p.availability[data-availability="2027-01-11"]` ("Available from 11 January
2027: Two slots in January"). The date is read in ISO 8601 only; once it is
before the build's day (BUILD_TIME in TIMEZONE, see plugins/scheduled), the
strict build fails at the setting's line, so the site never advertises a date
that has passed. `None` (the default) shows nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from pelican import signals

__all__ = ["Availability", "AvailabilityError", "read_availability", "register"]

logger = logging.getLogger(__name__)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
KEYS = {"from", "note"}
NOTE_LENGTH = 120
EXAMPLE = 'AVAILABILITY = {"from": "2027-01-11", "note": "Two slots in January"}'


class AvailabilityError(ValueError):
    """AVAILABILITY is not what the kit can show, or its date has passed."""


@dataclass(frozen=True)
class Availability:
    start: date
    note: str = ""

    @property
    def shown(self) -> str:
        """The date as the page says it: "11 January 2027"."""
        return f"{self.start.day} {self.start:%B %Y}"


def read_availability(value: object, today: date) -> Availability | None:
    """AVAILABILITY read and checked against the build's day; None shows nothing."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise AvailabilityError(f"AVAILABILITY is {value!r}: write it as {EXAMPLE}, or None")
    if unknown := sorted(set(value) - KEYS, key=str):
        raise AvailabilityError(
            f"AVAILABILITY has {', '.join(map(repr, unknown))}: it takes only "
            f'"from" and "note", as in {EXAMPLE}'
        )
    start = value.get("from")
    if not isinstance(start, str) or not ISO_DATE.fullmatch(start.strip()):
        raise AvailabilityError(
            f'AVAILABILITY "from" is {start!r}: write the day as YYYY-MM-DD, as in {EXAMPLE}'
        )
    try:
        day = date.fromisoformat(start.strip())
    except ValueError:
        raise AvailabilityError(f'AVAILABILITY "from" {start!r}: there is no such day') from None
    note = value.get("note", "")
    if not isinstance(note, str) or "\n" in note or "\r" in note or len(note) > NOTE_LENGTH:
        raise AvailabilityError(
            f'AVAILABILITY "note" must be one line of at most {NOTE_LENGTH} characters'
        )
    if day < today:
        raise AvailabilityError(
            f"AVAILABILITY says from {day.isoformat()}, which has passed (the build's day is "
            f"{today.isoformat()}): set the day you can next start, or AVAILABILITY = None"
        )
    return Availability(day, " ".join(note.split()))


def note_availability(generator) -> None:
    """Put `availability` in the context every generator shares (after scheduled's
    build_time), or report the setting at its line."""
    settings = generator.settings
    today = generator.context["build_time"].date()
    try:
        generator.context["availability"] = read_availability(settings.get("AVAILABILITY"), today)
    except AvailabilityError as error:
        generator.context["availability"] = None
        logger.warning("%s", error, extra={"problem_setting": "AVAILABILITY"})


def register() -> None:
    signals.article_generator_init.connect(note_availability)
