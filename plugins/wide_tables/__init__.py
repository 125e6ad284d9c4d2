"""Wide tables: every table of an article or page scrolls sideways in its own box.

A table wider than a phone keeps its columns readable and scrolls inside a
labelled box that the keyboard can reach (WCAG 2.1.1), instead of squeezing
its columns or pushing the page sideways. Markup contract:
`div.table-scroll[role=region][tabindex=0][aria-label]` around each table;
the theme's stylesheet makes it scroll. A cell aligned by a style attribute
(Python-Markdown's `| ---: |`) gets a class instead (`text-right`, ...), which
the strict Content-Security-Policy lets the stylesheet apply.
"""

from pelican import signals

from freelancekit.pelican_internals import raw_html, set_raw_html

from .scroll import SCROLL_CLASS, aligned_cells, scrolling_tables

__all__ = ["SCROLL_CLASS", "aligned_cells", "register", "scrolling_tables"]


def wrap_tables(content) -> None:
    """Rewrite the article's HTML once, when Pelican has read it."""
    html = raw_html(content)
    if "<table" in html.lower():
        set_raw_html(content, scrolling_tables(aligned_cells(html)))


def register() -> None:
    signals.content_object_init.connect(wrap_tables)
