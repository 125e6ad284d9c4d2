"""What to read next: "You might also like" ranked by shared tags, and neighbours.

Sets on every published article `related_posts` (a list of articles) and
`prev_article` / `next_article` (the older and newer article, or None).
Setting: RELATED_POSTS_MAX (default 3).
"""

from pelican import signals

from .ranking import neighbours, rank_related

__all__ = ["neighbours", "rank_related", "register"]


# The last ranking this process made: a dev server's rebuild after an edit that
# changed no tags or dates (most edits) reuses it instead of ranking again.
_last: list = [None, None]


def _ranked(tags: dict, order: dict, limit: int) -> dict:
    inputs = (tags, order, limit)
    if _last[0] != inputs:
        _last[:] = [inputs, rank_related(tags, order, limit)]
    return _last[1]


def attach_related(generator) -> None:
    """Give every published article its ranked list of related articles."""
    articles = generator.articles
    limit = generator.settings.get("RELATED_POSTS_MAX", 3)
    # Keyed by source file: unique, and the same from one build to the next.
    by_key = {a.source_path: a for a in articles}
    tags = {key: [t.name for t in getattr(a, "tags", [])] for key, a in by_key.items()}
    order = {key: a.date.timestamp() for key, a in by_key.items()}
    for key, related in _ranked(tags, order, limit).items():
        by_key[key].related_posts = [by_key[other] for other in related]
    newest_first = [a.source_path for a in sorted(articles, key=lambda a: a.date, reverse=True)]
    for key, (older, newer) in neighbours(newest_first).items():
        by_key[key].prev_article = by_key.get(older)
        by_key[key].next_article = by_key.get(newer)


def register() -> None:
    signals.article_generator_finalized.connect(attach_related)
