"""Share links for a quote: web intents with the text and the link percent-encoded."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlencode

NETWORKS = ("x", "bluesky", "linkedin", "mastodon")
DEFAULT_MASTODON_SHARE = "https://s2f.kytta.dev/?text={text}"
WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """NFC and single spaces: the text as it is shown and shared."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def post_text(text: str, url: str, via: str | None = None) -> str:
    """The post as X will compose it from the intent: text, link, 'via @handle'."""
    parts = [text, url] if url else [text]
    if via:
        parts.append(f"via @{via}")
    return " ".join(parts)


def share_posts(text: str, url: str, via: str | None, networks: tuple[str, ...]) -> dict:
    """{network: the post a reader would send}, for length checks."""
    return {n: post_text(text, url, via if n == "x" else None) for n in networks}


def share_links(
    text: str,
    url: str,
    via: str | None = None,
    networks: tuple[str, ...] = NETWORKS,
    mastodon_share: str = DEFAULT_MASTODON_SHARE,
) -> dict[str, str]:
    """{network: href} for each network; every value is percent-encoded."""
    links = {}
    for network in networks:
        if network == "x":
            query = {"text": text, **({"url": url} if url else {}), **({"via": via} if via else {})}
            links[network] = "https://x.com/intent/tweet?" + urlencode(query, quote_via=quote)
        elif network == "bluesky":
            links[network] = "https://bsky.app/intent/compose?" + urlencode(
                {"text": post_text(text, url)}, quote_via=quote
            )
        elif network == "linkedin":
            links[network] = "https://www.linkedin.com/feed/?" + urlencode(
                {"shareActive": "true", "text": post_text(text, url)}, quote_via=quote
            )
        elif network == "mastodon":
            encoded = quote(post_text(text, url), safe="")
            links[network] = mastodon_share.replace("{text}", encoded)
    return links


def fragment_id(text: str, taken: set[str], words: int = 5) -> str:
    """A stable, unique id for a quote box: 'quote-' and its first words."""
    slug = "-".join(WORD.findall(normalise(text).lower())[:words]) or "box"
    base = candidate = f"quote-{slug}"
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
