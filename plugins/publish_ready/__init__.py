"""Nothing half-done goes live: strict errors for published content, and for
scheduled articles (they go live without another look), that

- links with `{filename}` to a draft (the link would be dead once published:
  drafts are never published), or to a scheduled article that goes live
  after it does (production builds: see the scheduled plugin), or
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
from freelancekit.site_contents import DRAFTS, PUBLISHED, SCHEDULED, items

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


def check_text(item) -> None:
    """Report starter text or `invoke new-post`'s placeholders still in `item`."""
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


def check_links(item, drafts: dict, scheduled: dict) -> None:
    """Report `item`'s links to drafts, and to articles that go live after it does."""
    # A scheduled item goes live on its date, anything else is live now.
    live_from = item.date if getattr(item, "scheduled", False) else None
    for written, target in linked_sources(raw_html(item), item.relative_source_path):
        extra = {"problem_file": item.source_path, "problem_needle": written}
        later = scheduled.get(target)
        if target in drafts:
            logger.warning(
                "links to %s, which is a draft (Status: draft) and is never published: "
                "publish it first, or remove the link",
                target,
                extra=extra,
            )
        elif later is not None and live_from is None:
            logger.warning(
                "links to %s, which is scheduled for %s and not on the site before then: "
                "remove the link until that day",
                target,
                later.locale_date,
                extra=extra,
            )
        elif later is not None and later.date > live_from:
            logger.warning(
                "links to %s, which is scheduled for %s, after this article goes live "
                "(%s): give this article a later date, or remove the link",
                target,
                later.locale_date,
                item.locale_date,
                extra=extra,
            )


def check_published(generators) -> None:
    """Report each item that is or will be published and is not ready for it."""
    generators = list(generators)
    drafts = {d.relative_source_path: d for d in items(generators, DRAFTS)}
    scheduled = {s.relative_source_path: s for s in items(generators, SCHEDULED)}
    for item in items(generators, PUBLISHED) + list(scheduled.values()):
        check_text(item)
        check_links(item, drafts, scheduled)


def register() -> None:
    signals.all_generators_finalized.connect(check_published)
