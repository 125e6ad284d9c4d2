"""Site search with Pagefind: indexed at the end of every build, nothing loaded until used.

Only elements marked `data-pagefind-body` (article, page and project bodies)
are indexed, so listings (index, tags, categories) never show up in results.
The /search/ page loads Pagefind's script when the reader focuses the box.
Setting: SEARCH_INDEX (True); the bundle goes to output/pagefind/.
SEARCH_INDEX_LATER (the dev server's rebuilds, see strict_build.DevSite):
index nothing now, and say so in the build report ("search_pending") so that
the caller refreshes the index with `Refresh` once the new pages are live.
"""

import logging
import time
from pathlib import Path

from pelican import signals

from freelancekit.search_index import (
    Refresh,
    SearchIndexError,
    index_site,
    index_size,
)

__all__ = [
    "Refresh",
    "SearchIndexError",
    "index_site",
    "index_size",
    "register",
]

logger = logging.getLogger(__name__)


def build_index(pelican) -> None:
    """Index the written site, once, after every page is written."""
    settings = pelican.settings
    if not settings.get("SEARCH_INDEX", True):
        return
    if settings.get("SEARCH_INDEX_LATER"):
        settings.get("BUILD_REPORT", {})["search_pending"] = True
        return
    started = time.perf_counter()
    try:
        index_site(Path(pelican.settings["OUTPUT_PATH"]))
    except SearchIndexError as error:
        logger.error("%s", error)
    # What indexing took, for `invoke bench` (it is a part of the build's time).
    settings.get("BUILD_REPORT", {})["search_index_seconds"] = time.perf_counter() - started


def register() -> None:
    signals.finalized.connect(build_index)
