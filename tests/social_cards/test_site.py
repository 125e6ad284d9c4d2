"""Built sites: an article's card in its share tags, drawn once, its errors strict."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

import site_kit
from site_kit import article, soup

# Test builds leave social cards out unless the test is about them: these all are.
build_site = functools.partial(site_kit.build_site, SOCIAL_CARDS=True)
build_fails = functools.partial(site_kit.build_fails, SOCIAL_CARDS=True)

SITE = "Noor <Haddad> & Co"


def meta(page, **attrs) -> str | None:
    tag = page.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_an_article_without_an_image_shares_its_own_card(tmp_path):
    title = 'Price "rush" jobs <fairly> & say so'
    files = {
        "articles/a.md": article(title=title),
        "pages/about.md": "Title: About\n\nWho I am.\n",
    }
    output = build_site(tmp_path, files, SITENAME=SITE)
    page = soup(output / "a-tip/index.html")
    image = meta(page, property="og:image")
    assert image.startswith("https://example.com/images/cards/") and image.endswith(".png")
    assert meta(page, name="twitter:image") == image
    assert meta(page, name="twitter:card") == "summary_large_image"
    assert meta(page, property="og:image:width") == "1200"
    assert meta(page, property="og:image:height") == "630"
    alt = f"{title} · {SITE}"
    assert meta(page, property="og:image:alt") == alt
    assert meta(page, name="twitter:image:alt") == alt
    with Image.open(output / image.removeprefix("https://example.com/")) as card:
        assert (card.format, card.size) == ("PNG", (1200, 630))
    # Pages are the owner's shop window: they keep the owner's share image.
    about = soup(output / "about/index.html")
    assert "/images/cards/" not in meta(about, property="og:image")


def test_an_article_with_its_own_image_keeps_it(fixture_site):
    page = soup(fixture_site / "brief-before-you-outsource/index.html")
    assert "/images/share/" in meta(page, property="og:image")
    assert meta(page, property="og:image:alt").startswith("A one-page written brief")
    other = soup(fixture_site / "pricing-freelance-writing/index.html")
    assert "/images/cards/" in meta(other, property="og:image")


def cards(tmp_path: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (tmp_path / ".cache/cards").glob("*.png")}


def test_an_unchanged_article_is_not_drawn_again(tmp_path):
    files = {"articles/a.md": article(title="Rates"), "articles/b.md": article("b", "Retainers")}
    cache = {"SOCIAL_CARD_CACHE_PATH": str(tmp_path / ".cache/cards")}  # this test's own
    build_site(tmp_path, files, **cache)
    first = cards(tmp_path)
    assert len(first) == 2
    output = build_site(tmp_path, {"articles/b.md": article("b", "Retainers, revised")}, **cache)
    second = cards(tmp_path)
    assert len(second) == 3  # the new title's card; the others untouched
    assert {name: second[name] for name in first} == first
    assert len(list((output / "images/cards").glob("*.png"))) == 2


def test_a_title_no_font_can_draw_fails_naming_the_file_and_the_package(tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    files = {"articles/a.md": article(title="翻訳の見積もり方"), "articles/b.md": article("b")}
    problems = build_fails(tmp_path, files, SOCIAL_CARD_FONT_DIRS=[str(empty)])
    assert len(problems) == 1
    assert problems[0].file.endswith("a.md")
    assert "fonts-noto-cjk" in problems[0].message
    assert "SOCIAL_CARD_FONTS" in problems[0].message


def test_a_latin_site_builds_with_no_system_font_at_all(tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    output = build_site(
        tmp_path, {"articles/a.md": article(title="Rates")}, SOCIAL_CARD_FONT_DIRS=[str(empty)]
    )
    assert len(list((output / "images/cards").glob("*.png"))) == 1


def test_unreadable_card_colours_fail_at_their_setting(tmp_path):
    colors = {"background": "#ffffff", "text": "#dddddd", "accent": "#0f4c5c"}
    problems = build_fails(tmp_path, {"articles/a.md": article()}, SOCIAL_CARD_COLORS=colors)
    assert len(problems) == 1
    assert "SOCIAL_CARD_COLORS" in problems[0].message and "contrast" in problems[0].message


def test_cards_can_be_turned_off(tmp_path):
    output = build_site(tmp_path, {"articles/a.md": article()}, SOCIAL_CARDS=False)
    assert "/images/cards/" not in meta(soup(output / "a-tip/index.html"), property="og:image")


SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")


def card_file(output: Path) -> Path:
    page = soup(output / "a-tip/index.html")
    return output / meta(page, property="og:image").removeprefix("https://example.com/")


def test_the_writers_own_font_draws_the_card(tmp_path):
    if not SERIF.is_file():
        pytest.skip("DejaVu Serif is not installed (fonts-dejavu-extra)")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts/brand.ttf").write_bytes(SERIF.read_bytes())
    files = {"articles/a.md": article(title="Rates")}
    plain = card_file(build_site(tmp_path / "plain", files)).read_bytes()
    branded = build_site(tmp_path, files, SOCIAL_CARD_FONTS=["fonts/brand.ttf"])
    assert card_file(branded).read_bytes() != plain


def test_a_font_file_that_is_not_there_fails_at_its_setting(tmp_path):
    problems = build_fails(
        tmp_path, {"articles/a.md": article()}, SOCIAL_CARD_FONTS=["fonts/missing.ttf"]
    )
    assert len(problems) == 1
    assert "SOCIAL_CARD_FONTS" in problems[0].message and "missing.ttf" in problems[0].message


HOSTILE_TITLE = (
    st.text(alphabet="abcXYZ <>&\"'/=;" + "عربي" + "עברית", min_size=1, max_size=60)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(title=HOSTILE_TITLE)
def test_the_cards_alt_text_is_the_title_as_typed_and_opens_no_markup(tmp_path_factory, title):
    folder = tmp_path_factory.mktemp("alt")
    text = article(title=title)
    page = soup(build_site(folder, {"articles/a.md": text}, SITENAME=SITE) / "a-tip/index.html")
    assert {tag.name for tag in page.head.find_all(True)} <= {"meta", "link", "title", "script"}
    assert meta(page, property="og:image:alt") == f"{title} · {SITE}"
    assert meta(page, name="twitter:image:alt") == f"{title} · {SITE}"
