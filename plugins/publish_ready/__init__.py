"""Nothing half-done goes live: strict errors for published content that

- links with `{filename}` to a draft (the link would be dead once published:
  drafts are never published), or
- still holds a paragraph of the starter text of `invoke init` (its
  `Status: draft` line was deleted before every paragraph was rewritten), or
- still holds the summary or a paragraph `invoke new-post` wrote to be replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from freelancekit.authoring.new_post import PLACEHOLDER_SUMMARY
from freelancekit.pelican_internals import raw_html
from freelancekit.site_contents import DRAFTS, PUBLISHED, items

from .checks import (
    linked_sources,
    paragraph_line,
    placeholder_paragraphs,
    plain,
    starter_leftovers,
    starter_paragraphs,
)

__all__ = ["linked_sources", "register", "starter_leftovers", "starter_paragraphs"]

logger = logging.getLogger(__name__)


def _line(item, paragraph: str) -> int | None:
    try:
        source = Path(item.source_path).read_text(encoding="utf-8")
    except OSError:
        return None
    return paragraph_line(source, paragraph)


def check_published(generators) -> None:
    """Report each published item that links to a draft or is still starter text."""
    generators = list(generators)
    published, drafts = items(generators, PUBLISHED), items(generators, DRAFTS)
    draft_paths = {draft.relative_source_path: draft for draft in drafts}
    for item in published:
        html = raw_html(item)
        if left := starter_leftovers(html, starter_paragraphs()):
            logger.warning(
                "still holds starter text that `invoke init` wrote (%r): rewrite it in your "
                "own words, or put back the `Status: draft` line",
                left[0][:60] + ("…" if len(left[0]) > 60 else ""),
                extra={"problem_file": item.source_path, "problem_line": _line(item, left[0])},
            )
        summary = (getattr(item, "metadata", {}) or {}).get("summary")
        if summary is not None and plain(str(summary)) == plain(PLACEHOLDER_SUMMARY):
            logger.warning(
                "still has the Summary: that `invoke new-post` wrote: write your own "
                "(one or two sentences), or delete the line",
                extra={"problem_file": item.source_path, "problem_needle": "Summary:"},
            )
        if left := starter_leftovers(html, placeholder_paragraphs()):
            logger.warning(
                "still holds the text that `invoke new-post` wrote (%r): write your own",
                left[0],
                extra={"problem_file": item.source_path, "problem_line": _line(item, left[0])},
            )
        for written, target in linked_sources(html, item.relative_source_path):
            if target in draft_paths:
                logger.warning(
                    "links to %s, which is a draft (Status: draft) and is never published: "
                    "publish it first, or remove the link",
                    target,
                    extra={"problem_file": item.source_path, "problem_needle": written},
                )


def register() -> None:
    signals.all_generators_finalized.connect(check_published)
