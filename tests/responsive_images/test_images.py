"""Image logic on images made here: measuring, resizing, caching, markup."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from freelancekit.markup import tag_attributes
from responsive_images.images import (
    picture_for,
    picture_markup,
    resolve_source,
    share_crop,
)


def photo(path: Path, size=(2000, 1250), mode="RGB") -> Path:
    """A noisy photo-like image (compresses like a photo, not like a flat colour)."""
    image = Image.effect_noise(size, 60).convert(mode)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, quality=90)
    return path


def test_tag_attributes_decode_entities():
    assert tag_attributes('<img src="a&amp;b.jpg" alt="Fish &amp; chips" title=\'t\'>') == {
        "src": "a&b.jpg",
        "alt": "Fish & chips",
        "title": "t",
    }


def test_sources_resolve_like_pelican_links(tmp_path):
    root, article = tmp_path / "content", tmp_path / "content/articles/a.md"
    assert resolve_source("{static}/images/p.jpg", article, root) == root / "images/p.jpg"
    assert resolve_source("{static}p.jpg", article, root) == root / "articles/p.jpg"
    assert resolve_source("/images/p.jpg", article, root) == root / "images/p.jpg"
    assert resolve_source("../images/p.jpg?x=1#f", article, root) == root / "images/p.jpg"


def test_resized_copies_are_smaller_and_cached(tmp_path):
    original = photo(tmp_path / "content/images/p.jpg")
    cache = tmp_path / "cache"
    picture = picture_for(original, "images/p.jpg", "A photo", cache)
    assert (picture.width, picture.height) == (2000, 1250)
    assert [v.width for v in picture.webp] == [480, 960, 1440]
    assert [v.width for v in picture.same_format] == [480, 960, 1440]
    for variant in picture.webp + picture.same_format:
        assert variant.cached.stat().st_size < original.stat().st_size
        with Image.open(variant.cached) as copy:
            assert copy.width == variant.width
            assert copy.height == round(1250 * variant.width / 2000)
    assert picture.webp[0].site_path.startswith("images/resized/p-")
    stamps = {v.cached: v.cached.stat().st_mtime_ns for v in picture.webp}
    again = picture_for(original, "images/p.jpg", "A photo", cache)
    assert {v.cached: v.cached.stat().st_mtime_ns for v in again.webp} == stamps


def test_small_images_get_no_copies(tmp_path):
    original = photo(tmp_path / "small.png", size=(300, 200))
    picture = picture_for(original, "images/small.png", "x", tmp_path / "cache")
    assert picture.webp == [] and picture.same_format == []


def test_markup_has_size_lazy_loading_and_srcsets(tmp_path):
    picture = picture_for(photo(tmp_path / "p.jpg"), "images/p.jpg", 'A "photo"', tmp_path / "c")
    page = BeautifulSoup(picture_markup(picture, "..", eager=False), "html.parser")
    img = page.select_one("picture > img")
    assert (img["width"], img["height"]) == ("2000", "1250")
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert img["alt"] == 'A "photo"' and img["src"] == "../images/p.jpg"
    assert img["srcset"].endswith("../images/p.jpg 2000w")
    source = page.select_one('picture > source[type="image/webp"]')
    assert source["srcset"].count(".webp ") == 3
    eager = BeautifulSoup(picture_markup(picture, ".", eager=True), "html.parser")
    assert eager.img["loading"] == "eager"


@pytest.mark.parametrize("size", [(2000, 1250), (800, 1200)])
def test_share_crop_is_1200_by_630(tmp_path, size):
    crop = share_crop(photo(tmp_path / "p.jpg", size=size), tmp_path / "cache")
    with Image.open(crop) as image:
        assert image.size == (1200, 630)
