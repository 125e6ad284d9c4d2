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
