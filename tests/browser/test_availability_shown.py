"""AVAILABILITY on the home and hire pages, as readers see it: every width and scheme."""

from __future__ import annotations

from datetime import datetime

import pytest

from conftest import dumps, every_way, served_site, trips

pytestmark = pytest.mark.browser


def test_availability_is_clean_and_seen_first(open_page, tmp_path):
    when = {"from": "2027-01-11", "note": "Two slots in January for long-form projects"}
    build = datetime(2026, 12, 2, 9, 0)
    with served_site(tmp_path, AVAILABILITY=when, BUILD_TIME=build) as site:
        for path in ("", "hire-me/"):
            visit = open_page(site.at(path), width=360)
            found = every_way(visit.page, trips)
            assert found == {}, dumps(found)
            box = visit.page.locator("[data-availability]").bounding_box()
            assert box and box["y"] + box["height"] <= 900, path  # in the first screen
            assert visit.problems() == {}
