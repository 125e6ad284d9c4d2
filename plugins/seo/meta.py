"""Plain text, descriptions and absolute URLs for SEO and share metadata."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from freelancekit.markup import plain_text


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


# A footnote reference as Python-Markdown's footnotes extension writes it: in a
# summary shown on another page (a listing), its #fn: target is not there.
FOOTNOTE_REFERENCE = re.compile(r'<sup id="fnref\d*:[^"]*">.*?</sup>', re.S)
FOOTNOTES = re.compile(r'<div class="footnote">.*?</div>', re.S)  # the notes themselves


def listing_summary(fragment: str | None) -> str:
    """An article's summary for a listing page: without footnotes or references to them."""
    return FOOTNOTES.sub("", FOOTNOTE_REFERENCE.sub("", fragment or ""))


def describe(fragment: str | None, limit: int = 160) -> str:
    """Return a meta description: plain text cut at a word boundary within `limit`."""
    text = plain_text(fragment)
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
    if parts.query or parts.fragment:
        raise SiteUrlError(value)
    return value


def absolute(siteurl: str, path: str | None) -> str:
    """Join SITEURL and a site-relative path; absolute URLs pass through."""
    path = path or ""
    if urlsplit(path).scheme in {"http", "https"}:
        return path
    return f"{siteurl}/{path.lstrip('/')}"
