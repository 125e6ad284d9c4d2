"""The reader's colour scheme: the system's by default, light or dark by the header's
switch, remembered, there at first paint, by keyboard, and nothing without JavaScript."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image, ImageStat

from browser_helpers import tab_until
from conftest import dumps, trips

pytestmark = pytest.mark.browser

ARTICLE = "working-across-time-zones/"  # has highlighted code
SWITCH = "button[data-theme-toggle]"
# site.css's --bg and --c-kw (a keyword in highlighted code), light and dark.
BACKGROUND = {"light": "rgb(246, 241, 233)", "dark": "rgb(20, 27, 32)"}
KEYWORD = {"light": "rgb(140, 29, 90)", "dark": "rgb(243, 159, 203)"}
OTHER = {"light": "dark", "dark": "light"}
LABEL = {
    "system": "Theme: system. Switch to dark",
    "dark": "Theme: dark. Switch to light",
    "light": "Theme: light. Switch to system",
}
# What the page shows now: the choice on <html>, the colours, the scheme form
# controls and pictures are drawn in, and the switch's name.
SHOWN = """() => {
  const css = (e, p) => e && getComputedStyle(e)[p];
  const button = document.querySelector('button[data-theme-toggle]');
  return {
    theme: document.documentElement.dataset.theme,
    background: css(document.body, 'backgroundColor'),
    keyword: css(document.querySelector('.highlight .kn, .highlight .k'), 'color'),
    scheme: css(document.documentElement, 'colorScheme'),
    label: button && button.getAttribute('aria-label'),
    visible: Boolean(button && button.checkVisibility()),
  };
}"""


def shown(page) -> dict:
    return page.evaluate(SHOWN)


def reload(page) -> None:
    """Load the page again once the last one is done (a reload while the lazy
    pictures are still coming cancels them, which the visit counts as failed)."""
    page.wait_for_load_state("networkidle")
    page.reload()


def choose(page, choice: str) -> None:
    """Press the switch until it says `choice` (at most three presses)."""
    for _ in range(3):
        if shown(page)["theme"] == choice:
            return
        page.click(SWITCH)
    assert shown(page)["theme"] == choice


@pytest.mark.parametrize("system", ["light", "dark"])
def test_by_default_the_page_follows_the_system(open_page, system):
    visit = open_page(ARTICLE, scheme=system)
    now = shown(visit.page)
    assert now["background"] == BACKGROUND[system] and now["keyword"] == KEYWORD[system]
    assert now["theme"] == "system" and now["label"] == LABEL["system"] and now["visible"]
    assert visit.problems() == {}


@pytest.mark.parametrize("system", ["light", "dark"])
def test_choosing_the_other_scheme_turns_page_code_and_form_controls(open_page, system):
    visit = open_page(ARTICLE, scheme=system)
    page = visit.page
    choose(page, OTHER[system])
    now = shown(page)
    assert now["background"] == BACKGROUND[OTHER[system]], dumps(now)
    assert now["keyword"] == KEYWORD[OTHER[system]] and now["scheme"] == OTHER[system]
    assert now["label"] == LABEL[OTHER[system]]
    # Back to the system's: the page follows it again.
    choose(page, "system")
    assert shown(page)["background"] == BACKGROUND[system]
    assert visit.problems() == {}


def test_the_switch_cycles_system_dark_light_and_names_each_step(open_page):
    page = open_page("", scheme="light").page
    seen = []
    for _ in range(4):
        page.click(SWITCH)
        now = shown(page)
        seen.append((now["theme"], now["label"], page.get_attribute(SWITCH, "title")))
    assert seen == [(c, LABEL[c], LABEL[c]) for c in ("dark", "light", "system", "dark")]


def first_frame(page) -> dict:
    """What the page showed on its first animation frame (run just before its first
    paint) and at DOMContentLoaded, on each next load in this page's context."""
    page.context.add_init_script(
        """
        const record = (when) => { window.__seen = window.__seen || {};
          window.__seen[when] = {theme: document.documentElement.dataset.theme,
            background: document.body && getComputedStyle(document.body).backgroundColor}; };
        requestAnimationFrame(() => record('frame'));
        addEventListener('DOMContentLoaded', () => record('ready'));
        """
    )
    return page


def test_the_choice_survives_reload_and_navigation_with_no_flash(open_page, site):
    page = first_frame(open_page("", scheme="light").page)
    choose(page, "dark")

    def follow_a_tag_link():
        with page.expect_navigation(wait_until="load"):
            page.click("main a[rel=tag]")

    for go in (page.reload, lambda: page.goto(site.at(ARTICLE)), follow_a_tag_link):
        go()
        seen = page.evaluate("window.__seen")
        # The first frame is painted dark; the choice is on <html> before the body is
        # parsed (at DOMContentLoaded the stylesheet may still be on its way).
        assert seen["frame"] == {"theme": "dark", "background": BACKGROUND["dark"]}, seen
        assert seen["ready"]["theme"] == "dark"
        assert shown(page)["label"] == LABEL["dark"]
    # A new visit (a new tab of the same browser) remembers it too.
    again = page.context.new_page()
    again.goto(site.at("about/"))
    assert shown(again)["background"] == BACKGROUND["dark"]


def test_without_its_script_the_page_at_first_paint_is_the_systems(open_page, site):
    """The measure above can fail: with theme.js refused, the first frame is light."""
    page = first_frame(open_page("", scheme="light").page)
    choose(page, "dark")
    page.route("**/theme.js", lambda route: route.abort())
    page.reload()
    assert page.evaluate("window.__seen.frame.background") == BACKGROUND["light"]


def test_the_switch_works_by_keyboard_and_its_name_follows(open_page):
    visit = open_page(ARTICLE, scheme="light")
    page = visit.page
    assert tab_until(page, SWITCH)
    page.keyboard.press("Enter")
    assert shown(page)["label"] == LABEL["dark"]
    assert shown(page)["background"] == BACKGROUND["dark"]
    page.keyboard.press("Space")
    assert shown(page)["label"] == LABEL["light"]
    assert page.evaluate("document.activeElement.matches('button[data-theme-toggle]')")
    # The focus ring shows on the switch (keyboard focus).
    assert page.eval_on_selector(SWITCH, "b => getComputedStyle(b).outlineStyle") == "solid"
    assert visit.problems() == {}


@pytest.mark.parametrize("system", ["light", "dark"])
def test_without_javascript_no_switch_and_the_systems_scheme(open_page, system):
    page = open_page(ARTICLE, scheme=system, js=False).page
    now = shown(page)
    assert not now["visible"] and now["background"] == BACKGROUND[system]
    assert now["keyword"] == KEYWORD[system]


def test_without_storage_the_switch_still_works_for_the_page(open_page, site):
    page = open_page("", scheme="light").page
    page.context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('denied', 'SecurityError'); }});"
    )
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.reload()
    assert shown(page)["theme"] == "system"
    choose(page, "dark")
    assert shown(page)["background"] == BACKGROUND["dark"] and errors == []


@pytest.mark.parametrize(
    "stored", ["constructor", "__proto__", "toString", "Dark", "dark ", '"><img src=x>', "x" * 5000]
)
def test_a_stored_value_it_does_not_know_means_the_systems_scheme(open_page, stored):
    visit = open_page("", scheme="dark")
    page = visit.page
    page.evaluate("(value) => { localStorage.theme = value; }", stored)
    reload(page)
    now = shown(page)
    assert now["theme"] == "system" and now["label"] == LABEL["system"]
    assert now["background"] == BACKGROUND["dark"] and visit.problems() == {}


def picture(locator) -> tuple[float, ...]:
    """The mean colour of an element as shown."""
    locator.scroll_into_view_if_needed()
    image = Image.open(io.BytesIO(locator.screenshot())).convert("RGB")
    return tuple(round(v) for v in ImageStat.Stat(image).mean)


def test_the_map_teaser_and_the_portfolio_map_follow_the_choice(open_page, site):
    """The teaser is an SVG <img>: its own dark colours follow the page's scheme."""
    page = open_page("", scheme="light").page
    teaser = page.locator('img[src$="client-map.svg"]')
    page.evaluate("() => document.querySelectorAll('img').forEach(i => i.loading = 'eager')")
    light = picture(teaser)
    choose(page, "dark")
    dark = picture(teaser)
    dark_system = open_page("", scheme="dark").page
    assert dark != light
    assert dark == picture(dark_system.locator('img[src$="client-map.svg"]'))
    page.goto(site.at("portfolio/"))
    sea = page.locator("svg.world-map :is(.world-map__sea, .world-map__sphere)").first
    assert sea.evaluate("e => getComputedStyle(e).fill") == "rgb(27, 37, 43)"  # --card, dark


PAGES = ["", ARTICLE, "portfolio/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("forced", ["light", "dark"])
def test_a_chosen_scheme_passes_axe_and_fits_at_320_and_1280(open_page, path, forced):
    visit = open_page(path, scheme=OTHER[forced])
    page = visit.page
    choose(page, forced)
    reload(page)
    page.emulate_media(reduced_motion="reduce")
    found = {}
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert shown(page)["background"] == BACKGROUND[forced]
        box = page.locator(SWITCH).bounding_box()
        found[width] = trips(page) | ({} if box["x"] + box["width"] <= width else {"switch": box})
    assert found == {320: {}, 1280: {}}, dumps(found)
    assert visit.problems() == {}


COMMENTED = "brief-before-you-outsource/"  # live comments by giscus in the browser suite


@pytest.mark.parametrize(("chosen", "theme"), [("dark", "dark"), ("light", "light")])
def test_the_comment_frame_is_drawn_in_the_chosen_scheme(open_page, chosen, theme):
    visit = open_page(COMMENTED, scheme=OTHER[chosen], allow={"giscus.app": "<p>comments</p>"})
    page = visit.page
    choose(page, chosen)
    page.locator("#comments").scroll_into_view_if_needed()
    frame = page.locator("#comments iframe.comments__frame")
    frame.wait_for(state="attached")
    assert parse_qs(urlsplit(frame.get_attribute("src")).query)["theme"] == [theme]


def test_the_comment_frame_follows_the_system_when_the_reader_did_not_choose(open_page):
    page = open_page(COMMENTED, allow={"giscus.app": "<p>comments</p>"}).page
    page.locator("#comments").scroll_into_view_if_needed()
    frame = page.locator("#comments iframe.comments__frame")
    frame.wait_for(state="attached")
    theme = parse_qs(urlsplit(frame.get_attribute("src")).query)["theme"]
    assert theme == ["preferred_color_scheme"]
