"""Which URLs become video facades, and the links the facade carries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from video_embed import Video, parse_video_url
from video_embed.videos import parse_start

ID = "aqz-KE-bpKQ"


@pytest.mark.parametrize(
    "url",
    [
        f"https://www.youtube.com/watch?v={ID}",
        f"https://youtube.com/watch?v={ID}&feature=share",
        f"http://m.youtube.com/watch?v={ID}",
        f"https://youtu.be/{ID}",
        f"https://www.youtube.com/shorts/{ID}",
        f"https://www.youtube.com/embed/{ID}",
        f"https://www.youtube.com/live/{ID}",
        f"<https://youtu.be/{ID}>",
        f"  https://youtu.be/{ID}  ",
    ],
)
def test_youtube_forms_are_recognised(url):
    assert parse_video_url(url) == Video("youtube", ID)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vimeo.com/1084537", Video("vimeo", "1084537")),
        ("https://player.vimeo.com/video/1084537", Video("vimeo", "1084537")),
        ("https://vimeo.com/1084537/ab12cd", Video("vimeo", "1084537", hash="ab12cd")),
        ("https://vimeo.com/1084537#t=30s", Video("vimeo", "1084537", start=30)),
    ],
)
def test_vimeo_forms_are_recognised(url, expected):
    assert parse_video_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC123",
        "https://example.com/watch?v=aqz-KE-bpKQ",
        "https://youtu.be.evil.example/aqz-KE-bpKQ",
        "https://vimeo.com/channels/staffpicks",
        "https://player.vimeo.com/1084537",
        "youtube.com/watch?v=aqz-KE-bpKQ",
        "see https://youtu.be/aqz-KE-bpKQ",
        "",
    ],
)
def test_other_urls_are_left_alone(url):
    assert parse_video_url(url) is None


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("90", 90), ("90s", 90), ("1m30s", 90), ("1h2m3s", 3723), ("", 0), ("x", 0), (None, 0)],
)
def test_start_times(value, seconds):
    assert parse_start(value) == seconds


def test_start_time_reaches_both_links():
    video = parse_video_url(f"https://youtu.be/{ID}?t=1m5s")
    assert video.start == 65
    assert video.watch_url == f"https://www.youtube.com/watch?v={ID}&t=65s"
    assert video.embed_url == f"https://www.youtube-nocookie.com/embed/{ID}?autoplay=1&start=65"


def test_embeds_use_privacy_enhanced_players():
    assert parse_video_url(f"https://youtu.be/{ID}").embed_url.startswith(
        "https://www.youtube-nocookie.com/embed/"
    )
    vimeo = parse_video_url("https://vimeo.com/1084537/ab12cd")
    assert vimeo.embed_url == "https://player.vimeo.com/video/1084537?autoplay=1&dnt=1&h=ab12cd"
    assert vimeo.watch_url == "https://vimeo.com/1084537/ab12cd"


@given(st.text())
def test_any_text_parses_or_returns_none(text):
    video = parse_video_url(text)
    assert video is None or video.provider in {"youtube", "vimeo"}


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40))
def test_recognised_ids_are_url_safe(suffix):
    video = parse_video_url(f"https://youtu.be/{suffix}")
    if video is not None:
        assert video.id.replace("-", "").replace("_", "").isalnum() and video.id.isascii()
