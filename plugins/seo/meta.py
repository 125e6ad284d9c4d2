"""Plain text, descriptions and absolute URLs for SEO and share metadata."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from freelancekit.markup import plain_text
from freelancekit.owner import HANDLE
from freelancekit.publishing import PublishError, check_cname


class SiteUrlError(ValueError):
    """SITEURL cannot make canonical and share URLs."""

    def __init__(self, value: object, file: str = "pelicanconf.py", why: str = ""):
        self.file = file
        self.needle = "SITEURL"
        why = why or "canonical and share links need it"
        super().__init__(
            f"SITEURL {value!r} is not an absolute http(s) URL without a trailing "
            f"slash, e.g. 'https://you.github.io' ({why})"
        )


def describe(fragment: str | None, limit: int = 160) -> str:
    """Return a meta description: plain text cut at a word boundary within `limit`."""
    fragment = fragment or ""
    # The text of the fragment's opening, up to the end of a tag, is the start of its
    # whole text: when that is enough, the rest (a whole article) is not read.
    text = plain_text(fragment[: fragment.rfind(">", 0, 10 * limit) + 1])
    return shorten_text(text if len(text) > limit else plain_text(fragment), limit)


def shorten_text(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else cut at a word boundary, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:  # do not end inside a word
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def check_siteurl(value: object, production: bool = False) -> str:
    """Return SITEURL unchanged if it can prefix absolute URLs, else raise.

    In production it must be https: GitHub Pages serves https, and http
    canonical links would point readers and search engines at a redirect.
    """
    if not isinstance(value, str):
        raise SiteUrlError(value)
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or value.endswith("/"):
        raise SiteUrlError(value)
    if production and parts.scheme != "https":
        raise SiteUrlError(value, "publishconf.py", "production needs https://")
    if parts.query or parts.fragment or URL_UNSAFE.search(value):
        raise SiteUrlError(value)
    try:
        parts.port  # noqa: B018 (a bad port raises)
    except ValueError:
        raise SiteUrlError(value) from None
    return value


# Characters a URL never holds as written: quotes, angle brackets, spaces, controls,
# backslashes (anything that could end an attribute or a line).
URL_UNSAFE = re.compile(r"[\s\"'<>\\`\x00-\x1f\x7f{}|^]")


class XHandleError(ValueError):
    """X_HANDLE is not an X handle (named at its line of the settings file)."""

    file = "pelicanconf.py"
    needle = "X_HANDLE"


class FediverseCreatorError(ValueError):
    """FEDIVERSE_CREATOR is not a fediverse address (named at its line of the settings file)."""

    file = "pelicanconf.py"
    needle = "FEDIVERSE_CREATOR"


# A fediverse address as Mastodon writes it: @user@host. Users are letters, digits
# and "_" (Mastodon), with inner "." and "-" (other servers); the host is a domain
# name with a dot, each label letters, digits and inner hyphens (IDNs as xn--).
FEDIVERSE_ADDRESS = re.compile(
    r"@?(?P<user>[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)"
    r"@(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}))",
    re.ASCII,
)


def check_fediverse_creator(value: object) -> str:
    """FEDIVERSE_CREATOR as "@user@host" ("" for none), or raise FediverseCreatorError."""
    if value in (None, ""):
        return ""
    match = FEDIVERSE_ADDRESS.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None or len(match["host"]) > 253:
        raise FediverseCreatorError(
            f"FEDIVERSE_CREATOR {value!r} is not a fediverse address: write your "
            "account as Mastodon shows it, '@name@instance.social'"
        )
    return f"@{match['user']}@{match['host'].lower()}"


class SummaryWordsError(ValueError):
    """LISTING_SUMMARY_WORDS is not a number of words (named at its line of the settings)."""

    file = "pelicanconf.py"
    needle = "LISTING_SUMMARY_WORDS"


def check_summary_words(value: object) -> int:
    """LISTING_SUMMARY_WORDS as a whole number of at least 1, or raise SummaryWordsError."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SummaryWordsError(
            f"LISTING_SUMMARY_WORDS {value!r} is not a number of words: "
            "write a whole number such as 50"
        )
    return value


class CnameError(ValueError):
    """GITHUB_PAGES_CNAME is not a host name (named at its line of publishconf.py)."""

    file = "publishconf.py"
    needle = "GITHUB_PAGES_CNAME"


def check_custom_domain(cname: object, siteurl: str) -> str:
    """GITHUB_PAGES_CNAME as a host name ("" for none), matching SITEURL's host."""
    try:
        host = check_cname(repr(cname) if cname and not isinstance(cname, str) else cname) or ""
    except PublishError as error:
        raise CnameError(str(error)) from None
    if host and urlsplit(siteurl).hostname != host:
        raise CnameError(
            f"GITHUB_PAGES_CNAME is {host!r} but SITEURL is {siteurl!r}: GitHub Pages serves "
            f"the site at the custom domain, so make SITEURL 'https://{host}'"
        )
    return host


def check_x_handle(value: object) -> str:
    """X_HANDLE without its @ ("@janewrites" -> "janewrites"), or raise XHandleError."""
    if value in (None, ""):
        return ""
    handle = value.strip().removeprefix("@") if isinstance(value, str) else None
    if handle is None or not HANDLE.fullmatch(handle):
        raise XHandleError(
            f"X_HANDLE {value!r} is not an X handle: 1-15 letters, digits or _, "
            "with or without the @ (e.g. 'janewrites')"
        )
    return handle


def absolute(siteurl: str, path: str | None) -> str:
    """Join SITEURL and a site-relative path; absolute URLs pass through."""
    path = path or ""
    if urlsplit(path).scheme in {"http", "https"}:
        return path
    return f"{siteurl}/{path.lstrip('/')}"
