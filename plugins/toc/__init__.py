"""Table of contents: an article with three or more ## headings lists them first.

The template gets `article.toc` (plain data, see contents.table_of_contents) and
prints `partials/toc.html` between the header and the body: "In this article", a
link to each ## heading, numbered by the list unless the writer's headings carry
their own numbers ("1. Price the brief", "Tip 2: ..."). `Toc: off` leaves it out;
`Toc: on` shows it however few ## headings there are. Markup contract:
`nav[data-toc]`, its links `a[href="#heading-id"]`; `js/toc.js` marks the link of
the heading being read with aria-current="location".
"""

import logging

from pelican import signals
from pelican.contents import Article

from freelancekit.pelican_internals import raw_html, set_raw_html

from .contents import (
    MIN_HEADINGS,
    TocValueError,
    h2_headings,
    numbered_as_written,
    table_of_contents,
    toc_switch,
    with_heading_ids,
)

__all__ = [
    "MIN_HEADINGS",
    "TocValueError",
    "h2_headings",
    "numbered_as_written",
    "register",
    "table_of_contents",
    "toc_switch",
    "with_heading_ids",
]

logger = logging.getLogger(__name__)


def _problem(content, message: str) -> None:
    logger.warning(
        "%s", message, extra={"problem_file": content.source_path, "problem_needle": "Toc:"}
    )


def attach_toc(content) -> None:
    """Give an article its list of ## headings (or None), ids added where missing."""
    content.toc = None
    if not isinstance(content, Article) or not hasattr(content, "title"):
        return
    try:
        switch = toc_switch(content.metadata.get("toc"))
    except TocValueError as error:
        _problem(content, str(error))
        return
    html = raw_html(content)
    if "<h2" not in html.lower():
        if switch:
            _problem(
                content,
                "Toc: on, but the article has no ## headings to list: "
                "add ## headings, or remove Toc: on",
            )
        return
    if switch is not False and (with_ids := with_heading_ids(html)) != html:
        set_raw_html(content, html := with_ids)
    content.toc = table_of_contents(html, switch)


def register() -> None:
    signals.content_object_init.connect(attach_toc)
