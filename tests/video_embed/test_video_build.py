"""A video line in a built article: its title, its local poster, nothing from elsewhere."""

from urllib.parse import urlsplit

from PIL import Image

from site_kit import TEST_SITEURL, article, build_fails, build_site, soup

VIDEO = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ "Big Buck Bunny, the open film"'
POSTER = "![A drawn meadow at sunrise]({static}/images/meadow.jpg)"


def built(tmp_path, body: str):
    image = tmp_path / "content/images/meadow.jpg"
    image.parent.mkdir(parents=True)
    Image.new("RGB", (1280, 720), (90, 140, 80)).save(image)
    output = build_site(
        tmp_path, {"articles/a.md": article(body=body)}, IMAGE_CACHE_PATH=str(tmp_path / "cache")
    )
    return output / "a-tip/index.html"


def test_facade_shows_title_and_local_poster_with_alt(tmp_path):
    html = built(tmp_path, f"Watch this:\n\n{VIDEO}\n{POSTER}\n\nThen write the brief.")
    page = soup(html)
    facade = page.select_one("figure.video-embed > a.video-facade.video-facade--poster")
    assert facade["data-video-id"] == "aqz-KE-bpKQ"
    assert facade.select_one(".video-facade__title").get_text() == "Big Buck Bunny, the open film"
    poster = facade.select_one(".video-facade__poster picture img")
    assert poster["alt"] == "A drawn meadow at sunrise"
    assert poster["width"] == "1280" and poster["height"] == "720"
    assert (html.parent / poster["src"]).resolve().is_file()  # copied into the site


def test_nothing_on_the_page_loads_from_another_site_before_play(tmp_path):
    page = soup(built(tmp_path, f"{VIDEO}\n{POSTER}"))
    assert not page.find("iframe")
    for tag in page.find_all(["img", "source", "script", "iframe"]):
        for attribute in ("src", "srcset"):
            for url in (tag.get(attribute) or "").split(","):
                host = urlsplit(url.strip().split(" ")[0]).hostname
                assert host in {None, urlsplit(TEST_SITEURL).hostname}, url
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    policy = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert policy["img-src"] == "'self' data:"
    assert policy["frame-src"] == "https://www.youtube-nocookie.com https://player.vimeo.com"


def test_poster_without_alt_text_fails_like_any_image(tmp_path):
    image = tmp_path / "content/images/meadow.jpg"
    image.parent.mkdir(parents=True)
    Image.new("RGB", (64, 36)).save(image)
    problems = build_fails(
        tmp_path,
        {"articles/a.md": article(body=f"{VIDEO}\n![]({{static}}/images/meadow.jpg)")},
        IMAGE_CACHE_PATH=str(tmp_path / "cache"),
    )
    assert [str(p) for p in problems] == [
        "content/articles/a.md:8: image '{static}/images/meadow.jpg' has no alt text: describe "
        "it in ![...], mark a purely decorative image with ![](...){.decorative}, or one to "
        "describe later with ![](...){.alt-todo}"
    ]


def test_unclosed_title_fails_the_build_at_its_line(tmp_path):
    problems = build_fails(
        tmp_path, {"articles/a.md": article(body='Intro.\n\nhttps://youtu.be/aqz-KE-bpKQ "A film')}
    )
    assert [str(p) for p in problems] == [
        "content/articles/a.md:9: video title not closed: write it in double quotes after the "
        'URL, as in https://youtu.be/ID "The title"'
    ]
