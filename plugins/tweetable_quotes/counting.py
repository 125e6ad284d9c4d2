"""How each network counts a post: X's weighted length, Bluesky's and Mastodon's graphemes."""

from __future__ import annotations

import functools
import re
import string
import unicodedata
import warnings
from urllib.parse import quote, urlsplit

import regex

with warnings.catch_warnings():
    # twitter-text-parser reads its emoji table through pkg_resources, which warns
    # that it is deprecated on every import; the pin in requirements.in keeps it.
    warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
    from twitter_text import parse_tweet
    from twitter_text.extract_urls import extract_urls_with_indices

URL_WEIGHT = 23  # X (t.co) and Mastodon count every link as 23 characters


@functools.lru_cache(maxsize=4096)
def weighted_length(text: str) -> int:
    """Length of `text` as X counts it (twitter-text v3: NFC, URLs 23, CJK/emoji 2)."""
    # Cached: the parser takes about 1 ms a post, and the dev server checks every box
    # on every save.
    return parse_tweet(text).weightedLength


def grapheme_length(text: str) -> int:
    """User-perceived characters (grapheme clusters) of `text`, after NFC."""
    return len(regex.findall(r"\X", unicodedata.normalize("NFC", text)))


# Bluesky's composer finds links as @atproto/api's detectFacets does (http(s)://
# at the start, after a space or "("; a last . , ; ! ? or unmatched ")" left out)
# and counts each as it shows it: social-app's toShortUrl, host plus at most 15
# characters, else the first 13 and "...". Links without a scheme are counted in
# full, which is never less than Bluesky counts them.
BLUESKY_LINK = re.compile(r"(?:^|(?<=[\s(]))https?://\S+", re.I | re.M)
DEFAULT_PORTS = {"http": 80, "https": 443}
# What a browser's URL parser leaves as it is; anything else (non-ASCII) it percent-encodes.
URL_SAFE = "".join(c for c in string.punctuation if c not in '"<>`')


def bluesky_short_url(url: str) -> str:
    """A link as Bluesky's composer shows and counts it: example.com/a-long-pa..."""
    try:
        parts = urlsplit(url)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):  # the browser's parser refuses it: left as it is
        return url
    if not host:
        return url
    if port is not None and port != DEFAULT_PORTS[parts.scheme.lower()]:
        host += f":{port}"
    rest = "" if parts.path == "/" else parts.path
    rest += f"?{parts.query}" if parts.query else ""
    rest += f"#{parts.fragment}" if parts.fragment else ""
    rest = quote(rest, safe=URL_SAFE)
    return host + (rest if len(rest) <= 15 else rest[:13] + "...")


def _shortened(match: re.Match) -> str:
    link, tail = match.group(0), ""
    if link[-1] in ".,;!?":
        link, tail = link[:-1], link[-1]
    if link.endswith(")") and "(" not in link:
        link, tail = link[:-1], ")" + tail
    return bluesky_short_url(link) + tail


def bluesky_length(text: str) -> int:
    """Length as Bluesky counts it: graphemes, with each link as its composer shows it."""
    return grapheme_length(BLUESKY_LINK.sub(_shortened, text))


def mastodon_length(text: str) -> int:
    """Length as Mastodon counts it: graphemes, with every http(s) link as 23."""
    # Mastodon's StatusLengthValidator: links found by twitter-text, scheme required,
    # each replaced by 23 characters, then grapheme clusters counted.
    text = unicodedata.normalize("NFC", text)
    links = extract_urls_with_indices(text, extract_urls_without_protocol=False)
    for link in reversed(links):
        start, end = link["indices"]
        text = text[:start] + "x" * URL_WEIGHT + text[end:]
    return grapheme_length(text)


def plain_length(text: str) -> int:
    """Characters after NFC: how LinkedIn counts a post."""
    return len(unicodedata.normalize("NFC", text))
