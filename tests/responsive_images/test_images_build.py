"""Images in a built article, and the strict errors about them."""

import pytest
from PIL import Image

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_site, soup
from test_images import photo


def site(tmp_path, body, extra_meta="", **settings):
    photo(tmp_path / "content/images/photo.jpg")
    text = article(body=body).replace("Slug: a-tip", "Slug: a-tip" + extra_meta)
    return build_site(
        tmp_path, {"articles/a.md": text}, IMAGE_CACHE_PATH=str(tmp_path / "cache"), **settings
    )


def failing(tmp_path, body) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        site(tmp_path, body)
    return [str(p) for p in failed.value.problems]


def test_article_image_gets_size_srcset_and_copies(tmp_path):
    output = site(
        tmp_path, "![A harbour at dawn]({static}/images/photo.jpg)\n\n![Again](../images/photo.jpg)"
    )
    page = soup(output / "a-tip/index.html")
    first, second = page.select("picture > img")
    assert (first["width"], first["height"]) == ("2000", "1250")
    assert first["loading"] == "eager" and second["loading"] == "lazy"
    original = (output / "images/photo.jpg").stat().st_size
    for source in [first["srcset"], page.select_one("picture source")["srcset"]]:
        for item in source.split(", "):
            url = item.split()[0].removeprefix("../")
            copy = output / url
            assert copy.exists(), url
            if "resized" in url:
                assert copy.stat().st_size < original
                with Image.open(copy) as image:
                    assert f"{image.width}w" == item.split()[1]


def test_decorative_image_is_allowed_with_empty_alt(tmp_path):
    output = site(tmp_path, "![](../images/photo.jpg){.decorative}")
    img = soup(output / "a-tip/index.html").select_one("picture img")
    assert img["alt"] == "" and not img.get("class")


def test_missing_alt_names_file_line_and_image(tmp_path):
    assert failing(tmp_path, "Text.\n\n![](../images/photo.jpg)") == [
        "content/articles/a.md:9: image '../images/photo.jpg' has no alt text: describe it "
        "in ![...], mark a purely decorative image with ![](...){.decorative}, or one to "
        "describe later with ![](...){.alt-todo}"
    ]


def test_missing_file_names_file_line_and_image(tmp_path):
    (line,) = failing(tmp_path, "![A cat](../images/cat.jpg)")
    assert line.startswith("content/articles/a.md:7: image '../images/cat.jpg' not found")


def test_external_image_is_refused(tmp_path):
    (line,) = failing(tmp_path, "![A cat](https://example.com/cat.jpg)")
    assert "is loaded from another site: save it under content/images/" in line


def test_share_image_is_cropped_to_1200_by_630(tmp_path):
    output = site(tmp_path, "Text.", extra_meta="\nImage: {static}/images/photo.jpg")
    page = soup(output / "a-tip/index.html")
    url = page.find("meta", property="og:image")["content"]
    assert "/images/share/photo-" in url
    assert page.find("meta", property="og:image:width")["content"] == "1200"
    with Image.open(output / url.split("/", 3)[3]) as image:
        assert image.size == (1200, 630)


@pytest.mark.parametrize(
    "body",
    [
        "![](../images/photo.jpg){.alt-todo}",
        '<p><img src="../images/photo.jpg" class="alt-todo"></p>',  # as an import writes it in HTML
    ],
)
def test_an_image_marked_alt_todo_builds_and_is_listed_as_a_to_do(tmp_path, body):
    report: dict = {}
    photo(tmp_path / "content/images/photo.jpg")
    from freelancekit.strict_build import build
    from site_kit import FIXTURE_SETTINGS, write_content

    content = write_content(tmp_path / "content", {"articles/a.md": article(body=body)})
    overrides = {"PATH": str(content), "IMAGE_CACHE_PATH": str(tmp_path / "cache")}
    build(FIXTURE_SETTINGS, tmp_path / "output", overrides=overrides, report=report)
    img = soup(tmp_path / "output/a-tip/index.html").select_one("picture img")
    assert img["alt"] == "" and not img.get("class")
    assert report["todo"] == ["articles/a.md: image ../images/photo.jpg needs alt text"]


@pytest.mark.parametrize(
    "body",
    ["![](../images/photo.jpg)", '<p><img src="../images/photo.jpg"></p>'],
)
def test_an_image_without_alt_and_without_the_marker_still_fails(tmp_path, body):
    (problem,) = failing(tmp_path, body)
    assert "has no alt text" in problem


@pytest.mark.parametrize(
    "body",
    [
        "![A harbour](../images/photo.jpg){: .alignleft .size-thumbnail}",
        '<p><img class="alignleft size-thumbnail" src="../images/photo.jpg" alt="A harbour"></p>',
    ],
)
def test_alignment_and_size_classes_stay_on_the_image(tmp_path, body):
    output = site(tmp_path, body)
    img = soup(output / "a-tip/index.html").select_one("picture img")
    assert img["class"] == ["alignleft", "size-thumbnail"]
