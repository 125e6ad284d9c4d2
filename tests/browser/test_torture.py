"""The content torture site (tests/torture_site) as a browser sees it.

Every template and every torture article, at phone and laptop width, in light
and dark: no console error, no axe violation, no Nu checker error, nothing that
makes the page scroll sideways on a 320 px phone.
"""

from __future__ import annotations

import pytest

from browser_helpers import load_every_image, overflowing
from conftest import (
    SCHEME,
    SCREENSHOTS,
    dumps,
    every_way,
    horizontal_overflow,
    nu_errors,
    run_axe,
    trips,
)

pytestmark = pytest.mark.browser

LONG_WORD = "vertragsubersetzungsqualitatssicherungsverfahrensbeschreibung"
LONG_CATEGORY = "qualitatssicherungsverfahrensbeschreibungsentwurfsuberarbeitung"
# Every template, every torture article, every long name.
PAGES = {
    "home-page-2": "blog/page/2/",  # the card with the long title and summary
    "every-element": "every-element/",
    "twelve-levels-deep": "twelve-levels-deep/",
    "wide-tables-and-code": "wide-tables-and-code/",
    "images-every-size": "images-every-size/",
    "five-scripts": "five-scripts/",
    "fifty-tags": "fifty-tags/",
    "long-unbroken-title": "long-unbroken-title/",
    "moved-from-wordpress": "moved-from-wordpress/",
    "page-long-title": "long-page-title/",
    "hire": "hire-me/",
    "portfolio": "portfolio/",
    "project": "portfolio/contract-templates-for-a-nigerian-logistics-firm/",
    "category-long-name": f"category/{LONG_CATEGORY}/",
    "tag-long-name": f"tag/{LONG_WORD}/",
    "archives": "archives/",
    "categories": "categories/",
    "tags": "tags/",
    "search": "search/",
}
# Pages whose screenshots a person should look at after a change to the theme.
WORST = ["wide-tables-and-code", "images-every-size", "five-scripts", "long-unbroken-title"]


def below_header(page) -> list[dict]:
    """What makes the page scroll sideways, less the site header (MENU's test below)."""
    return [c for c in overflowing(page) if c["region"] != "header"]


def screenshot(page, name: str, way: str) -> None:
    """A picture in screenshots/torture/ for a person to look at (not a check)."""
    folder = SCREENSHOTS / "torture"
    folder.mkdir(parents=True, exist_ok=True)
    load_every_image(page)
    path = folder / f"{name}-{way.replace(' ', '-')}.png"
    # The window's width only: what a reader sees without scrolling sideways.
    width = page.viewport_size["width"]
    height = page.evaluate("document.documentElement.scrollHeight")
    clip = {"x": 0, "y": 0, "width": width, "height": height}
    page.screenshot(path=str(path), full_page=True, clip=clip)
    assert path.stat().st_size > 5000


@pytest.mark.parametrize("name", PAGES)
def test_torture_page_is_clean_and_accessible(open_page, torture_site, name):
    """At 360 and 1280 px, light and dark: no sideways scroll, no axe violation; at
    320 px, no sideways scroll; no console error or failed request on the way.
    The worst pages leave screenshots of each in screenshots/torture/."""
    visit = open_page(torture_site.at(PAGES[name]), width=360)

    def check(page):
        if name in WORST:
            screenshot(page, name, f"{page.viewport_size['width']} {page.evaluate(SCHEME)}")
        return trips(page, overflow=below_header)

    found = every_way(visit.page, check)
    found.update(every_way(visit.page, below_header, widths=[320], schemes=["light"]))
    assert found == {}, dumps(found)
    assert visit.problems() == {}


def test_torture_404_page_is_clean(open_page, torture_site):
    visit = open_page(torture_site.at("no/such/page/"), width=320, expect_status=404)
    assert visit.problems() == {}
    assert below_header(visit.page) == []
    assert run_axe(visit.page) == []


def test_torture_header_fits_a_320px_phone(open_page, torture_site):
    page = open_page(torture_site.at(PAGES["every-element"]), width=320).page
    assert horizontal_overflow(page) <= 0, dumps(overflowing(page))


@pytest.fixture(scope="module")
def nu_checked(torture_site) -> list[dict]:
    """The Nu checker's errors on every page of the torture site, checked once."""
    pages = sorted(torture_site.output.rglob("*.html"))
    assert len(pages) > 40
    return nu_errors(torture_site.output, pages)


LISTINGS = ("/index.html", "/page/", "/category/", "/tag/")


def test_torture_articles_and_pages_are_valid_html(nu_checked):
    errors = [e for e in nu_checked if not e["file"].startswith(LISTINGS)]
    assert errors == [], dumps(errors)


def test_torture_listings_are_valid_html(nu_checked):
    errors = [e for e in nu_checked if e["file"].startswith(LISTINGS)]
    assert errors == [], dumps(errors)


SIZES = """() => [...document.querySelectorAll(
    '.prose :is(img.size-thumbnail, .size-thumbnail img, img.size-medium, .size-medium img)')]
  .map((img) => ({size: img.closest('.size-thumbnail') ? 'thumbnail' : 'medium',
                  width: img.getBoundingClientRect().width,
                  height: img.getBoundingClientRect().height}))"""


def test_wordpress_image_sizes_show_as_wordpress_showed_them(open_page, torture_site):
    page = open_page(torture_site.at(PAGES["images-every-size"]), width=1280).page
    shown = page.evaluate(SIZES)
    assert {image["size"] for image in shown} == {"thumbnail", "medium"}
    for image in shown:
        if image["size"] == "thumbnail":  # a 150 px square crop
            assert 100 < round(image["width"]) == round(image["height"]) <= 150, image
        else:  # at most 300 px wide, in its own proportions (the 450x600 portrait too)
            assert 100 < image["width"] <= 300, image
    assert any(abs(i["height"] / i["width"] - 4 / 3) < 0.01 for i in shown), shown


def test_a_wide_table_uses_the_wide_column_on_a_laptop(open_page, torture_site):
    page = open_page(torture_site.at(PAGES["wide-tables-and-code"]), width=1280).page
    widths = page.evaluate(
        """() => ({prose: document.querySelector('.prose').getBoundingClientRect().width,
                   boxes: [...document.querySelectorAll('.table-scroll')].map((box) => {
                     const r = box.getBoundingClientRect();
                     return {width: r.width, columns: box.querySelector('tr').children.length,
                             left: r.left, right: r.right};
                   })})"""
    )
    wide = [box for box in widths["boxes"] if box["columns"] >= 5]
    narrow = [box for box in widths["boxes"] if box["columns"] < 5]
    assert wide and narrow
    assert all(box["width"] > widths["prose"] + 100 for box in wide), widths
    assert all(box["left"] >= 0 and box["right"] <= 1280 for box in wide), widths
    assert all(box["width"] <= widths["prose"] for box in narrow), widths
