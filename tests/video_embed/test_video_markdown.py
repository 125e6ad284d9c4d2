"""The Markdown extension: a video URL alone on its line becomes a facade link."""

import markdown
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from video_embed import VideoEmbedExtension

ID = "aqz-KE-bpKQ"


def render(text: str) -> BeautifulSoup:
    html = markdown.markdown(text, extensions=[VideoEmbedExtension(), "extra"])
    return BeautifulSoup(html, "html.parser")


def test_url_alone_becomes_facade_link_with_video_id():
    page = render(f"Intro.\n\nhttps://www.youtube.com/watch?v={ID}\n\nAfter.")
    facade = page.select_one("figure.video-embed > a.video-facade")
    assert facade["data-video-id"] == ID
    assert facade["data-video-provider"] == "youtube"
    assert facade["href"] == f"https://www.youtube.com/watch?v={ID}"
    assert facade["data-embed-src"].startswith("https://www.youtube-nocookie.com/embed/")
    assert facade.get_text(strip=True) == "Play video on YouTube"
    assert [p.get_text() for p in page.find_all("p")] == ["Intro.", "After."]


def test_facade_requests_nothing_by_itself():
    page = render(f"https://youtu.be/{ID}")
    assert not page.find_all(["iframe", "img", "script", "video"])
    assert not [t for t in page.find_all(True) if t.get("src")]


def test_url_inside_a_sentence_stays_text():
    page = render(f"Watch https://youtu.be/{ID} today.")
    assert page.find("a") is None
    assert "https://youtu.be/" in page.get_text()


def test_url_with_another_line_stays_text():
    page = render(f"https://youtu.be/{ID}\nand a caption")
    assert page.select_one(".video-facade") is None


def test_facade_works_in_lists_and_quotes():
    page = render(f"- https://vimeo.com/1084537\n\n> https://youtu.be/{ID}")
    assert page.select_one("li .video-facade")["data-video-id"] == "1084537"
    assert page.select_one("blockquote .video-facade")["data-video-id"] == ID


@given(st.text(max_size=80))
def test_no_text_produces_unescaped_markup(text):
    page = render(f"https://youtu.be/{ID}?t={text}")
    for link in page.select("a.video-facade"):
        assert "<" not in link["href"] and '"' not in link["href"]
