"""Lengths as each network counts them, on our own table of cases."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tweetable_quotes import Overflow, grapheme_length, weighted_length
from tweetable_quotes.length import bluesky_length, bluesky_short_url, mastodon_length, overflows

URL = "https://example.com/a-very-long-article-slug-about-outsourcing/#quote-box"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello world", 11),  # ASCII weighs 1
        ("a" * 280, 280),  # exactly the limit
        ("a" * 281, 281),  # one over
        (URL, 23),  # every URL counts 23, however long
        ("see example.com now", 31),  # a URL without scheme is still a URL
        ("see www.example.org/path?q=1 now", 31),
        ("foo.bar", 23),  # a valid TLD makes it a URL, as on X
        ("日本語", 6),  # CJK weighs 2
        ("こんにちは世界", 14),
        ("한국어", 6),
        ("👍", 2),  # an emoji weighs 2
        ("👍🏽", 2),  # with a skin-tone modifier: still one emoji
        ("👨‍👩‍👧‍👦", 2),  # a ZWJ family: one emoji
        ("🇫🇷", 2),  # a flag: one emoji
        ("café", 4),  # precomposed
        ("cafe\u0301", 4),  # decomposed: NFC first
        ("“quotes” — dashes", 17),  # U+2010-U+201F punctuation weighs 1
        ("wait…", 6),  # but the ellipsis (U+2026) is outside the light ranges: 2
        ("a" * 256 + " " + URL, 280),  # text plus link exactly at the limit
    ],
)
def test_weighted_length(text, expected):
    assert weighted_length(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("abc", 3), ("👨‍👩‍👧‍👦", 1), ("👍🏽", 1), ("cafe\u0301", 4), ("日本語", 3), (URL, len(URL))],
)
def test_bluesky_counts_graphemes(text, expected):
    assert grapheme_length(text) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # social-app's toShortUrl: host, then at most 15 characters, else 13 and "..."
        (URL, "example.com/a-very-long-..."),
        ("https://example.com", "example.com"),
        ("https://example.com/", "example.com"),
        ("https://example.com/sixteen-chars/x", "example.com/sixteen-char..."),
        ("https://example.com/fifteen-chars/", "example.com/fifteen-chars/"),
        ("https://example.com/a?b=1#c", "example.com/a?b=1#c"),
        ("http://127.0.0.1:8000/a/", "127.0.0.1:8000/a/"),
        ("https://example.com:443/a", "example.com/a"),  # the default port is not shown
        ("https://bücher.example/a", "xn--bcher-kva.example/a"),  # the browser's punycode
        ("https://example.com/é", "example.com/%C3%A9"),  # and its percent-encoding
        ("https://example.com:99999/", "https://example.com:99999/"),  # refused: as written
    ],
)
def test_bluesky_shows_a_link_short(url, shown):
    assert bluesky_short_url(url) == shown


def test_bluesky_counts_graphemes_with_links_as_shown():
    assert bluesky_length(f"Read this {URL}") == len("Read this example.com/a-very-long-...")
    # Trailing punctuation and an unmatched ")" are not part of the link.
    assert bluesky_length("(see https://example.com/a).") == len("(see example.com/a).")
    # Without a scheme, a domain is counted as written (Bluesky never counts it longer).
    assert bluesky_length("see example.com/a-very-long-path-here") == 37


def test_mastodon_counts_graphemes_and_links_as_23():
    assert mastodon_length(f"Read this {URL}") == len("Read this ") + 23
    assert mastodon_length("👨‍👩‍👧‍👦 https://example.com/a.") == 2 + 23 + 1
    # Mastodon requires the scheme, and twitter-text a real domain.
    assert mastodon_length("example.com") == 11
    assert mastodon_length("http://127.0.0.1:8000/a") == 23


@given(st.text())
def test_any_text_is_measured_on_every_network(text):
    for count in (bluesky_length, mastodon_length, weighted_length):
        assert count(text) >= 0
    if "://" not in text:
        assert bluesky_length(text) == grapheme_length(text)


def test_overflow_says_network_limit_and_excess():
    (overflow,) = overflows({"x": "a" * 281, "bluesky": "a" * 300})
    assert overflow == Overflow("x", 281)
    assert str(overflow) == (
        "quote is 1 character over X's 280 limit (281 with the link): shorten it"
    )
    assert str(Overflow("bluesky", 310)).startswith("quote is 10 characters over Bluesky's 300")


def test_overflow_says_how_the_link_was_counted():
    assert str(Overflow("x", 281, "counted as https://www.example.com")) == (
        "quote is 1 character over X's 280 limit (281 with the link; counted as "
        "https://www.example.com): shorten it"
    )


def test_posts_within_limits_pass():
    assert overflows({"x": "a" * 280, "bluesky": "a" * 300, "mastodon": "a" * 500}) == []
