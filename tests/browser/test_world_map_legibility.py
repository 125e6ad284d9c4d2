"""The map on a phone and a laptop: every client country seen and reached, the list readable."""

from __future__ import annotations

import pytest

from conftest import SCHEME, SCHEMES, SCREENSHOTS, WIDTHS, every_way

pytestmark = pytest.mark.browser

PAGES = {"portfolio": "portfolio/", "about": "about/"}  # about/ has a [WORLDMAP]

# For the element Tab has just focused, inside a map figure: its country and the
# largest of the boxes of its shape, close-up shape or round target (not its tooltip).
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e.closest('.world-map-figure')) return {outside: true};
  if (!e.dataset.country) return {};
  const boxes = [...e.querySelectorAll(':scope > path, :scope > use, :scope > circle')]
    .map(part => part.getBoundingClientRect());
  const fits = boxes.filter(b => b.width >= 24 && b.height >= 24);
  return {code: e.dataset.country, fits: fits.length > 0, visible: e.checkVisibility()};
}"""


def tab_through_map(page) -> dict[str, bool]:
    """Tab from the top of the page until the map is left: {country: its target fits 24 px}."""
    reached: dict[str, bool] = {}
    entered = False
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused.get("outside"):
            if entered:
                return reached
            continue
        entered = True
        if "code" in focused:
            assert focused["visible"], focused
            reached[focused["code"]] = reached.get(focused["code"], False) or focused["fits"]
    return reached


def clients(page) -> list[str]:
    return page.eval_on_selector_all(
        ".world-map__list li", "items => items.map(li => li.dataset.countryItem)"
    )


def save_screenshot(page, name: str) -> None:
    """The map with some of the page above and below: the same frame as screenshots/map/before/."""
    folder = SCREENSHOTS / "map"
    folder.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    box = page.locator(".world-map-figure").first.bounding_box()
    width = page.viewport_size["width"]
    clip = {"x": 0, "y": max(box["y"] - 120, 0), "width": width, "height": box["height"] + 240}
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True, clip=clip)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_every_client_country_is_seen_and_reached_with_a_24px_target(open_page, name, width):
    """(axe and the rest of each page at each width and scheme: test_pages.py.)"""
    visit = open_page(PAGES[name], width=width)
    page = visit.page
    every_way(page, lambda p: save_screenshot(p, f"{name}-{width}-{p.evaluate(SCHEME)}"), [width])
    page.emulate_media(color_scheme="light")
    codes = clients(page)
    assert len(codes) == 13
    reached = tab_through_map(page)
    assert sorted(reached) == sorted(codes)
    assert [code for code, fits in reached.items() if not fits] == []
    assert visit.problems() == {}


def test_without_javascript_the_close_ups_are_reached_too(open_page):
    page = open_page(PAGES["portfolio"], width=360, js=False).page
    reached = tab_through_map(page)
    assert sorted(reached) == sorted(clients(page)) and all(reached.values())


@pytest.mark.parametrize(
    ("name", "width", "closeups"),
    [("portfolio", 360, True), ("portfolio", 1280, False), ("about", 1280, True)],
)
def test_crowded_countries_move_to_close_ups_on_narrow_maps(open_page, name, width, closeups):
    page = open_page(PAGES[name], width=width).page
    shown = page.locator(".world-map__closeups").first.is_visible()
    assert shown == closeups
    uk_on_world_map = page.locator('svg.world-map [data-country="GB"]').first.is_visible()
    assert uk_on_world_map != closeups  # one place to reach it, never two
    assert page.locator(".world-map__frame").first.is_visible() == closeups


def contrast(page, selector: str) -> float:
    """The contrast ratio of an element's text against the page background."""
    return page.evaluate(
        """(selector) => {
          const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const lum = c => {
            const [r, g, b] = rgb(c).map(v => v / 255)
              .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const text = getComputedStyle(document.querySelector(selector)).color;
          const ground = getComputedStyle(document.body).backgroundColor;
          const [a, b] = [lum(text), lum(ground)].sort((x, y) => y - x);
          return (a + 0.05) / (b + 0.05);
        }""",
        selector,
    )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_names_without_a_link_read_as_plain_text_not_disabled(open_page, scheme):
    page = open_page(PAGES["about"], scheme=scheme).page
    plain = '.world-map__list li[data-country-item="CA"]'  # Canada: no project, no link
    linked = '.world-map__list li[data-country-item="BR"] a'
    assert contrast(page, plain) >= 4.5
    style = page.eval_on_selector(
        plain,
        """li => { const s = getComputedStyle(li); const p = getComputedStyle(
                 document.querySelector('.prose p'));
               return [s.color === p.color, s.opacity, s.fontStyle,
                       parseFloat(s.fontSize) >= 16]; }""",
    )
    assert style == [True, "1", "normal", True]
    decoration = page.eval_on_selector(linked, "a => getComputedStyle(a).textDecorationLine")
    assert decoration == "underline"


@pytest.mark.parametrize("width", WIDTHS)
def test_about_map_caption_and_list_line_up_with_the_prose(open_page, width):
    page = open_page(PAGES["about"], width=width).page
    left = page.evaluate(
        """() => Object.fromEntries(
             ['.prose > p', '.world-map', '.world-map__summary', '.world-map__list li']
               .map(s => [s, document.querySelector(s).getBoundingClientRect().left])
               .map(([s, left]) => [s, Math.round(left)]))"""
    )
    assert len(set(left.values())) == 1, left
