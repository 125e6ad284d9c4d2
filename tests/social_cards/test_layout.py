"""A title into lines: the largest size that fits, wrapped, an ellipsis only at the end."""

from __future__ import annotations

import unicodedata

import pytest
from social_cards.card import TEXT_WIDTH, TITLE_MAX_LINES, TITLE_SIZES
from social_cards.fonts import FONT_DIRS, find_fonts
from social_cards.layout import ELLIPSIS, direction, ellipsize, fit, pieces, wrap

FONTS = find_fonts([], FONT_DIRS)
LATIN = FONTS[0]
CJK = next((font for font in FONTS if font.path and "CJK" in font.path), None)
needs_cjk = pytest.mark.skipif(CJK is None, reason="no CJK font: apt-get install fonts-noto-cjk")


def measure_at(font):
    return lambda size: font.load(size).getlength


def test_lines_are_no_wider_than_the_box_and_keep_every_word_in_order():
    measure = LATIN.load(48).getlength
    title = "How to brief a freelance writer so the first draft is the one you wanted"
    lines = wrap(title, measure, 500)
    assert len(lines) > 1
    assert all(measure(line) <= 500 for line in lines)
    assert " ".join(lines) == title


def test_a_word_wider_than_the_line_is_cut_between_letters_not_left_to_overflow():
    measure = LATIN.load(48).getlength
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    lines = wrap(f"The {word}", measure, 400)
    assert all(measure(line) <= 400 for line in lines)
    assert "".join(lines[1:]) == word


@needs_cjk
def test_japanese_breaks_between_characters_but_never_before_a_closing_stop():
    measure = CJK.load(60).getlength
    title = "翻訳プロジェクトの見積もり方、書面のスコープがお互いの時間を節約する理由。"
    lines = wrap(title, measure, 600)
    assert len(lines) > 1 and "".join(lines) == title
    assert all(measure(line) <= 600 for line in lines)
    assert not any(unicodedata.category(line[0]) == "Po" for line in lines)


def test_spaces_are_where_a_latin_line_may_break():
    assert pieces("Price  the\twork") == ["Price ", "the ", "work"]


def test_a_short_title_gets_the_largest_size_on_one_line():
    fitted = fit("Rates", measure_at(LATIN), TITLE_SIZES, TEXT_WIDTH, TITLE_MAX_LINES)
    assert fitted.size == TITLE_SIZES[0] and fitted.lines == ["Rates"]


def test_a_longer_title_shrinks_before_anything_is_cut():
    title = " ".join(["Pricing"] * 18)  # four lines at the largest size would not hold it
    fitted = fit(title, measure_at(LATIN), TITLE_SIZES, TEXT_WIDTH, TITLE_MAX_LINES)
    assert TITLE_SIZES[-1] <= fitted.size < TITLE_SIZES[0]
    assert " ".join(fitted.lines) == title and ELLIPSIS not in "".join(fitted.lines)


def test_only_a_title_too_long_at_the_smallest_size_ends_in_an_ellipsis():
    title = " ".join(f"word{n}" for n in range(200))
    fitted = fit(title, measure_at(LATIN), TITLE_SIZES, TEXT_WIDTH, TITLE_MAX_LINES)
    assert fitted.size == TITLE_SIZES[-1]
    assert len(fitted.lines) == TITLE_MAX_LINES
    assert fitted.lines[-1].endswith(ELLIPSIS)
    measure = LATIN.load(fitted.size).getlength
    assert all(measure(line) <= TEXT_WIDTH for line in fitted.lines)


def test_an_ellipsis_cuts_at_a_space_near_the_end_and_drops_trailing_punctuation():
    measure = LATIN.load(40).getlength
    cut = ellipsize("Rates, retainers, and the price of a rush job", measure, 420)
    assert cut.endswith(ELLIPSIS) and measure(cut) <= 420
    assert not cut[:-1].endswith((" ", ","))


def test_the_direction_is_that_of_the_first_strong_letter():
    assert direction("كيف تسعّر مشروعك (2026)") == "rtl"
    assert direction("«איך לתמחר»") == "rtl"
    assert direction("2026: pricing in عربي") == "ltr"
    assert direction("2026") == "ltr"
