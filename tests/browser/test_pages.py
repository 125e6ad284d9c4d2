"""Every page type, at phone and desktop width, in light and dark, as a browser sees it."""

from __future__ import annotations

import pytest

from conftest import SCHEMES, SCREENSHOTS, WIDTHS, dumps, horizontal_overflow, run_axe

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home": "",
    "article": "briefing-creative-freelancers/",  # video, code, quote
    "article-with-quotes": "pricing-freelance-writing/",
    "page": "about/",  # with a [WORLDMAP]
    "portfolio": "portfolio/",
    "project": "portfolio/website-and-guest-letters-for-anguilla-villas/",
    "hire": "hire-me/",
    "category": "category/outsourcing-articles/",
    "tag": "tag/outsourcing/",
    "archives": "archives/",
    "categories": "categories/",
    "tags": "tags/",
    "search": "search/",
    "article-with-images": "working-across-time-zones/",
}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_is_clean_accessible_and_fits(open_page, kind, width, scheme):
    visit = open_page(PAGE_TYPES[kind], width=width, scheme=scheme)
    assert visit.problems() == {}
    assert horizontal_overflow(visit.page) <= 0
    violations = run_axe(visit.page)
    assert violations == [], dumps(violations)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_404_page_works_at_any_depth(open_page, width, scheme):
    visit = open_page("no/such/page/here/", width=width, scheme=scheme, expect_status=404)
    assert visit.problems() == {}
    page = visit.page
    assert page.locator("h1").inner_text() == "Page not found"
    # Its stylesheet loaded although the page is served three folders deep.
    assert page.evaluate("document.styleSheets[0].cssRules.length") > 10
    assert horizontal_overflow(page) <= 0
    assert run_axe(page) == []
    page.get_by_role("link", name="All articles, by date").click()
    assert page.url.endswith("/archives/")


def test_dark_scheme_really_changes_colours(open_page):
    light = open_page("", scheme="light").page
    dark = open_page("", scheme="dark").page
    background = "getComputedStyle(document.body).backgroundColor"
    assert light.evaluate(background) != dark.evaluate(background)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["home", "article", "portfolio"])
def test_screenshots_for_people(open_page, name, width):
    """Not a check: pictures in screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for scheme in SCHEMES:
        page = open_page(PAGE_TYPES[name], width=width, scheme=scheme).page
        path = SCREENSHOTS / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5000
