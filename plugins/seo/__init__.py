"""SEO and share metadata: absolute URLs and descriptions for the theme.

Adds CANONICAL_SITEURL (SITEURL, never made relative) and the Jinja filters
`describe` (HTML to a 160-character description) and `absolute` (path to URL).
"""

import functools

from pelican import signals

from .meta import SiteUrlError, absolute, check_siteurl, describe, plain_text

__all__ = ["SiteUrlError", "absolute", "check_siteurl", "describe", "plain_text"]


def configure(pelican) -> None:
    """Validate SITEURL and hand the theme its absolute form and filters."""
    settings = pelican.settings
    production = bool(settings.get("IS_PRODUCTION"))
    settings["CANONICAL_SITEURL"] = check_siteurl(settings.get("SITEURL"), production)
    filters = settings.setdefault("JINJA_FILTERS", {})
    filters.setdefault("describe", describe)
    # A partial, not a lambda: Pelican's content cache pickles the settings.
    filters.setdefault("absolute", functools.partial(absolute, settings["CANONICAL_SITEURL"]))


def register() -> None:
    signals.initialized.connect(configure)
