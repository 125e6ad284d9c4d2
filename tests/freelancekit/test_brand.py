"""The owner's share image and favicons: right sizes and formats, text drawn, safe SVG."""

import io
import xml.etree.ElementTree as ET

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops

from freelancekit import brand
from freelancekit.brand import apple_touch_icon, favicon_ico, favicon_svg, initials, share_image

SVG = "{http://www.w3.org/2000/svg}"
LONG_TAGLINE = ("Clear technical writing for small software teams, on time. " * 6)[:300]
LONG_NAME = ("Maximiliana Konstantinopolskaya-Wolkenstein " * 2)[:80]

# Names with at least one letter, in any script, with any punctuation or markup around them.
names = st.text(min_size=1, max_size=40).filter(lambda s: any(c.isalpha() for c in s))


def open_image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """The box around everything that differs from the background colour."""
    background = Image.new(image.mode, image.size, image.getpixel((0, 0)))
    return ImageChops.difference(image, background).getbbox()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Asha Verma", "AV"),
        ("Élodie Durand", "ÉD"),
        ("E\u0301lodie Durand", "ÉD"),  # decomposed accent: one letter all the same
        ("李 小龍", "李小"),
        ("Madonna", "M"),
        ("Jean-Luc Picard", "JP"),
        ("  asha   maria  verma  ", "AV"),
        ("Asha Verma — ", "AV"),
        ("(Asha) “Verma”", "AV"),
        ("Straße ßen", "Sß"),  # ß has no one-letter capital: kept as written
    ],
)
def test_initials_take_first_letters_of_first_and_last_words(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize("name", ["  !!! ", "", "   ", "— 42 —"])
def test_initials_of_a_name_without_letters_is_an_error(name):
    with pytest.raises(ValueError, match="no letters"):
        initials(name)


@given(names)
def test_initials_are_one_or_two_grapheme_clusters(name):
    assert 1 <= len(regex.findall(r"\X", initials(name))) <= 2


def test_share_image_is_a_1200_by_630_png_with_text_drawn():
    image = open_image(share_image("Asha Verma", "Writing & outsourcing"))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    assert len(image.getcolors(maxcolors=1 << 16)) > 10  # antialiased text, not a flat card
    assert image.getpixel((5, 5)) == image.getpixel((1195, 625))  # a solid background


def test_share_image_draws_the_tagline_below_the_name():
    without = open_image(share_image("Asha Verma", None))
    with_tagline = open_image(share_image("Asha Verma", "Writing & outsourcing"))
    assert without.tobytes() != with_tagline.tobytes()
    assert len(without.getcolors(maxcolors=1 << 16)) > 10


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        ("Asha Verma", LONG_TAGLINE),
        (LONG_NAME, "Translator"),
        (LONG_NAME, LONG_TAGLINE),
        ("Supercalifragilisticexpialidocious" * 3, "x" * 300),  # words that cannot wrap
    ],
)
def test_long_names_and_taglines_still_fit_the_card(name, tagline):
    image = open_image(share_image(name, tagline))
    assert image.size == (1200, 630)
    # The margins stay empty: nothing overflowed towards the edges.
    left, top, right, bottom = ink_box(image)
    assert left >= brand.MARGIN_X - 2 and right <= 1200 - brand.MARGIN_X + 2
    assert top >= brand.MARGIN_Y and bottom <= 630 - brand.MARGIN_Y


def test_share_image_of_a_blank_name_is_an_error():
    with pytest.raises(ValueError, match="empty"):
        share_image("  ", "Tagline")


def test_share_image_falls_back_to_pillows_own_font(monkeypatch, tmp_path):
    monkeypatch.setattr(brand, "FONT_DIR", tmp_path)
    brand._font.cache_clear()
    try:
        image = open_image(share_image("Asha Verma", LONG_TAGLINE))
    finally:
        brand._font.cache_clear()
    assert image.size == (1200, 630)
    assert len(image.getcolors(maxcolors=1 << 16)) > 10


def test_outputs_are_deterministic():
    assert share_image("Asha Verma", "Writing") == share_image("Asha Verma", "Writing")
    assert favicon_ico("Asha Verma") == favicon_ico("Asha Verma")
    assert apple_touch_icon("Asha Verma") == apple_touch_icon("Asha Verma")
    assert favicon_svg("Asha Verma") == favicon_svg("Asha Verma")


def test_png_outputs_carry_no_timestamp():
    for data in (share_image("Asha Verma", "Writing"), apple_touch_icon("Asha Verma")):
        assert b"tIME" not in data
        assert "date:create" not in open_image(data).info


def test_favicon_ico_holds_16_32_and_48_pixel_icons():
    image = open_image(favicon_ico("Asha Verma"))
    assert image.format == "ICO"
    assert image.info["sizes"] == {(16, 16), (32, 32), (48, 48)}
    image.size = (48, 48)
    image.load()
    assert image.getpixel((0, 0))[3] == 0  # rounded corner
    assert image.getpixel((24, 4))[3] == 255


def test_apple_touch_icon_is_an_opaque_180_pixel_png():
    image = open_image(apple_touch_icon("Élodie Durand"))
    assert (image.format, image.size, image.mode) == ("PNG", (180, 180), "RGB")
    assert len(image.getcolors(maxcolors=1 << 16)) > 2  # the initials were drawn


def test_favicon_svg_shows_the_initials_on_an_accent_square():
    svg = ET.fromstring(favicon_svg("Asha Verma"))
    assert svg.tag == f"{SVG}svg"
    assert svg.get("viewBox") == "0 0 64 64"
    assert svg.find(f"{SVG}rect").get("fill") == brand.ACCENT
    text = svg.find(f"{SVG}text")
    assert text.text == "AV"
    assert "system-ui" in text.get("font-family")


def test_favicon_svg_escapes_markup_in_the_name():
    markup = favicon_svg("<script>&\"' <b>x</b>")
    svg = ET.fromstring(markup)
    assert [el.tag for el in svg.iter()] == [f"{SVG}svg", f"{SVG}rect", f"{SVG}text"]
    assert "<script" not in markup and "<b>" not in markup


@given(names)
def test_favicon_svg_is_well_formed_for_any_name(name):
    markup = favicon_svg(name)
    svg = ET.fromstring(markup)
    assert [el.tag for el in svg.iter()] == [f"{SVG}svg", f"{SVG}rect", f"{SVG}text"]
    assert svg.find(f"{SVG}text").text == initials(name)
    # Every "<" in the markup opens or closes one of our three elements.
    assert markup.count("<") == 5


@settings(max_examples=25, deadline=None)
@given(names, st.one_of(st.none(), st.text(max_size=400)))
def test_share_image_is_always_1200_by_630(name, tagline):
    assert open_image(share_image(name, tagline)).size == (1200, 630)


@settings(max_examples=25, deadline=None)
@given(names)
def test_icons_draw_for_any_name(name):
    assert open_image(apple_touch_icon(name)).size == (180, 180)
    assert open_image(favicon_ico(name)).info["sizes"] == {(16, 16), (32, 32), (48, 48)}
