"""What must not go live half-done: links to drafts, and `invoke init`'s starter text."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote

# Pelican's intra-site link syntax ({filename}path, also written |filename|path),
# as it stands in an href or src before Pelican resolves it.
INTRASITE = re.compile(r"""(?:href|src)\s*=\s*(["'])(?:\{filename\}|\|filename\|)([^"'#?]+)""")
# The sentence every starter page of `invoke init` carries until the writer
# rewrites it, as Markdown renders it.
STARTER_MARK = "This is a starter page that <code>invoke init</code> wrote for you"


def linked_sources(html: str, source: str) -> list[tuple[str, str]]:
    """[(what the writer wrote, the content path it names)] for every {filename} link.

    `source` is the linking file's path relative to the content folder; paths are
    resolved as Pelican resolves them (relative to that file, or to the content
    folder when they start with '/').
    """
    found = []
    for match in INTRASITE.finditer(html):
        written = match.group(2)
        path = unquote(written)
        if path.startswith("/"):
            target = path[1:]
        else:
            target = posixpath.join(posixpath.dirname(source), path)
        found.append((written, posixpath.normpath(target)))
    return found


def is_starter(html: str) -> bool:
    """True while a page still holds `invoke init`'s starter text."""
    return STARTER_MARK in html
