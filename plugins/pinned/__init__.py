"""Pinned posts: `Pinned: yes` keeps an article at the top of the home page.

Sets `pinned` (True or False) on every article, and `post_list` in the context:
the articles in the order the home page and the post list (index.html) show
them, pinned first (newest first), each once. Everything else (archives,
feeds, categories, tags, older/newer) keeps Pelican's order. The theme marks a
pinned card "Pinned" on those two lists only (`pinned_marks`). A draft or a
scheduled article is not pinned until it is published.

`Pinned:` other than yes, no, true or false (any case) fails the build naming
the file, and so do more pinned articles than the home page shows.
"""

from __future__ import annotations

import logging

from pelican import signals

from freelancekit.site_contents import DRAFTS, PUBLISHED, SCHEDULED, items

from .pinning import PinnedError, home_limit, on_page, pinned_first, read_pinned

__all__ = ["PinnedError", "home_limit", "on_page", "pinned_first", "read_pinned", "register"]

logger = logging.getLogger(__name__)
HIDDEN = ("hidden_articles", "hidden_translations")


def add_filter(pelican) -> None:
    """`post_list|on_page(articles_page)`: a page of the post list, pinned first."""
    pelican.settings.setdefault("JINJA_FILTERS", {}).setdefault("on_page", on_page)


def _read(article) -> bool:
    try:
        return read_pinned(article.metadata.get("pinned"))
    except PinnedError as error:
        where = {"problem_file": article.source_path, "problem_needle": error.needle}
        logger.warning("%s", error, extra=where)
        return False


def pin(generator) -> None:
    """article_generator_finalized: `pinned` on every article, `post_list` in the context."""
    for article in items([generator], PUBLISHED + DRAFTS + SCHEDULED + HIDDEN):
        # Every build: Pelican's cache brings an article back with last build's value.
        article.pinned = _read(article) and not getattr(article, "scheduled", False)
    for article in items([generator], DRAFTS + SCHEDULED + HIDDEN):
        article.pinned = False  # not on the site's lists until published
    articles = generator.articles
    generator.context["post_list"] = pinned_first(articles, lambda a: a.pinned, lambda a: a.date)
    pinned = [a for a in generator.context["post_list"] if a.pinned]
    settings = generator.settings
    limit = home_limit(settings)
    setting = "HOME_ARTICLES" if settings.get("HOME") == "profile" else "DEFAULT_PAGINATION"
    for article in pinned[limit:] if limit else []:
        logger.warning(
            "Pinned: yes, but %d articles are pinned and the home page shows %d posts: "
            "this one, among the oldest, would not be on it; unpin one (Pinned: no) or raise %s",
            len(pinned),
            limit,
            setting,
            extra={"problem_file": article.source_path, "problem_needle": "Pinned:"},
        )


def register() -> None:
    signals.initialized.connect(add_filter)
    signals.article_generator_finalized.connect(pin)
