"""Build the Pagefind index of a finished site (no Pelican import)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

BUNDLE = "pagefind"
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site."""


def _pagefind(site: Path, into: Path) -> list[str]:
    """The Pagefind command (the binary from the pagefind[bin] package) indexing `site`."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-path",
        str(into),
        "--quiet",
    ]


def _finish(result: subprocess.CompletedProcess, bundle: Path) -> Path:
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()
        raise SearchIndexError(f"Pagefind failed: {detail[-1] if detail else 'no output'}")
    for unused in UNUSED:  # Pagefind's ready-made UIs: our search page has its own
        for path in bundle.glob(unused):
            path.unlink()
    return bundle


def index_site(site: Path, bundle: str = BUNDLE) -> Path:
    """Run Pagefind over `site`; the bundle goes to site/<bundle>/."""
    command = _pagefind(site, site / bundle)
    return _finish(
        subprocess.run(command, capture_output=True, text=True, check=False), site / bundle
    )


class Refresh:
    """Re-index a published site in the background, then swap the new bundle in.

    The dev server's pages are live before this starts: search catches up a
    moment later instead of every save waiting for Pagefind.
    """

    def __init__(self, site: Path, bundle: str = BUNDLE):
        self.site, self.bundle = site, site / bundle
        self.error: SearchIndexError | None = None
        self._next = site / f"{bundle}.next"
        shutil.rmtree(self._next, ignore_errors=True)
        self._process = subprocess.Popen(
            _pagefind(site, self._next), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self._thread = threading.Thread(target=self._swap_when_done, daemon=True)
        self._thread.start()

    def _swap_when_done(self) -> None:
        out, err = self._process.communicate()
        if self._process.returncode < 0:  # stopped: a newer build will refresh
            shutil.rmtree(self._next, ignore_errors=True)
            return
        try:
            _finish(subprocess.CompletedProcess([], self._process.returncode, out, err), self._next)
        except SearchIndexError as error:
            self.error = error
            print(f"warning: search index not refreshed: {error}", file=sys.stderr)
            shutil.rmtree(self._next, ignore_errors=True)
            return
        old = self.site / f"{self.bundle.name}.old"
        shutil.rmtree(old, ignore_errors=True)
        if self.bundle.exists():
            self.bundle.rename(old)
        self._next.rename(self.bundle)
        shutil.rmtree(old, ignore_errors=True)

    def wait(self) -> SearchIndexError | None:
        """Block until the new bundle is in place (or failed); return the failure, if any."""
        self._thread.join()
        return self.error

    def stop(self) -> None:
        """Abandon this refresh (the site is about to be replaced)."""
        if self._process.poll() is None:
            self._process.kill()
        self._thread.join()


def index_size(bundle: Path) -> int:
    """Bytes of the whole search bundle (index, fragments, scripts, WebAssembly)."""
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
