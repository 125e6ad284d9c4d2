"""How long a shared quote is on each network, by that network's own rules."""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from dataclasses import dataclass

import regex

with warnings.catch_warnings():
    # twitter-text-parser reads its emoji table through pkg_resources, which warns
    # that it is deprecated on every import; the pin in requirements.in keeps it.
    warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
    from twitter_text import parse_tweet

URL_WEIGHT = 23  # X and Mastodon count every link as 23 characters
URL = re.compile(r"https?://\S+")

LIMITS = {"x": 280, "bluesky": 300, "mastodon": 500, "linkedin": 3000}
NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "linkedin": "LinkedIn"}


@functools.lru_cache(maxsize=4096)
def weighted_length(text: str) -> int:
    """Length of `text` as X counts it (twitter-text v3: NFC, URLs 23, CJK/emoji 2)."""
    # Cached: the parser takes about 1 ms a post, and the dev server checks every box
    # on every save.
    return parse_tweet(text).weightedLength


def grapheme_length(text: str) -> int:
    """Length as Bluesky counts it: user-perceived characters (grapheme clusters)."""
    return len(regex.findall(r"\X", unicodedata.normalize("NFC", text)))


def mastodon_length(text: str) -> int:
    """Length as Mastodon counts it: characters, with every http(s) link as 23."""
    text = unicodedata.normalize("NFC", text)
    links = URL.findall(text)
    return len(URL.sub("", text)) + URL_WEIGHT * len(links)


COUNTERS = {
    "x": weighted_length,
    "bluesky": grapheme_length,
    "mastodon": mastodon_length,
    "linkedin": lambda text: len(unicodedata.normalize("NFC", text)),
}


@dataclass(frozen=True)
class Overflow:
    """A post that does not fit its network."""

    network: str
    length: int

    @property
    def limit(self) -> int:
        return LIMITS[self.network]

    @property
    def over(self) -> int:
        return self.length - self.limit

    def __str__(self) -> str:
        return (
            f"quote is {self.over} character{'s' * (self.over != 1)} over "
            f"{NAMES[self.network]}'s {self.limit} limit ({self.length} with the link): "
            "shorten it"
        )


def overflows(posts: dict[str, str]) -> list[Overflow]:
    """Check {network: the full post text} against each network's limit."""
    found = []
    for network, post in posts.items():
        length = COUNTERS[network](post)
        if length > LIMITS[network]:
            found.append(Overflow(network, length))
    return found
