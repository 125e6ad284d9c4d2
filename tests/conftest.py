"""Fixtures for every suite; the helpers themselves live in site_kit.py."""

import os

from inner_run import INNER_RUN_KEY, start_inner_run
from site_kit import INNER_RUN, fixture_site, project

__all__ = ["fixture_site", "project"]


def pytest_collection_modifyitems(config, items):
    """Start test_make_it_yours's copy early, so it runs beside the rest of the suite.

    Inside that copy's own run of the test command, leave the test out (it
    would start the whole suite again, without end); pytest counts it as
    deselected in its summary line.
    """
    outer = [item for item in items if item.get_closest_marker("whole_suite")]
    if not outer:
        return
    if os.environ.get(INNER_RUN):
        config.hook.pytest_deselected(items=outer)
        items[:] = [item for item in items if item not in outer]
        return
    items[:] = [item for item in items if item not in outer] + outer  # waited for last
    config.stash[INNER_RUN_KEY] = start_inner_run()


def pytest_unconfigure(config):
    if run := config.stash.get(INNER_RUN_KEY, None):
        run.stop()
