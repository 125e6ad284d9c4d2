"""Every page type, at phone and desktop width, in light and dark, as a browser sees it."""

from __future__ import annotations

import pytest

from conftest import SCHEME, SCREENSHOTS, dumps, every_way, trips

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
    "blog": "blog/",
    "services": "services/",
    "testimonials": "testimonials/",
    "portfolio-service": "portfolio/service/editing/",
    "portfolio-continent": "portfolio/continent/asia/",
    "portfolio-country": "portfolio/country/in/",
    "follow": "follow/",  # the newsletter form and the feeds
}


# Pages whose screenshots (screenshots/<name>-<width>-<scheme>.png) a person looks at.
SCREENSHOTS_OF = {"home", "article", "portfolio", "services", "hire"}


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_is_clean_accessible_and_fits(open_page, kind):
    """At 360 and 1280 px, light and dark: nothing loaded from elsewhere, no
    console error, no sideways scroll, no axe violation."""
    visit = open_page(PAGE_TYPES[kind], width=360)

    def check(page):
        if kind in SCREENSHOTS_OF:
            SCREENSHOTS.mkdir(exist_ok=True)
            way = f"{page.viewport_size['width']}-{page.evaluate(SCHEME)}"
            page.screenshot(path=str(SCREENSHOTS / f"{kind}-{way}.png"), full_page=True)
        return trips(page)

    found = every_way(visit.page, check)
    assert found == {}, dumps(found)
    assert visit.problems() == {}


def test_404_page_works_at_any_depth(open_page):
    visit = open_page("no/such/page/here/", width=360, expect_status=404)
    page = visit.page
    assert page.locator("h1").inner_text() == "Page not found"
    # Its stylesheet loaded although the page is served three folders deep.
    assert page.evaluate("document.styleSheets[0].cssRules.length") > 10

    assert every_way(page, trips) == {}
    assert visit.problems() == {}
    page.get_by_role("link", name="All articles, by date").click()
    assert page.url.endswith("/archives/")


def test_dark_scheme_really_changes_colours(open_page):
    light = open_page("", scheme="light").page
    dark = open_page("", scheme="dark").page
    background = "getComputedStyle(document.body).backgroundColor"
    assert light.evaluate(background) != dark.evaluate(background)
