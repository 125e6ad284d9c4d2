"""The world map as a reader uses it: hover, keyboard focus, links to the work."""

from __future__ import annotations

import pytest

from browser_helpers import tab_until

pytestmark = pytest.mark.browser

PORTFOLIO = "portfolio/"


def visible_tip_text(page) -> str:
    """The text of whichever tooltip is showing (in place or in the overlay)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.world-map__tip')]
              .filter(t => getComputedStyle(t).visibility === 'visible'
                           && t.getBoundingClientRect().width > 0)
              .map(t => t.textContent).join('|')"""
    )


@pytest.mark.parametrize("js", [True, False])
def test_tooltip_on_hover_names_country_and_note(open_page, js):
    page = open_page(PORTFOLIO, js=js).page
    assert visible_tip_text(page) == ""
    page.locator('svg.world-map [data-country="IN"] path').first.hover()
    assert visible_tip_text(page) == "India4 clients2 portfolio projects2 testimonials"
    page.locator('svg.world-map [data-country="SG"] circle.world-map__marker').hover()
    assert visible_tip_text(page) == "Singapore2 clients1 portfolio project1 testimonial"


def test_tooltip_on_keyboard_focus_and_link_to_the_work(open_page, site):
    visit = open_page(PORTFOLIO)
    page = visit.page
    assert tab_until(page, '[data-country="AI"]')
    assert visible_tip_text(page) == "Anguilla1 portfolio project1 testimonial"
    page.keyboard.press("Enter")
    page.wait_for_url("**/portfolio/website-and-guest-letters-for-anguilla-villas/")
    assert page.locator("h1").inner_text().startswith("A new website")
    assert visit.problems() == {}


def test_country_with_several_projects_leads_to_its_page(open_page):
    visit = open_page(PORTFOLIO)
    page = visit.page
    page.locator('svg.world-map [data-country="IN"] path').click()
    page.wait_for_url("**/portfolio/country/in/")
    assert page.locator("h1").inner_text() == "Clients in India"
    assert page.locator(".project-card").count() == 2
    assert page.locator(".testimonial").count() == 2  # the map as a proof browser
    assert visit.problems() == {}


def test_country_without_projects_is_focusable_with_a_tooltip_but_no_link(open_page):
    page = open_page(PORTFOLIO).page
    assert tab_until(page, '[data-country="CN"]')
    assert visible_tip_text(page) == "China"
    assert page.evaluate("document.activeElement.getAttribute('role')") == "img"


def test_map_fits_a_320px_screen_and_the_list_is_readable(open_page):
    page = open_page(PORTFOLIO, width=320).page
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    box = page.locator("svg.world-map").bounding_box()
    assert 280 <= box["width"] <= 320 and box["height"] > 100
    assert page.locator(".world-map__list li").count() == 13
