"""Put each outermost <table> of a page's HTML in a scrolling, labelled box."""

from __future__ import annotations

import re
from html import escape

from freelancekit.markup import plain_text

SCROLL_CLASS = "table-scroll"
TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)
CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption\s*>", re.I | re.S)
FIRST_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", re.I | re.S)
WRAPPED = re.compile(rf'<div class="{SCROLL_CLASS}"[^>]*>\s*$')
LABEL_CELLS = 3  # a table without a caption is named by its first cells
CELL_TAG = re.compile(r"<(t[hd])\b([^>]*)>", re.I)
# A cell's style that is one text-align (what Python-Markdown writes for `---:`).
ALIGN_STYLE = re.compile(
    r"""\sstyle\s*=\s*(["'])\s*text-align\s*:\s*(left|right|center|start|end)\s*;?\s*\1""",
    re.I,
)
CLASS_ATTR = re.compile(r"""(\sclass\s*=\s*(["']))(.*?)\2""", re.I | re.S)


def outer_tables(html: str) -> list[tuple[int, int]]:
    """(start, end) of each table not inside another; an unclosed one is left out."""
    spans, depth, start = [], 0, 0
    for tag in TABLE_TAG.finditer(html):
        if not tag.group(1):
            if depth == 0:
                start = tag.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, tag.end()))
    return spans


def table_label(table: str) -> str:
    """What a screen reader calls the box: the caption, or the first row's cells."""
    inner = table[table.index(">") + 1 :]
    nested = TABLE_TAG.search(inner)
    own = inner[: nested.start()] if nested else inner  # the caption comes first
    if (caption := CAPTION.search(own)) and plain_text(caption.group(1)):
        return plain_text(caption.group(1))
    row = FIRST_ROW.search(own)
    cells = [plain_text(c) for c in CELL.findall(row.group(1))] if row else []
    cells = [c for c in cells if c]
    if not cells:
        return "Table"
    more = ", …" if len(cells) > LABEL_CELLS else ""
    return "Table: " + ", ".join(cells[:LABEL_CELLS]) + more


def aligned_cells(html: str) -> str:
    """Cells aligned with a style attribute get a class instead (text-right, ...):
    the site's Content-Security-Policy blocks style attributes, so `| ---: |`
    columns lost their alignment, with a console error on every page load."""

    def cell(tag: re.Match) -> str:
        name, attrs = tag.groups()
        style = ALIGN_STYLE.search(attrs)
        if not style:
            return tag.group(0)
        attrs = attrs[: style.start()] + attrs[style.end() :]
        align = f"text-{style.group(2).lower()}"
        if mark := CLASS_ATTR.search(attrs):
            attrs = f"{attrs[: mark.end(1)]}{align} {attrs[mark.end(1) :]}"
        else:
            attrs += f' class="{align}"'
        return f"<{name}{attrs}>"

    return CELL_TAG.sub(cell, html)


def scrolling_tables(html: str) -> str:
    """`html` with each outermost table inside a div.table-scroll, named uniquely."""
    parts, last, used = [], 0, set()
    for start, end in outer_tables(html):
        if WRAPPED.search(html, max(0, start - 500), start):
            continue  # in a box already (written by hand, or wrapped before)
        label = name = table_label(html[start:end])
        number = 1
        while name in used:
            number += 1
            name = f"{label} ({number})"
        used.add(name)
        parts += [
            html[last:start],
            f'<div class="{SCROLL_CLASS}" role="region" tabindex="0" aria-label="{escape(name)}">',
            html[start:end],
            "</div>",
        ]
        last = end
    return "".join(parts) + html[last:]
