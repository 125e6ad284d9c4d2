"""Article URL patterns by name, so a writer picks a style instead of a format string."""

from __future__ import annotations

STYLES = {
    "slug": "{slug}/",
    "dated": "{date:%Y}/{date:%m}/{slug}/",  # what WordPress.com blogs use
    "dated-day": "{date:%Y}/{date:%m}/{date:%d}/{slug}/",
}


class UnknownPermalinkStyle(ValueError):
    """PERMALINK_STYLE names no known style."""

    def __init__(self, value: object):
        self.file = "pelicanconf.py"
        self.needle = "PERMALINK_STYLE"
        names = ", ".join(repr(name) for name in STYLES)
        super().__init__(f"PERMALINK_STYLE {value!r} is not one of {names}")


def article_url_settings(style: str) -> dict[str, str]:
    """Return ARTICLE_URL and ARTICLE_SAVE_AS (pretty URLs ending in /) for a style."""
    if style not in STYLES:
        raise UnknownPermalinkStyle(style)
    url = STYLES[style]
    return {"ARTICLE_URL": url, "ARTICLE_SAVE_AS": url + "index.html"}
