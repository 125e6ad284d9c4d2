"""SEO and share metadata: absolute URLs and descriptions for the theme.

Adds CANONICAL_SITEURL (SITEURL, never made relative), SITE_PATH (its path, such
as "" or "/repo": root-relative links that work on any host and port), the Jinja filters
`describe` (HTML to a 160-character description), `listing_summary` (a summary
for a listing, without footnote references) and `absolute` (path to URL).
"""

import functools
from urllib.parse import urlsplit

from pelican import signals

from freelancekit.markup import PlainText
from freelancekit.pelican_internals import metadata_processors

from .meta import (
    SiteUrlError,
    absolute,
    check_custom_domain,
    check_siteurl,
    check_x_handle,
    describe,
    listing_summary,
    plain_text,
)

__all__ = [
    "SiteUrlError",
    "absolute",
    "check_siteurl",
    "describe",
    "listing_summary",
    "plain_text",
]


def configure(pelican) -> None:
    """Validate SITEURL and hand the theme its absolute form and filters."""
    settings = pelican.settings
    production = bool(settings.get("IS_PRODUCTION"))
    settings["CANONICAL_SITEURL"] = check_siteurl(settings.get("SITEURL"), production)
    settings["X_HANDLE"] = check_x_handle(settings.get("X_HANDLE"))
    if production:  # what `invoke gh-pages` writes as CNAME; the Pages workflow reads it too
        cname = settings.get("GITHUB_PAGES_CNAME")
        settings["GITHUB_PAGES_CNAME"] = check_custom_domain(cname, settings["SITEURL"])
    settings["SITE_PATH"] = urlsplit(settings["CANONICAL_SITEURL"]).path.rstrip("/")
    filters = settings.setdefault("JINJA_FILTERS", {})
    filters.setdefault("describe", describe)
    filters.setdefault("listing_summary", listing_summary)
    # A partial, not a lambda: Pelican's content cache pickles the settings.
    filters.setdefault("absolute", functools.partial(absolute, settings["CANONICAL_SITEURL"]))


def plain_title(value: str, _settings) -> PlainText:
    """How a `Title:` is read (a metadata processor): as text, escaped once wherever
    it goes, its slug and Pelican's feeds included (both strip tags from HTML)."""
    return PlainText(value.strip())


def register() -> None:
    signals.initialized.connect(configure)
    metadata_processors()["title"] = plain_title
