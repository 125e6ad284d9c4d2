"""Archived comments: the read-only comments of an old blog, stored next to the article.

Format (`<article file name without .md>.comments.json`, UTF-8):

    {
      "version": 1,
      "comments": [
        {"id": "41", "parent": null, "author": "Priya", "url": "https://priya.example",
         "date": "2019-05-02T10:11:00+05:30", "body": "Markdown text"},
        {"id": "42", "parent": "41", "author": "Asha Verma", "date": "2019-05-02T12:00:00Z",
         "body": "A reply."}
      ]
    }

`id` (string, unique), `author`, `date` (ISO 8601) and `body` (Markdown; raw
HTML is shown as text, links only http(s) and mailto) are required; `parent`
(the id of the comment replied to) and `url` (the author's site) are optional.
No e-mail address or IP is ever stored: a comment with an `email` or `ip`
field is an error.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import markdown
from markdown.treeprocessors import Treeprocessor

from freelancekit.headings import HeadingsExtension
from freelancekit.markup import focusable_code

SUFFIX = ".comments.json"
FORBIDDEN = ("email", "author_email", "ip", "author_ip")
SAFE_LINK = re.compile(r"^(https?:|mailto:)", re.I)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class ArchiveError(ValueError):
    """An archived-comments file the writer (or the importer) must fix."""

    def __init__(self, message: str, line: int | None = None, needle: str | None = None):
        self.line = line
        self.needle = needle
        super().__init__(message)


@dataclass
class Comment:
    id: str
    author: str
    date: datetime
    body_html: str
    url: str = ""
    parent: str | None = None
    replies: list[Comment] = field(default_factory=list)


def archive_path(source: str | Path) -> Path:
    """Where an article's archived comments live: beside it, same name."""
    source = Path(source)
    return source.with_name(source.stem + SUFFIX)


class _SafeLinks(Treeprocessor):
    """Links from commenters: only http(s) and mailto, marked as user content."""

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            if not SAFE_LINK.match(link.get("href", "")):
                link.attrib.pop("href", None)
            else:
                link.set("rel", "nofollow ugc noopener")


class _PlainHeadings(Treeprocessor):
    """A heading in a comment is a bold line: the page's outline is the article's,
    and a commenter's "Header one" must not sit beside its sections."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in HEADINGS:
                children = list(element)
                for child in children:
                    element.remove(child)
                strong = etree.Element("strong")
                strong.text, element.text = element.text, None
                strong.extend(children)
                element.tag = "p"
                element.attrib.clear()
                element.append(strong)


def render_body(text: str) -> str:
    """Markdown to HTML with raw HTML escaped, images left out and headings made
    bold lines ("#dowork" stays text, as in an article)."""
    md = markdown.Markdown(output_format="html", extensions=[HeadingsExtension()])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("image_link")
    md.inlinePatterns.deregister("image_reference")
    md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)
    md.treeprocessors.register(_PlainHeadings(md), "plain_headings", 1)
    # A code block scrolls sideways in its own box: focusable, as in articles.
    return focusable_code(md.convert(text))


def _field(item: dict, key: str, number: int) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ArchiveError(f"comment {number} has no {key!r}", needle=f'"{key}"')
    return value.strip()


def _comment(item: object, number: int) -> Comment:
    if not isinstance(item, dict):
        raise ArchiveError(f"comment {number} is not an object")
    for key in FORBIDDEN:
        if key in item:
            raise ArchiveError(
                f"comment {number} stores {key!r}: archived comments never keep e-mail "
                "addresses or IPs; remove the field",
                needle=f'"{key}"',
            )
    raw_date = _field(item, "date", number)
    try:
        date = datetime.fromisoformat(raw_date)
    except ValueError:
        raise ArchiveError(
            f"comment {number} has date {raw_date!r}: expected ISO 8601, e.g. "
            "2019-05-02T10:11:00+05:30",
            needle=raw_date,
        ) from None
    url = item.get("url") or ""
    if url and not re.match(r"^https?://", url):
        url = ""  # an author link that is not a web address is dropped
    parent = item.get("parent")
    return Comment(
        id=str(item.get("id") or "").strip() or _field(item, "id", number),
        author=_field(item, "author", number),
        date=date,
        body_html=render_body(_field(item, "body", number)),
        url=url,
        parent=str(parent) if parent not in (None, "", 0, "0") else None,
    )


def parse_archive(text: str) -> list[Comment]:
    """Read an archive file's text into threads (top-level comments with replies)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArchiveError(f"not valid JSON: {error.msg}", line=error.lineno) from None
    items = data.get("comments") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ArchiveError('expected {"version": 1, "comments": [...]}')
    comments = [_comment(item, number) for number, item in enumerate(items, start=1)]
    return thread(comments)


def thread(comments: list[Comment]) -> list[Comment]:
    """Nest replies under their parents, oldest first at every level."""
    by_id: dict[str, Comment] = {}
    for comment in comments:
        if comment.id in by_id:
            raise ArchiveError(f"two comments have id {comment.id!r}", needle=f'"{comment.id}"')
        by_id[comment.id] = comment
    roots = []
    for comment in sorted(comments, key=lambda c: c.date):
        if comment.parent is None:
            roots.append(comment)
        elif comment.parent in by_id and comment.parent != comment.id:
            by_id[comment.parent].replies.append(comment)
        else:
            raise ArchiveError(
                f"comment {comment.id!r} replies to {comment.parent!r}, which is not in the file",
                needle=f'"{comment.parent}"',
            )
    if count(roots) != len(comments):
        raise ArchiveError("some comments reply to each other in a loop: check their parents")
    return roots


def count(threads: list[Comment]) -> int:
    """All comments in the threads, replies included."""
    return sum(1 + count(c.replies) for c in threads)
