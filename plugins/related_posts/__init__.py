"""What to read next: "You might also like" ranked by shared tags, and neighbours.

Sets on every published article `related_posts` (a list of articles) and
`prev_article` / `next_article` (the older and newer article, or None).
Setting: RELATED_POSTS_MAX (default 3).
"""

from pelican import signals

from .ranking import neighbours, rank_related

__all__ = ["neighbours", "rank_related", "register"]


def attach_related(generator) -> None:
    """Give every published article its ranked list of related articles."""
    articles = generator.articles
    limit = generator.settings.get("RELATED_POSTS_MAX", 3)
    tags = {id(a): [t.name for t in getattr(a, "tags", [])] for a in articles}
    order = {id(a): a.date.timestamp() for a in articles}
    by_id = {id(a): a for a in articles}
    for key, related in rank_related(tags, order, limit).items():
        by_id[key].related_posts = [by_id[other] for other in related]
    newest_first = [id(a) for a in sorted(articles, key=lambda a: a.date, reverse=True)]
    for key, (older, newer) in neighbours(newest_first).items():
        by_id[key].prev_article = by_id.get(older)
        by_id[key].next_article = by_id.get(newer)


def register() -> None:
    signals.article_generator_finalized.connect(attach_related)
