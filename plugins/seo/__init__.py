"""SEO and share metadata: absolute URLs and descriptions for the theme.

Checks X_HANDLE and FEDIVERSE_CREATOR ("@name@instance.social", an article's
`fediverse:creator` meta). Adds CANONICAL_SITEURL (SITEURL, never made relative),
SITE_PATH (its path, such as "" or "/repo": root-relative links that work on any
host and port), the Jinja filters
`describe` (HTML to a 160-character description), `listing_summary` (an article's
first blocks for a card on a listing page, see summary.py) and `absolute` (path to URL).
Setting: LISTING_SUMMARY_WORDS, the most words a card's summary shows (50).
"""

import functools
from urllib.parse import urlsplit

from pelican import signals

from freelancekit.markup import PlainText
from freelancekit.pelican_internals import metadata_processors

from .meta import (
    FediverseCreatorError,
    SiteUrlError,
    absolute,
    check_custom_domain,
    check_fediverse_creator,
    check_siteurl,
    check_summary_words,
    check_x_handle,
    describe,
    plain_text,
)
from .summary import listing_summary

__all__ = [
    "FediverseCreatorError",
    "SiteUrlError",
    "absolute",
    "check_fediverse_creator",
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
    # Mastodon credits the author of a shared article ("More from @name@instance").
    settings["FEDIVERSE_CREATOR"] = check_fediverse_creator(settings.get("FEDIVERSE_CREATOR"))
    if production:  # what `invoke gh-pages` writes as CNAME; the Pages workflow reads it too
        cname = settings.get("GITHUB_PAGES_CNAME")
        settings["GITHUB_PAGES_CNAME"] = check_custom_domain(cname, settings["SITEURL"])
    settings["SITE_PATH"] = urlsplit(settings["CANONICAL_SITEURL"]).path.rstrip("/")
    filters = settings.setdefault("JINJA_FILTERS", {})
    filters.setdefault("describe", describe)
    # Partials, not lambdas: Pelican's content cache pickles the settings.
    words = check_summary_words(settings.get("LISTING_SUMMARY_WORDS", 50))
    filters.setdefault("listing_summary", functools.partial(listing_summary, limit=words))
    filters.setdefault("absolute", functools.partial(absolute, settings["CANONICAL_SITEURL"]))


def plain_title(value: str, _settings) -> PlainText:
    """How a `Title:` is read (a metadata processor): as text, escaped once wherever
    it goes, its slug and Pelican's feeds included (both strip tags from HTML)."""
    return PlainText(value.strip())


def register() -> None:
    signals.initialized.connect(configure)
    metadata_processors()["title"] = plain_title
