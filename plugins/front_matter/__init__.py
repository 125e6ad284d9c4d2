"""YAML front matter, as Jekyll, Hugo, Eleventy, Astro and Obsidian write it.

A Markdown file whose first line is `---` has its metadata in YAML up to the
next `---` (or `...`) line. PyYAML reads it, every value as the text the
writer typed, and each key becomes the field of a Pelican header it stands
for (`lastmod:` is `Modified:`, `categories: [a, b]` is category a and tag
b, `draft: true` is `Status: draft`; see fields.ALIASES), read by Pelican's
own metadata processors: a page is the same whichever way it was written,
and a bad date fails the same way. A mistake in the block fails the build
naming the file and line. A `permalink:` (or Hugo's `url:`) gives the page
its slug; one the kit cannot publish the page at is an error at the end.
"""

from __future__ import annotations

import logging

from pelican import signals

from freelancekit.site_contents import PUBLISHED, items

from .fields import header_fields, permalink_slug, same_address
from .parse import Block, Entry, FrontMatterError, entries, split
from .reader import MarkdownReader, use_front_matter_reader

__all__ = [
    "Block",
    "Entry",
    "FrontMatterError",
    "MarkdownReader",
    "entries",
    "header_fields",
    "permalink_slug",
    "register",
    "same_address",
    "split",
]

logger = logging.getLogger(__name__)


def check_permalinks(generators) -> None:
    """Report each published page whose front matter asks for another address."""
    for item in items(generators, PUBLISHED):
        permalink = item.metadata.get("permalink")
        if permalink is None or same_address(permalink, item.url):
            continue
        where = {"problem_file": item.source_path, "problem_needle": permalink}
        if permalink.strip() == "false":
            logger.warning(
                "permalink: false (Eleventy's 'do not publish') would still publish it "
                "here: write status: draft instead",
                extra=where,
            )
            continue
        redirects = item.settings.get("REDIRECTS_FILE", "redirects.json")
        logger.warning(
            "permalink %r is not where this page is published (/%s): set slug: to keep "
            "the old address, or delete the permalink line and send the old address on "
            'with "%s": "%s" under "paths" in content/%s',
            permalink,
            item.url,
            permalink.strip().lstrip("/"),
            item.relative_source_path,
            redirects,
            extra=where,
        )


def register() -> None:
    signals.readers_init.connect(use_front_matter_reader)
    signals.all_generators_finalized.connect(check_permalinks)
