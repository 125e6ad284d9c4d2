"""A category or tag written two ways fails the build with "did you mean".

Pelican files `outsourcing articles` under "Outsourcing Articles" but shows
whichever spelling it read first, and makes `Outsorcing Articles` a second
category with one article. Names that differ only by case, spacing or
punctuation, or by one or two letters, fail naming the file and its
`Category:` or `Tags:` line, and the spelling the other articles use. Two names
that really are different words go in DISTINCT_NAMES, e.g.
`DISTINCT_NAMES = [("Remote", "Remove")]`.
"""

from __future__ import annotations

import logging
from collections import Counter

from pelican import signals

from freelancekit.names import distinct_names, edit_distance, misspellings, same_name

__all__ = ["edit_distance", "misspellings", "register"]

logger = logging.getLogger(__name__)


def _say(kind: str, name: str, right: str, others: int) -> str:
    """What to tell the writer about `name`, which should be `right`."""
    in_others = f"in {others} other article{'' if others == 1 else 's'}"
    if same_name({name: 1, right: 1}):
        return (
            f"{kind} '{name}' is written '{right}' {in_others}: write it the same way "
            f"(they are one {kind} page, shown as whichever is read first)"
        )
    return (
        f"{kind} '{name}' looks like '{right}' ({in_others}): did you mean '{right}'? "
        "If they are different words, add both to DISTINCT_NAMES"
    )


def check_names(generator) -> None:
    """article_generator_pretaxonomy: every article's category and tags, as it wrote them."""
    distinct = distinct_names(generator.settings.get("DISTINCT_NAMES", []))
    for article in generator.articles:
        if article.category and "," in article.category.name:
            logger.warning(
                "Category: '%s' holds a comma: an article has one category; put the others "
                "in Tags:",
                article.category.name,
                extra={"problem_file": article.source_path, "problem_needle": "Category:"},
            )
    for kind, needle, names_of in (
        ("category", "Category:", lambda a: [a.category.name] if a.category else []),
        ("tag", "Tags:", lambda a: [tag.name for tag in getattr(a, "tags", [])]),
    ):
        uses = Counter(name for article in generator.articles for name in names_of(article))
        wrong = misspellings(uses, distinct)
        for article in generator.articles:
            for name in names_of(article):
                if name in wrong:
                    logger.warning(
                        _say(kind, name, wrong[name], uses[wrong[name]]),
                        extra={"problem_file": article.source_path, "problem_needle": needle},
                    )


def register() -> None:
    signals.article_generator_pretaxonomy.connect(check_names)
