"""Share links for a quote or an article: web intents with the text and the link percent-encoded."""

from __future__ import annotations

import re
import unicodedata

from .networks import DEFAULT_MASTODON_SHARE, REGISTRY, Share, quote_networks

WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """NFC and single spaces: the text as it is shown and shared."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def post_text(text: str, url: str, via: str | None = None) -> str:
    """The post as X will compose it from the intent: text, link, 'via @handle'."""
    return Share(text, url, via).post(via=True)


def share_posts(
    text: str, url: str, via: str | None, networks: tuple[str, ...] | None = None
) -> dict:
    """{network: the post a reader would send}, for length checks."""
    share = Share(text, url, via)
    return {n: share.post(REGISTRY[n].via) for n in networks or quote_networks()}


def share_links(
    text: str,
    url: str,
    via: str | None = None,
    networks: tuple[str, ...] | None = None,
    mastodon_share: str = DEFAULT_MASTODON_SHARE,
) -> dict[str, str]:
    """{network: href} for each network (the quote boxes' by default); all percent-encoded."""
    share = Share(text, url, via, mastodon_share)
    return {n: REGISTRY[n].share_url(share) for n in networks or quote_networks()}


def article_share_links(
    title: str,
    url: str,
    via: str | None,
    networks: tuple[str, ...],
    mastodon_share: str = DEFAULT_MASTODON_SHARE,
) -> list[dict]:
    """The share links under an article, as plain data for the theme:
    [{"network", "label", "href", "new_tab"}] (a web page opens in a new tab, mailto: not)."""
    links = share_links(title, url, via, networks, mastodon_share)
    return [
        {
            "network": network,
            "label": REGISTRY[network].label,
            "href": href,
            "new_tab": href.startswith(("https:", "http:")),
        }
        for network, href in links.items()
    ]


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
