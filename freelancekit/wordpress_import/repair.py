"""Repairs an import can make safely to old post HTML that breaks accessibility or validity.

Each repair keeps every word; the import report counts them:

- headings that skip a level (an h4 after an h2), or an h1 in a post whose
  page already has the title as its h1, move up so that the outline keeps its
  shape without gaps;
- an empty table header cell (`<th></th>`) becomes an ordinary cell;
- a `<dt>` with no `<dd>` after it gets an empty one (a term with nothing to
  define is still a valid list).
"""

from __future__ import annotations

from collections import Counter

from bs4 import BeautifulSoup

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def repair(html: str) -> tuple[str, Counter]:
    """The repaired HTML and how many of each repair it took."""
    if not any(tag in html for tag in ("<h", "<th", "<dt", "<H", "<TH", "<DT")):
        return html, Counter()
    page = BeautifulSoup(html, "html.parser")
    repairs: Counter = Counter()
    # Outline kept, gaps closed: each heading nests under the last one of a higher
    # original level; the first level of a post is h2 (the page's title is its h1).
    open_sections: list[tuple[int, int]] = []  # (original level, new level)
    for heading in page.find_all(HEADINGS):
        level = int(heading.name[1])
        while open_sections and open_sections[-1][0] >= level:
            open_sections.pop()
        fitting = open_sections[-1][1] + 1 if open_sections else 2
        open_sections.append((level, fitting))
        if fitting != level:
            heading.name = f"h{fitting}"
            repairs["heading levels"] += 1
    for cell in page.find_all("th"):
        if not cell.get_text(strip=True) and not cell.find(["img", "svg"]):
            cell.name = "td"
            repairs["empty table headers"] += 1
    for term in page.find_all("dt"):
        if term.find_next_sibling("dd") is None:  # terms may share the dd that follows them
            term.insert_after(page.new_tag("dd"))
            repairs["terms without a definition"] += 1
    return (str(page), repairs) if repairs else (html, repairs)


# What a table keeps: its structure, spans and header scopes, links and images;
# every other attribute (style, class, event handlers) and wrapper goes.
TABLE_TAGS = {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col"}
INLINE_TAGS = {"a", "strong", "em", "b", "i", "code", "br", "img", "sub", "sup", "s"}
KEPT_ATTRIBUTES = {
    "th": {"colspan", "rowspan", "scope", "abbr"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
    "a": {"href"},
    "img": {"src", "alt", "title", "class"},
}


def clean_table(fragment: str, alt_todo: str = "") -> str:
    """A table (or a block-editor table figure) as plain, safe HTML; its caption inside it.

    An image whose alt is `alt_todo` (the import's placeholder) gets the documented
    marker instead: no alt attribute and class="alt-todo".
    """
    page = BeautifulSoup(fragment, "html.parser")
    table = page.find("table")
    if table is None:
        return ""
    caption = page.find("figcaption")
    for tag in table.find_all(True):
        if tag.name not in TABLE_TAGS | INLINE_TAGS:
            tag.unwrap()
            continue
        kept = KEPT_ATTRIBUTES.get(tag.name, set())
        tag.attrs = {k: v for k, v in tag.attrs.items() if k in kept}
        if tag.name == "img" and alt_todo and tag.get("alt") == alt_todo:
            del tag["alt"]
            tag["class"] = "alt-todo"
        elif tag.name == "img":
            tag.attrs.pop("class", None)
    table.attrs = {}
    if caption is not None and table.find("caption") is None:
        new = page.new_tag("caption")
        new.string = caption.get_text(" ", strip=True)
        table.insert(0, new)
    return str(table)
