"""Follow: a newsletter signup form and a page that explains how to follow the site.

Settings (pelicanconf.py / publishconf.py):
- NEWSLETTER: None (no form), or {"provider": "buttondown" | "mailchimp" | "kit" |
  "listmonk", ...that provider's keys, "privacy": a privacy page} (newsletters.py).
  Checked when the build starts: a wrong value fails it, naming the key.
- FOLLOW_URL / FOLLOW_SAVE_AS: the Follow page ("follow/"); FOLLOW_SAVE_AS = "" writes none.

Templates get `newsletter_form` (plain data, or None) and `follow_feeds` (the
site-wide feeds the settings produce: label, path, type). The form posts
straight to the provider; the page's CSP form-action names that provider only
where the form is. Markup contract: `form[data-newsletter][data-provider]`.
"""

from __future__ import annotations

from pelican import signals

from .newsletters import PROVIDERS, Form, NewsletterSettingError, check_newsletter

__all__ = ["PROVIDERS", "Form", "NewsletterSettingError", "check_newsletter", "register"]

# The site-wide feeds, in the order the Follow page lists them: (setting, label, type).
FEEDS = (
    ("FEED_ALL_ATOM", "Atom", "application/atom+xml"),
    ("FEED_ALL_RSS", "RSS", "application/rss+xml"),
    ("FEED_ALL_JSON", "JSON Feed", "application/feed+json"),
)


def feeds(settings: dict) -> list[dict]:
    """The feeds the settings produce, as the Follow page lists them."""
    return [
        {"label": label, "path": settings[name], "type": kind}
        for name, label, kind in FEEDS
        if settings.get(name)
    ]


def configure(pelican) -> None:
    """Check NEWSLETTER once, before any page is read; add the Follow page."""
    settings = pelican.settings
    form = check_newsletter(settings.get("NEWSLETTER"), bool(settings.get("IS_PRODUCTION")))
    settings["newsletter_form"] = form.plain() if form else None
    settings["follow_feeds"] = feeds(settings)
    settings.setdefault("FOLLOW_URL", "follow/")
    settings.setdefault("FOLLOW_SAVE_AS", "follow/index.html")
    if settings["FOLLOW_SAVE_AS"] and "follow" not in settings["DIRECT_TEMPLATES"]:
        settings["DIRECT_TEMPLATES"] = [*settings["DIRECT_TEMPLATES"], "follow"]


def register() -> None:
    signals.initialized.connect(configure)
