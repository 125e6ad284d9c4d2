"""Where Pelican's generators keep a site's articles and pages: published, draft, scheduled.

Plugins that look at every item of a site (publish_ready, output_paths) read
these lists, so a new kind of list is added here once.
"""

from __future__ import annotations

# "projects": the portfolio's entries (world_map's PortfolioGenerator).
PUBLISHED = (
    "articles",
    "translations",
    "pages",
    "hidden_pages",
    "hidden_translations",
    "projects",
)
DRAFTS = ("drafts", "drafts_translations", "draft_pages", "draft_translations")
# Production only: articles dated after the build, set aside by the scheduled plugin.
SCHEDULED = ("scheduled_articles", "scheduled_translations")


def items(generators, lists: tuple[str, ...] = PUBLISHED + DRAFTS) -> list:
    """Every content item the generators hold in `lists`, in generator order."""
    return [item for g in generators for name in lists for item in getattr(g, name, [])]
