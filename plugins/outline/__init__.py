"""Outline: an article's or page's headings go down one level at a time.

The page's title is its <h1>; a screen reader lists the headings as the page's
outline, and the Nu Html Checker (`invoke check`) reports a heading that skips a
level (an h3 straight under the title, an h5 under an h2). The build says so
first, at the heading's line in the writer's file, in Markdown's terms.
"""

from __future__ import annotations

import logging
import re

from pelican import signals

from freelancekit.markup import plain_text
from freelancekit.pelican_internals import raw_html

__all__ = ["register", "skipped_headings"]

logger = logging.getLogger(__name__)
HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
TITLE_LEVEL = 1


def skipped_headings(html: str) -> list[tuple[int, int, str]]:
    """(level, level of the heading above, text) for each heading of `html` more
    than one level below the heading before it; the page's title is the first, an h1."""
    skipped, above = [], TITLE_LEVEL
    for heading in HEADING.finditer(html):
        level = int(heading.group(1))
        if level > above + 1:
            skipped.append((level, above, plain_text(heading.group(2))))
        above = level
    return skipped


def check_outline(content) -> None:
    for level, above, text in skipped_headings(raw_html(content)):
        where = "the title" if above == TITLE_LEVEL else f"a {'#' * above} heading"
        logger.warning(
            "the heading %r is %s right under %s: headings go down one level at a time "
            "(screen readers list them as the page's outline); make it %s",
            text,
            "#" * level,
            where,
            "#" * (above + 1),
            extra={"problem_file": content.source_path, "problem_needle": text or "#" * level},
        )


def register() -> None:
    signals.content_object_init.connect(check_outline)
