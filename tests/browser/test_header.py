"""The header and the home page's first screen: a long name, many pages, a phone."""

from __future__ import annotations

import shutil

import pytest

from conftest import (
    SCHEMES,
    SCREENSHOTS,
    WIDTHS,
    dumps,
    every_way,
    horizontal_overflow,
    run_axe,
    served_site,
)
from site_kit import FIXTURE

pytestmark = pytest.mark.browser

LONG_NAME = "Dr. Anneliese Featherstonehaugh-Montgomery"
PHONE = {"width": 360, "height": 640}

# Where each part of the header is: the name, every menu item, the call to action.
LAYOUT = """() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const cta = document.querySelector('.site-header .nav-cta');
  return {
    header: box(document.querySelector('.site-header')),
    name: box(document.querySelector('.site-title')),
    items: [...document.querySelectorAll('.site-nav li')].map(box),
    cta: cta && box(cta),
    ctaOnTop: cta && document.elementFromPoint(
      (box(cta).left + box(cta).right) / 2, (box(cta).top + box(cta).bottom) / 2
    ) === cta,
  };
}"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """The fixture site with a long name and 25 pages (21 more than its own)."""
    folder = tmp_path_factory.mktemp("crowded-site")
    content = shutil.copytree(FIXTURE / "content", folder / "content")
    for n in range(21):
        page = f"Title: A page with a longer title, number {n}\nSlug: more-{n:02}\n\nWords.\n"
        (content / f"pages/more-{n:02}.md").write_text(page, encoding="utf-8")
    with served_site(folder, PATH=str(content), SITENAME=LONG_NAME, AUTHOR=LONG_NAME) as site:
        yield site


def rows(layout: dict) -> int:
    """How many rows the name, the menu items and the button sit in: a box that starts
    below every box of the row above starts a row (a name on two lines is one row)."""
    boxes = [layout["name"], *layout["items"], *([layout["cta"]] if layout["cta"] else [])]
    count, bottom = 0, float("-inf")
    for box in sorted(boxes, key=lambda b: b["top"]):
        if box["top"] >= bottom - 1:
            count, bottom = count + 1, box["bottom"]
        else:
            bottom = max(bottom, box["bottom"])
    return count


def test_one_row_at_1280_with_a_long_name_and_25_pages(open_page, crowded):
    page = open_page(crowded.at(""), width=1280).page
    layout = page.evaluate(LAYOUT)
    assert rows(layout) == 1, dumps(layout)
    assert len(layout["items"]) == 4  # the default menu, not every page
    assert layout["header"]["bottom"] <= 80
    assert layout["cta"]["right"] <= 1280 and layout["ctaOnTop"]


@pytest.mark.parametrize("width", [360, 320])
def test_on_a_phone_two_rows_and_hire_me_in_the_first_screen(open_page, crowded, width):
    visit = open_page(crowded.at(""), width=width)
    page = visit.page
    page.set_viewport_size({**PHONE, "width": width})
    layout = page.evaluate(LAYOUT)
    assert rows(layout) == 2, dumps(layout)
    tops = {round(item["top"]) for item in layout["items"]}
    assert len(tops) == 1, dumps(layout)  # the menu is one row, never a lone item below
    assert min(tops) >= layout["name"]["bottom"] - 1
    cta = layout["cta"]
    assert cta["bottom"] <= PHONE["height"] and cta["left"] >= 0 and cta["right"] <= width
    assert cta["top"] < layout["name"]["bottom"]  # beside the name, not after the menu
    assert layout["ctaOnTop"]
    assert layout["header"]["bottom"] <= (150 if width == 360 else 180)  # was 1080 at 360
    assert horizontal_overflow(page) <= 0
    assert visit.problems() == {}


def test_a_long_menu_scrolls_inside_its_row_never_the_page(open_page, tmp_path):
    menu = [(f"Section {n}", "/archives/") for n in range(12)] + [("Hire me", "/hire-me/")]
    with served_site(tmp_path, MENU=menu, SITENAME=LONG_NAME) as site:
        for width in (320, 1280):
            page = open_page(site.at("about/"), width=width).page
            layout = page.evaluate(LAYOUT)
            assert horizontal_overflow(page) <= 0, width
            assert len({round(item["top"]) for item in layout["items"]}) == 1, width
            assert layout["ctaOnTop"] and layout["cta"]["right"] <= width
            assert rows(layout) == (1 if width == 1280 else 2), dumps(layout)
            # An edge with more menu beyond it is shaded: the cue that the row scrolls.
            shade = page.eval_on_selector(
                ".site-nav ul", "ul => getComputedStyle(ul).backgroundImage"
            )
            assert shade.count("radial-gradient") == 2
            page.screenshot(path=str(SCREENSHOTS / f"header-long-menu-{width}.png"))


def test_home_first_screen_at_360_says_who_what_and_has_one_button(open_page, site):
    page = open_page("", width=360).page
    page.set_viewport_size(PHONE)
    fold = PHONE["height"]
    for selector in [".site-header h1", "main .home-lead", ".site-header .nav-cta"]:
        box = page.locator(selector).bounding_box()
        assert box and box["y"] + box["height"] <= fold, selector
    assert page.locator("h1").count() == 1
    assert page.get_by_text("Noor Haddad", exact=True).count() == 1
    intro = page.locator(".profile__intro").bounding_box()
    assert intro["y"] <= 300  # the profile starts in the first screen, under the pitch


def test_crowded_header_is_accessible(open_page, crowded):
    visit = open_page(crowded.at("hire-me/"), width=360)
    assert every_way(visit.page, run_axe) == {}
    assert visit.problems() == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_first_screen(open_page, site, crowded, width):
    """Not a check: the first screen, for a person to look at (screenshots/)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    height = PHONE["height"] if width == 360 else 800
    for name, served in [("home", site), ("home-long-name", crowded)]:
        for scheme in SCHEMES:
            page = open_page(served.at(""), width=width, scheme=scheme).page
            page.set_viewport_size({"width": width, "height": height})
            path = SCREENSHOTS / f"{name}-first-screen-{width}-{scheme}.png"
            page.screenshot(path=str(path))
            assert path.stat().st_size > 5000
