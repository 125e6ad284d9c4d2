"""Turn Pelican's log messages and exceptions into one clear line each.

Plain functions over strings: no Pelican import, so they are unit-tested alone.
"""

from __future__ import annotations

import errno
import os
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

    template: str  # matched as a prefix: Pelican builds some templates on the fly
    file_arg: int | None
    explain: Callable[[Sequence[object], Callable[[object], str]], str]
    needle: Callable[[Sequence[object]], str | None] = lambda _args: None
    # A consequence of an earlier problem in the same "file", or on the same "line"
    # (not worth a line of its own then).
    secondary: str | None = None
    # About a setting (the needle names it): in the settings file that sets it.
    setting: bool = False


def _duplicate_slug(args: Sequence[object], show: Callable[[object], str]) -> str:
    # args: count, 'with slug "x"', lang, path1, path2, ...
    what = str(args[1]).removeprefix("with ").strip()
    others = ", ".join(show(a) for a in args[3:-1])
    return f'duplicate {what}: {others} has it too; give one of them another "Slug:"'


RULES: tuple[Rule, ...] = (
    Rule(
        "Removed extraneous trailing slash from SITEURL.",
        None,
        lambda _a, _s: (
            "SITEURL ends with '/': remove the trailing slash "
            "('https://you.github.io', not 'https://you.github.io/')"
        ),
        lambda _a: "SITEURL",
        setting=True,
    ),
    Rule(
        "Skipping %s: could not find information about '%s'",
        0,
        lambda a, _s: (
            f"missing required metadata '{a[1]}': add a "
            f"'{str(a[1]).capitalize()}: ...' line to the header"
        ),
    ),
    Rule(
        "Skipping %s: file %r would be written outside output path",
        0,
        lambda a, _s: f"its output path {a[1]!r} is outside the output folder: check Slug/Save_as",
        lambda _a: "Save_as:",
        secondary="file",
    ),
    Rule(
        'There are %s items "%s" with lang %s',
        -1,
        _duplicate_slug,
        lambda _a: "Slug:",
    ),
    Rule(
        "There are %s original (not translated) items",
        -1,
        _duplicate_slug,
        lambda _a: "Slug:",
        secondary="file",
    ),
    Rule(
        "Unable to find '%s', skipping url replacement.",
        None,
        lambda a, _s: f"broken link: '{a[0]}' does not exist in the content folder",
        lambda a: str(a[0]),
        # After publish_ready's line on that link (to an article not published yet).
        secondary="line",
    ),
    Rule(
        "Empty alt attribute for image %s in %s",
        1,
        lambda a, _s: f"image '{a[0]}' has no alt text: describe it inside ![...]",
        lambda a: str(a[0]),
    ),
    Rule(
        "{filename} used for linking to static content %s in %s. Use {static} instead",
        1,
        lambda a, _s: f"'{a[0]}' is a static file: link it with {{static}}, not {{filename}}",
        lambda a: str(a[0]),
    ),
    Rule(
        "Unknown status '%s' for file %s, skipping it. (Not in %s)",
        1,
        lambda a, _s: f"unknown status '{a[0]}': use one of {a[2]}",
        lambda a: "Status:",
    ),
)

_BAD_DATE = re.compile(r"^'(?P<value>.*)' is not a valid date$")
_MISSING_TEMPLATE = re.compile(r"unable to load (?P<name>[^\[]+)\[")


# A header field as a needle ("Slug:"): front matter writes it in lower case.
_FIELD = re.compile(r"[A-Z][A-Za-z_-]*:")
_SETTING = re.compile(r"[A-Z][A-Z0-9_]*")  # SITEURL, GITHUB_PAGES_CNAME: found where set


def find_line(path: str | Path, needle: str | None) -> int | None:
    """Return the 1-based number of the first line of `path` containing `needle`.

    A header field ("Slug:") is first looked for at the start of a line, in any
    case: `slug:` in YAML front matter is that field too. A setting's name
    (SITEURL) is first looked for where it is assigned.
    """
    if not needle:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if _FIELD.fullmatch(needle):
        field = needle.lower()
        for number, line in enumerate(lines, start=1):
            if line.lower().startswith(field):
                return number
    if _SETTING.fullmatch(needle):  # its assignment, not a comment or docstring naming it
        assignment = re.compile(rf"\s*{needle}\s*=")
        for number, line in enumerate(lines, start=1):
            if assignment.match(line):
                return number
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return number
    return None


def explain_exception(exc: BaseException) -> tuple[str, str | None]:
    """Return (message, needle) for an exception raised while reading a file."""
    text = str(exc) or exc.__class__.__name__
    needle = getattr(exc, "needle", None)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "the disk is full: free some space and build again", needle
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        name = os.path.basename(str(exc.filename or ""))[:60]
        return (
            f"a file name is too long for the file system ({name}...): give the page a "
            "shorter Slug: or title, or the tag a shorter name",
            needle or "Slug:",
        )
    if match := _BAD_DATE.match(text):
        value = match["value"]
        if re.match(r"\d{4}-\d{2}-\d{2}", value):  # the right form, but no such day
            return f"invalid date '{value}': there is no such day or time: check the numbers", (
                needle or value
            )
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


@dataclass(frozen=True)
class Explained:
    """What a log record says, before it is located in a file."""

    message: str
    file: str | None = None
    needle: str | None = None
    secondary: str | None = None  # see Rule
    setting: bool = False  # see Rule


def explain_record(
    template: str,
    args: Sequence[object],
    exc: BaseException | None = None,
    show: Callable[[object], str] = str,
) -> Explained:
    """Read one Pelican log record: its message, file (if named) and a needle.

    `show` turns a path named in the message into what the writer should read.
    """
    if template == "Could not process %s" and args:
        message, needle = explain_exception(exc) if exc else ("could not be read", None)
        return Explained(message, str(args[0]), needle)
    for rule in RULES:
        if template.startswith(rule.template):
            file = str(args[rule.file_arg]) if rule.file_arg is not None else None
            message = rule.explain(args, show)
            return Explained(message, file, rule.needle(args), rule.secondary, rule.setting)
    message = template % tuple(args) if args else template
    return Explained(message.strip())


def shown_path(file: str | Path, roots: Sequence[str | Path]) -> str:
    """Return `file` relative to the first of `roots` that holds it."""
    resolved = Path(file).resolve()
    for root in roots:
        if resolved.is_relative_to(Path(root).resolve()):
            return str(resolved.relative_to(Path(root).resolve()))
    return str(file)


def locate(
    message: str,
    file: str | Path | None,
    needle: str | None,
    roots: Sequence[str | Path] = (".",),
) -> Problem:
    """Build a Problem naming the file (relative to a root) and the needle's line."""
    if file is None:
        return Problem(message)
    return Problem(message, shown_path(file, roots), find_line(file, needle))
