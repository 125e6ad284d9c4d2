"""A series' box and page, and pinned posts, as readers use them: keyboard, 320 px,
light and dark, with and without JavaScript (neither needs any)."""

from __future__ import annotations

import pytest

from browser_helpers import overflowing, tab_until
from conftest import every_way, run_axe

pytestmark = pytest.mark.browser

PART_ONE = "briefing-creative-freelancers/"
PART_TWO = "editing-outsourced-drafts/"
SERIES = "A client's guide to outsourcing"
SERIES_PAGE = "series/a-clients-guide-to-outsourcing/"
PINNED = "Six ways to price writing work without underselling yourself"


def problems(page) -> dict:
    found = {"overflow": overflowing(page), "axe": run_axe(page)}
    return {what: value for what, value in found.items() if value}


@pytest.mark.parametrize("path", [PART_TWO, SERIES_PAGE])
def test_series_box_and_page_fit_320px_and_pass_axe_light_and_dark(open_page, path):
    visit = open_page(path, width=320)
    assert every_way(visit.page, problems, widths=(320, 1280)) == {}
    assert visit.problems() == {}


@pytest.mark.parametrize("js", [True, False])
def test_the_series_box_is_walked_by_keyboard_to_the_series_page(open_page, site, js):
    page = open_page(PART_TWO, js=js).page
    box = page.locator(f'nav[data-series="{SERIES}"]')
    assert box.locator("p").first.inner_text() == f"Part 2 of 2 in {SERIES}"
    assert box.get_attribute("aria-labelledby") == "series-title"
    # The current part is marked and not a link: Tab goes from part 1 to "Previous part".
    current = box.locator('[aria-current="page"]')
    assert current.count() == 1 and current.locator("a").count() == 0
    assert tab_until(page, "nav[data-series] p a")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li')?.textContent.startsWith('Five')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.startsWith('Previous part')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site.at(SERIES_PAGE)
    assert page.locator("main h1").inner_text() == SERIES


def test_the_next_part_link_goes_to_part_two(open_page, site):
    page = open_page(PART_ONE).page
    page.locator("nav[data-series] .post-nav__next").click()
    assert page.url == site.at(PART_TWO)


@pytest.mark.parametrize(
    ("path", "posts"), [("", "#latest-title ~ .card-list .card"), ("blog/", "main .card")]
)
def test_the_pinned_post_comes_first_with_a_visible_pinned_mark(open_page, path, posts):
    page = open_page(path, width=320).page
    first = page.locator(posts).first
    assert first.locator(".card__title").inner_text() == PINNED
    mark = first.locator(".card__pin")
    assert mark.is_visible() and mark.inner_text().lower() == "pinned"
    # Read out before the title, as text (not a picture or a colour alone).
    assert "Pinned" in first.evaluate("(card) => card.textContent")
    assert page.locator(".card__pin").count() == 1
    assert every_way(page, problems, widths=(320,)) == {}
