"""What must not go live half-done: links to drafts, and `invoke init`'s starter text."""

from __future__ import annotations

import functools
import html as html_module
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote

from freelancekit import STARTER, STARTER_DRAFTS

# Pelican's intra-site link syntax ({filename}path, also written |filename|path),
# as it stands in an href or src before Pelican resolves it.
INTRASITE = re.compile(r"""(?:href|src)\s*=\s*(["'])(?:\{filename\}|\|filename\|)([^"'#?]+)""")
# Paragraphs and headings: what starter and placeholder text is made of.
PARAGRAPH = re.compile(r"<(p|h[1-6])\b[^>]*>(.*?)</\1>", re.S)
TAG = re.compile(r"<[^>]+>")
# What smarty and Markdown change in a paragraph: compared without them.
TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "`": ""})
SHORTEST = 30  # a paragraph shorter than this ("Get in touch.") may well be the writer's too


def linked_sources(html: str, source: str) -> list[tuple[str, str]]:
    """[(what the writer wrote, the content path it names)] for every {filename} link.

    `source` is the linking file's path relative to the content folder; paths are
    resolved as Pelican resolves them (relative to that file, or to the content
    folder when they start with '/').
    """
    found: list[tuple[str, str]] = []
    if "filename" not in html:  # most pages link to no other file: skip the scan
        return found
    for match in INTRASITE.finditer(html):
        written = match.group(2)
        path = unquote(written)
        if path.startswith("/"):
            target = path[1:]
        else:
            target = posixpath.join(posixpath.dirname(source), path)
        found.append((written, posixpath.normpath(target)))
    return found


def plain(text: str) -> str:
    """A paragraph as comparable text: no tags, entities, typography or extra spaces."""
    text = html_module.unescape(TAG.sub("", text)).translate(TYPOGRAPHY)
    return " ".join(text.split())


def markdown_paragraphs(source: str) -> list[str]:
    """The body paragraphs of a Markdown page (no metadata, headings or list items)."""
    body = source.split("\n\n", 1)[1] if "\n\n" in source else ""
    blocks = (" ".join(block.split("\n")) for block in body.split("\n\n"))
    return [b.strip() for b in blocks if b.strip() and not b.lstrip().startswith(("#", "-", "1."))]


@functools.cache
def starter_paragraphs(folder: Path = STARTER, names: tuple[str, ...] = tuple(STARTER_DRAFTS)):
    """Every paragraph of the starter drafts that is the same for every owner."""
    found = set()
    for name in names:
        for paragraph in markdown_paragraphs((folder / name).read_text(encoding="utf-8")):
            if "$" not in paragraph and len(text := plain(paragraph)) >= SHORTEST:
                found.add(text)
    return frozenset(found)


@functools.cache
def placeholder_paragraphs() -> frozenset[str]:
    """The paragraphs `invoke new-post` writes for the writer to replace."""
    from freelancekit.authoring.new_post import PLACEHOLDER_HEADING, PLACEHOLDER_PARAGRAPHS

    return frozenset(plain(text) for text in (*PLACEHOLDER_PARAGRAPHS, PLACEHOLDER_HEADING))


def starter_leftovers(html: str, starter: frozenset[str]) -> list[str]:
    """The paragraphs of `html` that are still starter text, in order."""
    if not any(opening in html for opening in _openings(starter)):
        return []  # most pages: no paragraph even starts like one (a dev rebuild runs this often)
    return [text for text in (plain(m[2]) for m in PARAGRAPH.finditer(html)) if text in starter]


@functools.cache
def _openings(starter: frozenset[str]) -> tuple[str, ...]:
    """The first words of each starter paragraph, as they also stand in its HTML."""
    return tuple(re.split(r"""[`"'<&]""", text, maxsplit=1)[0][:20] for text in starter)


def paragraph_line(source: str, paragraph: str) -> int | None:
    """The 1-based line of `source` (Markdown) where `paragraph` (plain text) starts."""
    start = paragraph[:25]
    for number, line in enumerate(source.splitlines(), start=1):
        if start and start in plain(line):
            return number
    return None
