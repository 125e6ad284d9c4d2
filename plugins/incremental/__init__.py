"""Incremental writes for the dev server: only the pages an edit changes are rendered.

Setting: PREVIOUS_OUTPUT_PATH, the published output folder of the previous
build in this process (the dev server's builds set it, see strict_build.DevSite;
`invoke build` does not, and renders every page). A page whose template
inputs are unchanged is left as it is in that folder. See writer.py and
fingerprint.py.
"""

from __future__ import annotations

from pelican import signals

from .fingerprint import Digester, TemplateReads, page_fingerprint
from .writer import MEMORIES, IncrementalWriter

__all__ = ["MEMORIES", "Digester", "TemplateReads", "page_fingerprint", "register"]


def choose_writer(pelican):
    """Pelican's get_writer signal: ours when there is a previous build to reuse."""
    if pelican.settings.get("PREVIOUS_OUTPUT_PATH"):
        return IncrementalWriter
    return None


def register() -> None:
    signals.get_writer.connect(choose_writer)
