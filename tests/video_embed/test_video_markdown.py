"""The Markdown extension: a video URL alone on its line becomes a facade link."""

import logging

import markdown
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.pelican_internals import reset_log_limits
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
    assert facade.select_one(".video-facade__label").get_text() == "Play video on YouTube"
    assert facade.select_one(".video-facade__title") is None  # no title written
    assert [p.get_text() for p in page.find_all("p")] == ["Intro.", "After."]


def test_title_in_quotes_after_the_url_is_shown_on_the_facade():
    for quotes in ['"{}"', "“{}”"]:
        title = quotes.format("Big Buck Bunny, the open film")
        page = render(f"https://www.youtube.com/watch?v={ID} {title}")
        facade = page.select_one("a.video-facade[data-video-id]")
        assert facade["data-video-id"] == ID
        shown = facade.select_one(".video-facade__title").get_text()
        assert shown == "Big Buck Bunny, the open film"
        assert "video-facade--poster" not in facade["class"]


def test_image_on_the_next_line_is_the_poster_with_its_alt_text():
    page = render(f'https://youtu.be/{ID} "A film"\n![A meadow at dawn](images/meadow.jpg)')
    facade = page.select_one("a.video-facade")
    assert facade["class"] == ["video-facade", "video-facade--poster"]
    poster = facade.select_one(".video-facade__poster > img")
    assert (poster["src"], poster["alt"]) == ("images/meadow.jpg", "A meadow at dawn")
    assert facade.select_one(".video-facade__title").get_text() == "A film"
    assert not page.find("p")


def test_a_second_line_that_is_not_an_image_keeps_the_paragraph():
    page = render(f'https://youtu.be/{ID} "A film"\nsee [this](https://example.com)')
    assert page.select_one(".video-facade") is None


def test_unclosed_title_is_reported_and_the_line_kept(caplog):
    reset_log_limits()  # a build earlier in this process may have said it once already
    with caplog.at_level(logging.WARNING):
        page = render(f'https://youtu.be/{ID} "A film')
    assert "video title not closed: write it in double quotes after the URL" in caplog.text
    assert page.select_one(".video-facade") is None
    assert page.find("p").get_text() == f'https://youtu.be/{ID} "A film'


def test_sentence_after_the_url_with_quotes_stays_text(caplog):
    with caplog.at_level(logging.WARNING):
        page = render(f'https://youtu.be/{ID} "is" the one to watch')
    assert page.select_one(".video-facade") is None and caplog.text == ""


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


TITLE_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters='"“”&'), min_size=1
)


@given(TITLE_TEXT)
def test_any_title_is_shown_as_written_never_as_markup(title):
    page = render(f'https://youtu.be/{ID} "{title}"')
    shown = page.select_one(".video-facade__title")
    if not title.strip():
        assert shown is None
        return
    assert shown.get_text() == title.strip()
    assert shown.find(True) is None  # text only: no element came from the title
