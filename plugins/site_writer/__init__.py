"""Our writer: a big site's pages rendered on every CPU; a dev server's rebuild
renders only the pages an edit changes.

Settings: BUILD_WORKERS (None: one process per CPU; 1: render in the build
process only) and PREVIOUS_OUTPUT_PATH, the published output folder of the
previous build in this process (the dev server's builds set it, see
strict_build.DevSite; `invoke build` does not). See writer.py and
fingerprint.py.
"""

from __future__ import annotations

from pelican import signals

from .fingerprint import Digester, TemplateReads, page_fingerprint
from .writer import ACTIVE, MEMORIES, SiteWriter

__all__ = ["MEMORIES", "Digester", "SiteWriter", "TemplateReads", "page_fingerprint", "register"]


def choose_writer(pelican):
    """Pelican's get_writer signal."""
    return SiteWriter


def finish_pages(pelican) -> None:
    """Render the pages put off until every generator had its say (before search indexes)."""
    while ACTIVE:
        ACTIVE.pop().finish()


def register() -> None:
    signals.get_writer.connect(choose_writer)
    signals.finalized.connect(finish_pages)
