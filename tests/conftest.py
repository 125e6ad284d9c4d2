"""Fixtures for every suite; the helpers themselves live in site_kit.py.

Tiers (README, Tests): `browser` (Debian's Chromium and the HTML validator) and
`slow` (tasks run as subprocesses, git publishing, real exports end to end) are
markers; everything else is the fast tier. Under pytest-xdist, tests that share
a module-scoped build run on one worker, so it is built once; the fixture site
is built once for all workers (site_kit.shared_build); the browser suite's
served sites once per worker (their address names the worker's own port).
"""

import os
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

from site_kit import _set_worker_folder, fixture_site, project

__all__ = ["_set_worker_folder", "fixture_site", "project"]

pytest_plugins = ["writers_files_guard", "pytester"]

TESTS = Path(__file__).resolve().parent
# Hypothesis keeps its files (the examples that failed among them) in the user's cache,
# not in the source tree.
_HYPOTHESIS = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "freelancekit"
set_hypothesis_home_dir(_HYPOTHESIS / "hypothesis")
settings.register_profile(
    "kit", database=DirectoryBasedExampleDatabase(_HYPOTHESIS / "hypothesis/examples")
)
settings.load_profile("kit")


def xdist_group(item: pytest.Item) -> str | None:
    """The worker group of a test: its module when it shares a module-scoped
    fixture; None when it can run anywhere."""
    definitions = getattr(item, "_fixtureinfo", None)
    for name in item.fixturenames:
        defs = definitions.name2fixturedefs.get(name, ()) if definitions else ()
        if any(d.scope == "module" for d in defs):
            return item.module.__name__
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(item.path).is_relative_to(TESTS / "browser"):
            item.add_marker(pytest.mark.browser)
        if "project" in item.fixturenames:  # tasks run in a copy of the kit, as subprocesses
            item.add_marker(pytest.mark.slow)
        if group := xdist_group(item):
            item.add_marker(pytest.mark.xdist_group(group))
