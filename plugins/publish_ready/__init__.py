"""Nothing half-done goes live: strict errors for published content that

- links with `{filename}` to a draft (the link would be dead once published:
  drafts are never published), or
- still holds the starter text of `invoke init` (its `Status: draft` line was
  deleted before the page was written).
"""

from __future__ import annotations

import logging

from pelican import signals

from .checks import STARTER_MARK, is_starter, linked_sources

__all__ = ["STARTER_MARK", "is_starter", "linked_sources", "register"]

logger = logging.getLogger(__name__)


def _split(generators) -> tuple[list, list]:
    """(published content, drafts) over the article and page generators."""
    published, drafts = [], []
    for generator in generators:
        for name in ["articles", "translations", "pages", "hidden_pages", "hidden_translations"]:
            published += getattr(generator, name, [])
        for name in ["drafts", "drafts_translations", "draft_pages", "draft_translations"]:
            drafts += getattr(generator, name, [])
    return published, drafts


def check_published(generators) -> None:
    """Report each published item that links to a draft or is still starter text."""
    published, drafts = _split(generators)
    draft_paths = {draft.relative_source_path: draft for draft in drafts}
    for item in published:
        html = item._content or ""
        if is_starter(html):
            logger.warning(
                "still the starter text `invoke init` wrote: write your own, "
                "or put back the `Status: draft` line",
                extra={"problem_file": item.source_path, "problem_needle": "Title:"},
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
