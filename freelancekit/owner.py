"""Who the site belongs to: the values `invoke init` asks for, each checked."""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass
from urllib.parse import urlsplit


class InitError(ValueError):
    """A value `invoke init` cannot use; the message says which and what to do."""


@dataclass(frozen=True)
class Owner:
    """The site owner's details, already checked."""

    name: str
    email: str
    siteurl: str
    handle: str
    timezone: str
    tagline: str

    @property
    def description(self) -> str:
        """The meta description of listing pages until the writer writes their own."""
        if self.tagline:
            return f"{self.name}: {self.tagline}"
        return f"The blog and portfolio of {self.name}."


# Control, line and paragraph separators (U+2028/9 end a line for str.splitlines), surrogates,
# private-use and unassigned characters: none belongs in a one-line value.
NOT_ONE_LINE = {"Cc", "Zl", "Zp", "Cs", "Co", "Cn"}


def _one_line(field: str, value: str, longest: int) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    if any(unicodedata.category(c) in NOT_ONE_LINE for c in value):
        raise InitError(
            f"{field}: {value!r} holds a control, line-break or unassigned character: retype it"
        )
    if len(value) > longest:
        raise InitError(f"{field}: {len(value)} characters is too long: at most {longest}")
    return value


def check_name(value: str) -> str:
    """Your name as readers see it: one line, with at least one letter."""
    name = _one_line("--name", value, 80)
    if not any(c.isalpha() for c in name):
        raise InitError(f"--name: {value!r} has no letters: give your name, e.g. 'Noor Haddad'")
    return name


EMAIL = re.compile(
    r"[^@\s<>()\[\],;:\"\\\x00-\x1f\x7f-\x9f]+"
    r"@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
EMAIL_LONGEST = 254  # RFC 5321's limit on a whole address


def check_email(value: str) -> str:
    """An address clients write to: local@domain.tld, nothing else."""
    email = value.strip()
    if "@" not in email:
        raise InitError(f"--email: {value!r} has no '@': write it as you@yourdomain.com")
    if len(email) > EMAIL_LONGEST or not EMAIL.fullmatch(email):
        raise InitError(f"--email: {value!r} is not an e-mail address such as you@yourdomain.com")
    return email


# What a web address cannot hold as typed: whitespace (urlsplit silently drops tabs and
# newlines), control characters, and what would end an HTML attribute or a Python string.
URL_UNSAFE = re.compile(r'[\s"<>\\^`{|}\x00-\x1f\x7f-\x9f]')
NOT_A_SITEURL = "is not a web address such as https://www.yourdomain.com or https://you.github.io"


def check_siteurl(value: str) -> str:
    """The public address: https, a host with a dot, no query, fragment or trailing slash."""
    url = value.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number from 0 to 65535 raises ValueError
    except ValueError:  # e.g. an unclosed '[' in the host
        raise InitError(f"--siteurl: {value!r} {NOT_A_SITEURL}") from None
    if URL_UNSAFE.search(url):
        raise InitError(
            f"--siteurl: {value!r} holds a space or a character a web address cannot: retype it"
        )
    if parts.scheme == "http":
        raise InitError(
            f"--siteurl: {value!r} is http: GitHub Pages serves https, write https://{parts.netloc}"
            f"{parts.path}"
        )
    labels = (parts.hostname or "").split(".")
    if parts.scheme != "https" or len(labels) < 2 or not all(labels):
        raise InitError(f"--siteurl: {value!r} {NOT_A_SITEURL}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InitError(f"--siteurl: {value!r}: give the bare address, nothing after the path")
    return url


# An X handle without its @: what `init --handle` and X_HANDLE (plugins/seo) accept.
HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")
HANDLE_RULE = "letters, digits and underscores, at most 15, no spaces"


def check_handle(value: str) -> str:
    """An X handle, with or without its '@' (as X_HANDLE is read), stored without it."""
    handle = value.strip().removeprefix("@")
    if handle and not HANDLE.fullmatch(handle):
        raise InitError(f"--handle: {value!r} is not an X handle: {HANDLE_RULE}")
    return handle


@functools.cache
def _zones() -> frozenset[str]:
    # Reading the tz database's names takes a while; they do not change while we run.
    return frozenset(zoneinfo.available_timezones())


def check_timezone(value: str) -> str:
    """An IANA time zone name such as Africa/Nairobi."""
    zone = value.strip()
    if zone not in _zones():
        close = sorted(z for z in _zones() if z.lower() == zone.lower())
        hint = f"did you mean {close[0]}?" if close else "e.g. Africa/Nairobi or Europe/Berlin"
        raise InitError(f"--timezone: {value!r} is not an IANA time zone: {hint}")
    if not is_place_zone(zone):
        # EST, CET, PST8PDT, Etc/GMT+5...: fixed offsets or old rules, not a place's clock.
        raise InitError(
            f"--timezone: {value!r} is an abbreviation or a fixed offset, not your clock "
            "(summer time would be wrong): give your region and city, e.g. America/New_York, "
            "Europe/Paris or Africa/Nairobi (or UTC)"
        )
    return zone


LEGACY_AREAS = ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")


def is_place_zone(zone: str) -> bool:
    """True for a region/city zone (Europe/Oslo) or UTC; false for EST, CET, Etc/GMT+5."""
    return zone == "UTC" or ("/" in zone and not zone.startswith(LEGACY_AREAS))


def check_tagline(value: str) -> str:
    """What you do, in one line (optional)."""
    return _one_line("--tagline", value, 120)


CHECKS = {
    "name": check_name,
    "email": check_email,
    "siteurl": check_siteurl,
    "handle": check_handle,
    "timezone": check_timezone,
    "tagline": check_tagline,
}


def make_owner(values: dict[str, str | None]) -> Owner:
    """Check every value; raise InitError listing each bad or missing one."""
    checked, problems = {}, []
    for field, check in CHECKS.items():
        value = values.get(field)
        if value is None and field in {"handle", "tagline"}:
            value = ""
        if value is None:
            problems.append(f"--{field} is missing: add --{field} {EXAMPLES[field]}")
            continue
        try:
            checked[field] = check(value)
        except InitError as error:
            problems.append(str(error))
    if problems:
        raise InitError("\n".join(problems))
    return Owner(**checked)


EXAMPLES = {
    "name": '"Your Name"',
    "email": "you@yourdomain.com",
    "siteurl": "https://www.yourdomain.com",
    "timezone": "Africa/Nairobi",
}

QUESTIONS = {
    "name": "Your name, as readers see it",
    "email": "The e-mail address clients write to",
    "siteurl": "Your site's public address (https://www.yourdomain.com or https://you.github.io)",
    "handle": "Your X handle, with or without the @ (Enter for none)",
    "timezone": "Your time zone (IANA name, e.g. Africa/Nairobi)",
    "tagline": "What you do, in one line (Enter for none)",
}


def ask_missing(values: dict[str, str | None], ask=input, say=print) -> dict[str, str | None]:
    """Ask for each value not given, again until it passes its check."""
    answered = dict(values)
    for field, question in QUESTIONS.items():
        while answered.get(field) is None:
            answer = ask(f"{question}: ")
            try:
                CHECKS[field](answer)
            except InitError as error:
                say(str(error).split(": ", 1)[-1])
                continue
            answered[field] = answer
    return answered
