"""The card's pixels: inside its margins whatever the title, readable, shaped right to left."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFont
from social_cards import CardProblem, card_for
from social_cards import fonts as font_search
from social_cards.card import (
    BAND,
    DEFAULT_COLORS,
    HEIGHT,
    MARGIN,
    MIN_CONTRAST,
    RULE,
    RULE_GAP,
    TITLE_LINE_HEIGHT,
    TITLE_MAX_LINES,
    TITLE_SIZES,
    TOP,
    WIDTH,
    ColorProblem,
    card_lines,
    check_colors,
    contrast,
    draw_card,
)
from social_cards.fonts import FONT_DIRS, FontFile, choose_font, find_fonts
from social_cards.making import draw_all, plan_card

from freelancekit import brand

ROOT = Path(__file__).resolve().parents[2]
FONTS = find_fonts([], FONT_DIRS)
CJK = next((font for font in FONTS if font.path and "CJK" in font.path), None)
COLORS = check_colors(None)
SITE = "Noor Haddad"
# Ink may reach half a margin past the text's edge (side bearings), never the card's edge.
SLACK = MARGIN // 2


def state(tmp_path: Path, fonts=FONTS) -> dict:
    return {"fonts": fonts, "colors": COLORS, "cache": tmp_path / "cards", "copies": {}}


def drawn(title: str, tmp_path: Path) -> Image.Image:
    _, cached = card_for(title, SITE, state(tmp_path))
    return Image.open(cached).convert("RGB")


def ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """Where anything but the background and the band is drawn."""
    plain = image.copy()
    draw = ImageDraw.Draw(plain)
    for x in (0, WIDTH - BAND):
        draw.rectangle((x, 0, x + BAND - 1, HEIGHT - 1), COLORS["background"])
    return ImageChops.difference(
        plain, Image.new("RGB", plain.size, COLORS["background"])
    ).getbbox()


def assert_inside_margins(image: Image.Image) -> None:
    left, top, right, bottom = ink_box(image)
    # The text box is MARGIN from the band on one side and from the edge on the other.
    assert left >= MARGIN - SLACK and right <= WIDTH - MARGIN + SLACK
    assert top >= TOP - SLACK and bottom <= HEIGHT - TOP + SLACK


LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éßœÅ"
ARABIC = "كيفتسعّرمشروعترجمةعندمايغيّرالعميل"
HEBREW = "איךלתמחרפרויקטתרגום"
HOSTILE = "<>&\"'/;=`" + "\u200f\u200e\u202e"  # markup and bidi controls
EMOJI = ["😀", "🎉", "🚀", "👩🏽‍💻", "🏳️‍🌈", "❤️"]
parts = st.one_of(
    st.text(alphabet=LATIN + HOSTILE, min_size=1, max_size=60),
    st.text(alphabet=ARABIC, min_size=1, max_size=30),
    st.text(alphabet=HEBREW, min_size=1, max_size=30),
    st.lists(st.sampled_from(EMOJI), min_size=1, max_size=8).map("".join),
    st.text(alphabet="x", min_size=100, max_size=400),  # one very long word
)
titles = st.lists(parts, min_size=1, max_size=12).map(" ".join).filter(str.strip)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=titles)
def test_any_title_draws_inside_the_cards_margins(tmp_path, title):
    image = drawn(title, tmp_path)
    assert image.size == (WIDTH, HEIGHT)
    assert_inside_margins(image)


@settings(max_examples=25, deadline=None)
@given(title=titles)
def test_the_title_never_runs_into_the_site_name(title):
    title_font = choose_font(title, FONTS)
    lines = card_lines(font_search.drawable(title, title_font), SITE, title_font, FONTS[0])
    *title_lines, site_line = lines
    rule_top = site_line.xy[1] - site_line.font.getmetrics()[0] - RULE_GAP - RULE[1]
    for line in title_lines:
        left, _top, right, bottom = ImageDraw.Draw(Image.new("RGB", (1, 1))).textbbox(
            line.xy, line.text, font=line.font, anchor=line.anchor
        )
        assert bottom < rule_top
        assert left >= BAND + MARGIN - SLACK or line.anchor == "rs"
        assert right <= WIDTH - BAND - MARGIN + SLACK or line.anchor == "ls"


def test_a_title_of_emoji_no_font_has_leaves_a_card_with_the_site_name(tmp_path):
    image = drawn("🎉🚀👩🏽‍💻", tmp_path)
    _left, top, _right, _bottom = ink_box(image)
    assert top > HEIGHT / 2  # only the rule and the site name, at the bottom


def test_same_inputs_give_the_same_png_bytes():
    first = draw_card("Rates", SITE, COLORS, FONTS[0], FONTS[0])
    assert first == draw_card("Rates", SITE, COLORS, FONTS[0], FONTS[0])
    assert Image.open(io.BytesIO(first)).format == "PNG"


def test_the_default_colours_are_the_stylesheets_light_scheme():
    css = (ROOT / "theme/static/css/site.css").read_text(encoding="utf-8")
    root = css[css.index(":root {") : css.index("}", css.index(":root {"))]
    # Each colour is light-dark(light, dark) (the reader's scheme): the card takes the light.
    tokens = dict(re.findall(r"--([\w-]+):\s*(?:light-dark\()?(#[0-9a-f]{3,6})[,;]", root))
    assert {
        "background": tokens["bg"],
        "text": tokens["text"],
        "accent": tokens["acc"],
    } == DEFAULT_COLORS
    assert tokens["acc"] == brand.ACCENT


def test_the_title_and_site_name_pass_text_contrast_on_the_card(tmp_path):
    image = drawn("Contrast", tmp_path)
    colours = {f"#{r:02x}{g:02x}{b:02x}" for _, (r, g, b) in image.getcolors(1 << 16)}
    assert {COLORS["text"], COLORS["accent"], COLORS["background"]} <= colours
    assert contrast(COLORS["text"], COLORS["background"]) >= MIN_CONTRAST
    assert contrast(COLORS["accent"], COLORS["background"]) >= MIN_CONTRAST


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ({"text": "#eeeeee"}, "contrast of 1.0, under 4.5"),
        ({"accent": "teal"}, "'#rrggbb'"),
        ({"border": "#000000"}, "keys background, text and accent"),
        ("#000000", "write a dict"),
    ],
)
def test_unreadable_or_malformed_card_colours_are_refused(value, says):
    with pytest.raises(ColorProblem, match=re.escape(says)):
        check_colors(value)


def test_the_writers_colours_are_drawn(tmp_path):
    colors = check_colors({"background": "#1d2629", "text": "#ffffff", "accent": "#7fcfdc"})
    image = Image.open(io.BytesIO(draw_card("Dark", SITE, colors, FONTS[0], FONTS[0])))
    assert image.convert("RGB").getpixel((WIDTH // 2, HEIGHT - 10)) == (0x1D, 0x26, 0x29)
    assert image.convert("RGB").getpixel((5, 5)) == (0x7F, 0xCF, 0xDC)


def test_arabic_is_shaped_joined_and_set_from_the_right(tmp_path):
    if not font_search.has_raqm():
        pytest.skip("Pillow without libraqm")
    word = "مشروع"
    path = FONTS[0].path
    shaped = ImageFont.truetype(path, 60, layout_engine=ImageFont.Layout.RAQM)
    unshaped = ImageFont.truetype(path, 60, layout_engine=ImageFont.Layout.BASIC)
    # Joined letters take their connected forms: the shaped word is another width.
    assert shaped.getlength(word) != unshaped.getlength(word)
    lines = card_lines(word, SITE, FONTS[0], FONTS[0])
    assert (lines[0].direction, lines[0].anchor) == ("rtl", "rs")
    image = drawn(f"كيف تسعّر {word}", tmp_path)
    left, _, right, _ = ImageChops.difference(
        image.crop((BAND, 0, WIDTH - BAND, HEIGHT // 2)),
        Image.new("RGB", (WIDTH - 2 * BAND, HEIGHT // 2), COLORS["background"]),
    ).getbbox()
    assert right > WIDTH - 2 * BAND - MARGIN - SLACK  # flush with the right margin
    assert left > WIDTH / 4


def test_hebrew_is_set_from_the_right_with_the_band_on_that_side(tmp_path):
    image = drawn("איך לתמחר פרויקט תרגום", tmp_path)
    assert image.getpixel((WIDTH - 5, 5)) == tuple(
        int(COLORS["accent"][i : i + 2], 16) for i in (1, 3, 5)
    )
    assert image.getpixel((5, 5)) == tuple(
        int(COLORS["background"][i : i + 2], 16) for i in (1, 3, 5)
    )


def test_right_to_left_titles_without_libraqm_fail_saying_what_to_install(tmp_path, monkeypatch):
    from social_cards import making

    monkeypatch.setattr(making, "has_raqm", lambda: False)
    with pytest.raises(CardProblem, match="libfribidi0"):
        card_for("كيف تسعّر مشروعك", SITE, state(tmp_path))


def test_cjk_draws_with_a_cjk_font_or_fails_naming_the_package(tmp_path):
    title = "翻訳の見積もり方"
    if CJK is None:
        with pytest.raises(CardProblem, match="fonts-noto-cjk"):
            card_for(title, SITE, state(tmp_path))
        return
    assert choose_font(title, FONTS) == CJK
    assert_inside_margins(drawn(title, tmp_path))


def test_with_no_system_font_latin_draws_in_pillows_own_font_and_cjk_fails(tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    bare = find_fonts([], [str(empty)])
    assert bare == [FontFile(None)]
    _, cached = card_for("Pricing your work", SITE, state(tmp_path, bare))
    assert_inside_margins(Image.open(cached).convert("RGB"))
    with pytest.raises(CardProblem, match=r"'中文'.*fonts-noto-cjk.*SOCIAL_CARD_FONTS"):
        card_for("Pricing 中文", SITE, state(tmp_path, bare))


def test_cards_drawn_by_helper_processes_are_the_cards_drawn_here(tmp_path):
    titles = [f"Tip {number}: pricing a rush job" for number in range(45)]
    shared = state(tmp_path / "shared")
    cards = {card.site_path: card for card in (plan_card(t, SITE, shared) for t in titles)}
    draw_all(cards, COLORS, workers=3)
    assert all(card.cached.is_file() for card in cards.values())
    one = next(iter(cards.values()))
    assert one.cached.read_bytes() == draw_card(one.title, one.site, COLORS, *one.fonts)
    assert not list((tmp_path / "shared/cards").glob("*.tmp"))


@pytest.mark.skipif(CJK is None, reason="no CJK font: apt-get install fonts-noto-cjk")
@pytest.mark.parametrize(
    ("lang", "face"), [("zh", 2), ("zh-TW", 3), ("ja", 0), ("ko", 1), ("en", 0)]
)
def test_chinese_japanese_and_korean_get_their_own_face_of_the_cjk_font(tmp_path, lang, face):
    card = plan_card("汉字的写法", SITE, state(tmp_path), lang)
    assert card.fonts[0].path == CJK.path and card.fonts[0].index == face


@pytest.mark.parametrize("font", FONTS, ids=lambda font: Path(font.path or "pillow").name)
def test_four_lines_at_the_largest_size_stay_above_the_rule_in_every_font(font):
    """fit() counts lines, not pixels: the geometry must hold the most lines in any font."""
    big = font.load(TITLE_SIZES[0])
    ascent, descent = big.getmetrics()
    step = round(TITLE_SIZES[0] * TITLE_LINE_HEIGHT)
    bottom = TOP + ascent + (TITLE_MAX_LINES - 1) * step + descent
    site_line = card_lines("", SITE, font, font)[-1]
    rule_top = site_line.xy[1] - site_line.font.getmetrics()[0] - RULE_GAP - RULE[1]
    assert bottom < rule_top


@pytest.mark.skipif(CJK is None, reason="no CJK font: apt-get install fonts-noto-cjk")
def test_a_title_no_one_font_has_all_of_asks_for_a_font_that_has_them_all(tmp_path):
    with pytest.raises(CardProblem, match=r"no one font has all of .*SOCIAL_CARD_FONTS") as raised:
        card_for("عربي 中文", SITE, state(tmp_path))
    assert "apt-get" not in str(raised.value)  # both packages are installed already
