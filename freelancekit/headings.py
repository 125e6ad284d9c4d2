"""Headings as writers type them: "#" then a space, as in CommonMark.

Python-Markdown reads a line that starts with "#" as a heading whether or not a
space follows, so "#1 mistake freelancers make" at the start of a paragraph, a
hashtag such as "#remotework" on a line of its own, or WordPress text that began
with "#" (the Theme Unit Test's "#dowork") became a page-sized <h1>. CommonMark,
GitHub, Hugo and the editors writers preview in need the space (or nothing after
the hashes: an empty heading). This extension adds that rule and nothing else:
"# Title", "## Tip ##" and "###" read as before. Seven hashes stay text, as in
CommonMark.

tests/freelancekit/test_headings.py checks that documents without "#" straight
before a letter render byte for byte as they do without the extension.

In `MARKDOWN["extension_configs"]`: `"freelancekit.headings": {}`.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.blockprocessors import HashHeaderProcessor

__all__ = ["HeadingsExtension", "SpacedHashHeaderProcessor", "makeExtension"]


class SpacedHashHeaderProcessor(HashHeaderProcessor):
    """Python-Markdown's "#" headings, which need a space or the line's end after the hashes."""

    RE = re.compile(
        r"(?:^|\n)(?P<level>#{1,6})(?=[ \t]|\n|$)"
        r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
    )


class HeadingsExtension(Extension):
    """A "#" heading needs a space after its hashes."""

    def extendMarkdown(self, md) -> None:
        # In place of Python-Markdown's own, at its priority.
        md.parser.blockprocessors.register(SpacedHashHeaderProcessor(md.parser), "hashheader", 70)


def makeExtension(**kwargs) -> HeadingsExtension:
    return HeadingsExtension(**kwargs)
