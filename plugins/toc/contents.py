"""An article's "In this article" list, as plain data read from its HTML."""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify, unique

from freelancekit.markup import on_off, plain_text, tag_attributes

H2 = re.compile(r"(<h2\b[^>]*>)(.*?)</h2\s*>", re.I | re.S)
ID = re.compile(r"""\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# Not part of the text a heading shows: a footnote's mark ("Rates¹" is listed as
# "Rates"), and a script or style written in it.
NOT_SHOWN = re.compile(r'<sup id="fnref[^"]*">.*?</sup>|<(script|style)\b.*?</\1\s*>', re.I | re.S)
# The writer's own number: "1. Price the brief", "2) ...", "Tip 3: ...", "Step #4 - ...",
# "No. 5", "Day 6". A number that is part of the words ("10 ways", "1.5 hours") is not one.
OWN_NUMBER = re.compile(r"^\s*(?:[^\W\d_]{1,12}\.?\s+)?#?\d+\s*(?:[.):\-–—](?=\s|$)|$)", re.I)
MIN_HEADINGS = 3  # fewer: the article is short enough to read without a list
LABEL_ID = "toc-title"


class TocValueError(ValueError):
    """A `Toc:` value that is not on or off."""

    def __init__(self, value: object):
        self.value = value
        super().__init__(
            f"Toc: {value!r} is not 'on' or 'off': write Toc: off to leave the "
            "'In this article' list out, Toc: on to show it with fewer than "
            f"{MIN_HEADINGS} ## headings"
        )


def toc_switch(value: object) -> bool | None:
    """The writer's `Toc:`: True (on), False (off) or None (not written: the default)."""
    if value is None or isinstance(value, bool):
        return value
    switch = on_off(value)
    if switch is None:
        raise TocValueError(value)
    return switch


def numbered_as_written(texts: list[str]) -> bool:
    """True when a heading carries its own number: the list shows them as written."""
    return any(OWN_NUMBER.match(text) for text in texts)


def _ids(html: str) -> set[str]:
    return {next(filter(None, m.groups())) for m in ID.finditer(html) if any(m.groups())}


def with_heading_ids(html: str) -> str:
    """`html` with an id on every <h2> written without one (raw HTML in Markdown)."""
    ids = _ids(html)

    def give_id(match: re.Match) -> str:
        start, inner = match.groups()
        if "id" in tag_attributes(start):
            return match.group(0)
        slug = unique(slugify(plain_text(inner), "-") or "tip", ids)
        return f'{start[:3]} id="{slug}"{start[3:]}{inner}</h2>'

    return H2.sub(give_id, html)


def h2_headings(html: str) -> list[dict[str, str]]:
    """{"id", "text"} for each <h2> of `html` that has an id; text without markup."""
    headings = []
    for match in H2.finditer(html):
        heading_id = tag_attributes(match.group(1)).get("id")
        if heading_id:
            text = plain_text(NOT_SHOWN.sub("", match.group(2)))
            headings.append({"id": heading_id, "text": text})
    return headings


def table_of_contents(html: str, switch: bool | None) -> dict | None:
    """The list for the template, or None: {"label_id", "numbered", "headings"}.

    Shown for MIN_HEADINGS or more <h2>s unless switched off; `switch` True shows
    it for any number. "numbered" is True when the list should add numbers.
    """
    items = h2_headings(html)
    if switch is False or not items or (switch is None and len(items) < MIN_HEADINGS):
        return None
    label_id, ids = LABEL_ID, _ids(html)
    if label_id in ids:
        label_id = unique(label_id, ids)
    numbered = not numbered_as_written([item["text"] for item in items])
    return {"label_id": label_id, "numbered": numbered, "headings": items}
