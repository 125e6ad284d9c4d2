"""Write the Markdown skeleton of a new article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify


class BadTitle(ValueError):
    """The title cannot become a one-line metadata value."""


def post_slug(title: str) -> str:
    """Return the URL slug Pelican would make of `title`."""
    return slugify(title, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


# What `invoke new-post` writes for the writer to replace: a published article that
# still holds any of it fails the build (plugins/publish_ready).
PLACEHOLDER_SUMMARY = "One or two sentences that make a reader want to click."
PLACEHOLDER_PARAGRAPHS = (
    "A short introduction: who this is for and what they will be able to do.",
    "Say what to do, then why it works.",
)
PLACEHOLDER_HEADING = "1. The first tip"


def post_text(title: str, when: datetime, category: str) -> str:
    """Return the new article: metadata header, then a tip skeleton to fill in."""
    title = title.strip()
    if not title or "\n" in title or "\r" in title:
        raise BadTitle("a title is one non-empty line of text")
    slug = post_slug(title)
    if not slug:
        raise BadTitle(f"{title!r} has no letters or digits to make a URL from")
    return (
        f"Title: {title}\n"
        f"Date: {when:%Y-%m-%d %H:%M}\n"
        f"Category: {category}\n"
        "Tags: \n"
        f"Slug: {slug}\n"
        f"Summary: {PLACEHOLDER_SUMMARY}\n"
        "Status: draft\n"
        "\n"
        f"{PLACEHOLDER_PARAGRAPHS[0]}\n"
        "\n"
        f"## {PLACEHOLDER_HEADING}\n"
        "\n"
        f"{PLACEHOLDER_PARAGRAPHS[1]}\n"
    )


def post_path(folder: Path, title: str, when: datetime) -> Path:
    """Return where the article goes: the folder, dated, then the slug."""
    return folder / f"{when:%Y-%m-%d}-{post_slug(title)}.md"
