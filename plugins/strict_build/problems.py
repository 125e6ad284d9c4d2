"""Turn Pelican's log messages and exceptions into one clear line each.

Plain functions over strings: no Pelican import, so they are unit-tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """A writer's mistake (or a theme bug), located as precisely as we can."""

    message: str
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file or "build"
        if self.file and self.line:
            where = f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Rule:
    """How to read one of Pelican's log message templates."""

    template: str
    file_arg: int | None
    explain: Callable[[Sequence[object]], str]
    needle: Callable[[Sequence[object]], str | None] = lambda _args: None


def _duplicate_slug(args: Sequence[object]) -> str:
    # args: count, 'with slug "x"', lang, path1, path2, ...
    others = ", ".join(str(a) for a in args[3:-1])
    return (
        f'duplicate slug: {args[1]} is also used by {others}; set a different "Slug:"'
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "Skipping %s: could not find information about '%s'",
        0,
        lambda a: (
            f"missing required metadata '{a[1]}': add a "
            f"'{str(a[1]).capitalize()}: ...' line to the header"
        ),
    ),
    Rule(
        'There are %s items "%s" with lang %s',
        -1,
        _duplicate_slug,
        lambda _a: "Slug:",
    ),
    Rule(
        "Unable to find '%s', skipping url replacement.",
        None,
        lambda a: f"broken link: '{a[0]}' does not exist in the content folder",
        lambda a: str(a[0]),
    ),
    Rule(
        "Empty alt attribute for image %s in %s",
        1,
        lambda a: f"image '{a[0]}' has no alt text: describe it inside ![...]",
        lambda a: str(a[0]),
    ),
    Rule(
        "{filename} used for linking to static content %s in %s. Use {static} instead",
        1,
        lambda a: (
            f"'{a[0]}' is a static file: link it with {{static}}, not {{filename}}"
        ),
        lambda a: str(a[0]),
    ),
    Rule(
        "Unknown status '%s' for file %s, skipping it. (Not in %s)",
        1,
        lambda a: f"unknown status '{a[0]}': use one of {a[2]}",
        lambda a: "Status:",
    ),
)

_BAD_DATE = re.compile(r"^'(?P<value>.*)' is not a valid date$")
_MISSING_TEMPLATE = re.compile(r"unable to load (?P<name>[^\[]+)\[")


def find_line(path: str | Path, needle: str | None) -> int | None:
    """Return the 1-based number of the first line of `path` containing `needle`."""
    if not needle:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def explain_exception(exc: BaseException) -> tuple[str, str | None]:
    """Return (message, needle) for an exception raised while reading a file."""
    text = str(exc) or exc.__class__.__name__
    needle = getattr(exc, "needle", None)
    if match := _BAD_DATE.match(text):
        value = match["value"]
        return f"invalid date '{value}': write it as YYYY-MM-DD or YYYY-MM-DD HH:MM", (
            needle or value
        )
    if match := _MISSING_TEMPLATE.search(text):
        name = match["name"].strip()
        return (
            f"unknown template '{name}': there is no {name}.html in theme/templates",
            needle or "Template:",
        )
    return text, needle


def explain_record(
    template: str, args: Sequence[object], exc: BaseException | None = None
) -> tuple[str, str | None, str | None]:
    """Return (message, file or None, needle) for one Pelican log record."""
    if template == "Could not process %s" and args:
        message, needle = explain_exception(exc) if exc else ("could not be read", None)
        return message, str(args[0]), needle
    for rule in RULES:
        if rule.template == template:
            file = str(args[rule.file_arg]) if rule.file_arg is not None else None
            return rule.explain(args), file, rule.needle(args)
    message = template % tuple(args) if args else template
    return message.strip(), None, None


def locate(
    message: str, file: str | None, needle: str | None, root: str | Path = "."
) -> Problem:
    """Build a Problem with the file relative to `root` and the needle's line."""
    if file is None:
        return Problem(message)
    line = find_line(file, needle)
    try:
        shown = str(Path(file).resolve().relative_to(Path(root).resolve()))
    except ValueError:
        shown = str(file)
    return Problem(message, shown, line)
