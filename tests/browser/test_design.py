"""One design system: the same button everywhere, a footer at the bottom, tidy meta lines."""

from __future__ import annotations

import pytest

from conftest import SCHEME, SCREENSHOTS, WIDTHS, dumps, every_way, run_axe

pytestmark = pytest.mark.browser

DESIGN_PAGES = {
    "article-video": "briefing-creative-freelancers/",  # poster, share, call to action
    "article-quotes": "pricing-freelance-writing/",  # quote boxes
    "article-vimeo": "brief-before-you-outsource/",  # a video without a poster
    "search": "search/",
    "404": "no/such/page/",
}
BUTTON_PAGES = {name: DESIGN_PAGES[name] for name in ("article-quotes", "search", "404")}
BUTTON_PAGES["hire"] = "hire-me/"
# What must be the one button wherever it appears.
BUTTON_LIKE = ", ".join(
    [
        ".share__links a",
        ".quote-box__share a",
        ".quote-box__copy",
        ".cta a",
        ".search__form button",
        ".not-found-links a",
        ".pagination a",
        ".comments__load",
        "main button",
    ]
)
STYLE_OF_BUTTONS = """() => [...document.querySelectorAll(".button")]
  .filter((el) => el.getClientRects().length).map((el) => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect(), range = document.createRange();
  range.selectNodeContents(el);
  const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
  const variant = ["link", "secondary"].find((v) => el.matches(`.button--${v}`)) || "primary";
  return {text: el.textContent.trim(), variant, lines, height: r.height,
          radius: s.borderRadius, font: `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`,
          colours: `${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.borderTopWidth}`};
})"""
FOCUS_RING = """() => { const s = getComputedStyle(document.activeElement);
  return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`; }"""


def focus_rings(page) -> dict[str, set[str]]:
    """{button text: focus ring}, for each .button the keyboard reaches."""
    rings: dict[str, set[str]] = {}
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break  # round the whole page
        if page.evaluate("document.activeElement.matches('.button')"):
            text = page.evaluate("document.activeElement.textContent.trim()")
            rings.setdefault(text, set()).add(page.evaluate(FOCUS_RING))
    return rings


def one_button(page) -> list[str]:
    """What departs from the one button on the page as shown now (empty: nothing)."""
    wrong = []
    strays = page.evaluate(
        "(s) => [...document.querySelectorAll(s)].filter((el) => !el.matches('.button'))"
        ".map((el) => el.outerHTML.slice(0, 80))",
        BUTTON_LIKE,
    )
    if strays:
        wrong.append(f"not a .button: {strays}")
    buttons = page.evaluate(STYLE_OF_BUTTONS)
    if not buttons:
        return [*wrong, "no button on the page"]
    # One radius and font everywhere; one look per variant.
    if {b["radius"] for b in buttons} != {"8px"} or len({b["font"] for b in buttons}) != 1:
        wrong.append(f"radius or font differ: {dumps(buttons)}")
    for variant in {b["variant"] for b in buttons}:
        looks = {b["colours"] for b in buttons if b["variant"] == variant}
        if len(looks) != 1:
            wrong.append(f"{variant} looks {looks}")
    # One height: 44 px on one line; a long label may wrap only below its row's width.
    heights = {b["height"] for b in buttons if b["lines"] == 1}
    if not heights <= {44} or any(b["height"] < 44 for b in buttons):
        wrong.append(f"heights {dumps(buttons)}")
    return wrong


@pytest.mark.parametrize("name", BUTTON_PAGES)
def test_every_button_is_the_one_button(open_page, name):
    status = 404 if name == "404" else 200
    page = open_page(BUTTON_PAGES[name], width=360, expect_status=status).page
    assert every_way(page, one_button) == {}
    page.emulate_media(color_scheme="light")
    # The keyboard reaches every button, each with the same focus ring (phone and laptop).
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        # Tab from the top: after a round of the page, where the next Tab lands
        # (the browser's own controls, or the page) is the browser's choice.
        page.reload(wait_until="load")
        buttons = {b["text"] for b in page.evaluate(STYLE_OF_BUTTONS)}
        rings = focus_rings(page)
        assert set(rings) == buttons, ("a button the keyboard cannot reach", width)
        assert len(set().union(*rings.values())) == 1, rings
        assert next(iter(set().union(*rings.values()))).startswith("solid 3px")


ROWS = """(selector) => [...document.querySelectorAll(selector)].map((row) => {
  const box = row.getBoundingClientRect();
  const items = [...row.children].map((li) => li.getBoundingClientRect());
  const tops = [...new Set(items.map((r) => Math.round(r.top)))];
  return tops.map((top) => {
    const line = items.filter((r) => Math.round(r.top) === top);
    return {count: line.length, left: Math.min(...line.map((r) => r.left)) - box.left,
            right: box.right - Math.max(...line.map((r) => r.right))};
  });
})"""


@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("width", (320, 360, 1280))
def test_rows_of_share_buttons_are_full_to_both_edges(open_page, width, js):
    page = open_page(DESIGN_PAGES["article-quotes"], width=width, js=js).page
    boxes = page.evaluate(ROWS, ".quote-box__share, .share__links")
    assert len(boxes) >= 2
    for rows in boxes:
        for row in rows:
            assert abs(row["left"]) < 1 and abs(row["right"]) < 1, rows
    # Four networks never leave one alone: two and two on a phone, one row on a laptop
    # (at 320 px, one a row).
    networks = page.locator(".quote-box__share").first.locator("a[data-share]")
    tops = {round(networks.nth(i).bounding_box()["y"]) for i in range(networks.count())}
    assert len(tops) == {320: 4, 360: 2, 1280: 1}[width]


@pytest.mark.parametrize("path", ["no/such/page/", "search/"])
@pytest.mark.parametrize("size", [(1280, 900), (360, 640)])
def test_footer_sits_at_the_bottom_of_a_short_page(open_page, path, size):
    status = 404 if path.startswith("no/") else 200
    page = open_page(path, width=size[0], expect_status=status).page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    bottom = page.evaluate(
        "document.querySelector('.site-footer').getBoundingClientRect().bottom + scrollY"
    )
    document_height = page.evaluate("document.documentElement.scrollHeight")
    assert abs(bottom - document_height) < 1 and document_height >= size[1]


# The dot before an item is its ::before, drawn in the gap to its start, or (older
# markup) an element of its own. Either way it must sit between two items of one row.
SEPARATORS = """(meta) => {
  const box = meta.getBoundingClientRect(), items = [...meta.children];
  const clips = getComputedStyle(meta).overflowX !== "visible";
  const rect = (el) => el.getBoundingClientRect();
  const sameRow = (a, b) => Math.abs(rect(a).top - rect(b).top) < 2;
  const bad = [];
  items.forEach((el, i) => {
    const isDot = el.textContent.trim() === "·";
    const before = getComputedStyle(el, "::before").content;
    const hasDot = !isDot && before.includes("·");
    if (isDot) {
      const prev = items[i - 1], next = items[i + 1];
      if (!prev || !next || !sameRow(prev, el) || !sameRow(el, next)) bad.push(`lone dot ${i}`);
    } else if (hasDot) {
      const gap = parseFloat(getComputedStyle(meta).columnGap) || 0;
      const shown = !clips || rect(el).left - gap >= box.left - 0.5;
      if (shown && !(i > 0 && sameRow(items[i - 1], el))) bad.push(`dot starts a row at ${i}`);
    }
  });
  return {bad, text: meta.innerText};
}"""


@pytest.mark.parametrize("path", ["briefing-creative-freelancers/", ""])
def test_meta_line_never_leaves_a_dot_at_a_row_end(open_page, path):
    page = open_page(path, width=320).page
    for width in range(320, 364, 4):
        page.set_viewport_size({"width": width, "height": 900})
        for meta in page.locator(".post-meta").all():
            result = meta.evaluate(SEPARATORS)
            assert result["bad"] == [], (width, result)


@pytest.mark.parametrize("name", DESIGN_PAGES)
def test_design_pages_axe_clean_with_screenshots(open_page, name):
    """Also pictures in screenshots/design/ for a person to look at."""
    folder = SCREENSHOTS / "design"
    folder.mkdir(parents=True, exist_ok=True)
    status = 404 if name == "404" else 200
    page = open_page(DESIGN_PAGES[name], width=360, expect_status=status).page

    def check(page):
        way = f"{page.viewport_size['width']}-{page.evaluate(SCHEME)}"
        page.screenshot(path=str(folder / f"{name}-{way}.png"), full_page=True)
        return run_axe(page)

    assert every_way(page, check) == {}
