"""The dev server's builds: one warm process, only changed pages rendered, search after.

`DevSite.rebuild()` is what livereload and regenerate run on every save. It
builds leniently (problems are warnings) with Pelican's content cache, tells
the plugins where the previous build was published (PREVIOUS_OUTPUT_PATH: the
incremental writer links the unchanged pages from there), and leaves the
search index to a background refresh, so the browser reloads as soon as the
pages are written. tests/test_rebuild_exact.py checks the result, search
index included, is byte for byte a clean build's.
"""

from __future__ import annotations

from pathlib import Path

from freelancekit.search_index import Refresh

from .problems import Problem
from .runner import build


class DevSite:
    """Repeated lenient builds of one site into one output folder."""

    def __init__(self, settings_file: Path, output: Path, overrides: dict | None = None):
        self.settings_file, self.output = Path(settings_file), Path(output).resolve()
        self.overrides = dict(overrides or {})
        self.refresh: Refresh | None = None

    def rebuild(self) -> list[Problem]:
        """Build; return the problems (raises BuildFailed, output kept, if Pelican stopped)."""
        if self.refresh is not None:
            self.refresh.stop()  # it was indexing the site this build replaces
            self.refresh = None
        overrides = {
            **self.overrides,
            "PREVIOUS_OUTPUT_PATH": str(self.output),
            "SEARCH_INDEX_LATER": True,
        }
        report: dict = {}
        problems = build(
            self.settings_file, self.output, overrides=overrides, strict=False, report=report
        )
        if report.get("search_pending"):
            self.refresh = Refresh(self.output)
        return problems

    def wait_for_search(self) -> None:
        """Block until the search index matches the pages (tests, benchmarks)."""
        if self.refresh is not None:
            self.refresh.wait()
