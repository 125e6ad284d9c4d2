"""Permalinks: PERMALINK_STYLE ("slug", "dated" or "dated-day") sets article URLs.

Pretty URLs (/my-post/, /2026/03/my-post/) saved as index.html files.
"""

from pelican import signals

from .styles import STYLES, UnknownPermalinkStyle, article_url_settings

__all__ = ["STYLES", "UnknownPermalinkStyle", "article_url_settings", "register"]


def apply_style(pelican) -> None:
    """Set the article URL settings from PERMALINK_STYLE before any article is read."""
    style = pelican.settings.get("PERMALINK_STYLE")
    if style is not None:
        pelican.settings.update(article_url_settings(style))


def register() -> None:
    signals.initialized.connect(apply_style)
