"""Lengths as each network counts them, on our own table of cases."""

import pytest

from tweetable_quotes import Overflow, grapheme_length, weighted_length
from tweetable_quotes.length import mastodon_length, overflows

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


def test_mastodon_counts_links_as_23():
    assert mastodon_length(f"Read this {URL}") == len("Read this ") + 23


def test_overflow_says_network_limit_and_excess():
    (overflow,) = overflows({"x": "a" * 281, "bluesky": "a" * 300})
    assert overflow == Overflow("x", 281)
    assert str(overflow) == (
        "quote is 1 character over X's 280 limit (281 with the link): shorten it"
    )
    assert str(Overflow("bluesky", 310)).startswith("quote is 10 characters over Bluesky's 300")


def test_posts_within_limits_pass():
    assert overflows({"x": "a" * 280, "bluesky": "a" * 300, "mastodon": "a" * 500}) == []
