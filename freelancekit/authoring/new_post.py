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
        "Summary: One or two sentences that make a reader want to click.\n"
        "Status: draft\n"
        "\n"
        "A short introduction: who this is for and what they will be able to do.\n"
        "\n"
        "## 1. The first tip\n"
        "\n"
        "Say what to do, then why it works.\n"
    )


def post_path(folder: Path, title: str, when: datetime) -> Path:
    """Return where the article goes: the folder, dated, then the slug."""
    return folder / f"{when:%Y-%m-%d}-{post_slug(title)}.md"
