"""Build the Pagefind index of a finished site (no Pelican import)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site."""


def index_site(site: Path, bundle: str = BUNDLE) -> Path:
    """Run Pagefind (the binary from the pagefind[bin] package) over `site`."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-subdir",
            bundle,
            "--quiet",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise SearchIndexError(f"Pagefind failed: {detail[-1] if detail else 'no output'}")
    for unused in UNUSED:  # Pagefind's ready-made UIs: our search page has its own
        for path in (site / bundle).glob(unused):
            path.unlink()
    return site / bundle


def index_size(bundle: Path) -> int:
    """Bytes of the whole search bundle (index, fragments, scripts, WebAssembly)."""
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
