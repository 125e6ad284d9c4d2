"""Dates read one way only: ISO 8601, or the build fails naming file and line.

Pelican reads `Date:` with dateutil, which takes `01/12/2026` as 12 January
(a British writer's 1 December) and many other forms without a word. This
plugin lets through only the unambiguous forms: `2026-12-01`,
`2026-12-01 09:30` (or `T`, or Pelican's `_`), seconds and fractions, and a
zone (`Z`, `+01:00`). Anything else is the build's usual invalid-date error,
which names the file and line and the form to use.
"""

from __future__ import annotations

import re

from freelancekit.pelican_internals import check_version, metadata_processors

__all__ = ["is_unambiguous", "register"]

ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[ T_]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?"
)


def is_unambiguous(text: str) -> bool:
    """Whether `text` is a date in one of the ISO 8601 forms we accept."""
    return ISO_DATE.fullmatch(text.strip()) is not None


def _strict(read):
    def read_iso(value, settings):
        if isinstance(value, str) and not is_unambiguous(value):
            # Pelican's own wording: the strict build turns it into its one-line error.
            raise ValueError(f"{value.strip()!r} is not a valid date")
        return read(value, settings)

    read_iso.strict_dates = True
    return read_iso


def register() -> None:
    check_version()
    processors = metadata_processors()
    for name in ("date", "modified"):
        if not getattr(processors[name], "strict_dates", False):
            processors[name] = _strict(processors[name])
