"""invoke screenshots: pictures of the writer's site, for a person to look at."""

from __future__ import annotations

import concurrent.futures
from pathlib import Path

import pytest
from PIL import Image

from freelancekit.screenshots import MISSING_PATH, SCHEMES, pages_to_show, picture_name, take
from site_kit import build_site


def test_pages_are_home_its_first_article_the_menu_and_the_404(fixture_site):
    pages = pages_to_show(fixture_site)
    assert pages == {
        "home": "",
        "article": "pricing-freelance-writing/",  # pinned: the home lists it first
        "portfolio": "portfolio/",
        "writing": "blog/",
        "about": "about/",
        "search": "search/",
        "hire-me": "hire-me/",
        "404": MISSING_PATH,
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hire me", "hire-me"), ("Über uns!", "ber-uns"), ("…", "page"), ("../../etc", "etc")],
)
def test_picture_names_are_plain_file_names(text, name):
    assert picture_name(text) == name


@pytest.mark.browser
def test_pictures_at_each_width_and_scheme(tmp_path):
    site = build_site(tmp_path, SITEURL="http://127.0.0.1:8000")  # as `invoke screenshots` does
    # In a thread of its own: the browser suite's Playwright holds this one's event loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        saved = pool.submit(take, site, tmp_path / "pictures", (360,), SCHEMES).result()
    names = {path.name for path in saved}
    assert {"home-360-light.png", "home-360-dark.png", "404-360-dark.png"} <= names
    assert len(names) == 2 * len(pages_to_show(site))
    light, dark = (
        Image.open(tmp_path / "pictures" / f"home-360-{s}.png") for s in ("light", "dark")
    )
    assert light.width == dark.width == 360
    corner = (light.width - 1, light.height - 1)
    assert light.convert("RGB").getpixel(corner) != dark.convert("RGB").getpixel(corner)


LAND = (0xDD, 0xD3, 0xC4)  # the map's land, light (site.css's --line)


@pytest.mark.browser
def test_pictures_show_images_far_below_the_fold(tmp_path):
    """The home page's map, a lazy image under a long list of services, is in its
    full-page picture (its land covers thousands of pixels, not a card's 1 px
    borders). take() loads lazy images before each picture: a slower machine than
    this one took pictures before the map had loaded."""
    service = "Title: Service {n}\nSummary: {words}\n\nIncluded.\n"
    files = {
        f"services/s{n}.md": service.format(n=n, words="A long summary. " * 40) for n in range(12)
    }
    files["articles/a.md"] = "Title: A\nDate: 2026-01-02\nCategory: Tips\n\nText.\n"
    site = build_site(tmp_path, files, SITEURL="http://127.0.0.1:8000", CLIENT_COUNTRIES=["Brazil"])
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(take, site, tmp_path / "pictures", (360,), ("light",)).result()
    home = Image.open(tmp_path / "pictures/home-360-light.png").convert("RGB")
    assert home.height > 6000
    counts = {colour: count for count, colour in home.getcolors(1 << 20)}
    assert counts.get(LAND, 0) > 3000


def test_a_missing_browser_is_a_clear_error(tmp_path, monkeypatch):
    import freelancekit.screenshots as screenshots

    monkeypatch.setattr(screenshots, "CHROMIUM", Path(tmp_path / "no-chromium"))
    with pytest.raises(screenshots.NoBrowser, match="install Debian's chromium"):
        take(tmp_path, tmp_path / "pictures")
