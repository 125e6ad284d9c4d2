"""Where a reader can share: one registry entry per network, for quote boxes and articles.

An entry is everything the kit knows of a network: its label, the longest post it
takes and how it counts one, and how to build its share link. Quote boxes
(QUOTE_SHARE_NETWORKS) and the share links under every article
(ARTICLE_SHARE_NETWORKS) both read this registry, so adding a network is one
`register(Network(...))` here and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from .counting import bluesky_length, mastodon_length, plain_length, weighted_length

DEFAULT_MASTODON_SHARE = "https://s2f.kytta.dev/?text={text}"


@dataclass(frozen=True)
class Share:
    """What a reader shares: the text (a quote, or an article's title) and its link."""

    text: str
    url: str = ""
    via: str | None = None  # the site's X handle, for the networks that credit one
    mastodon_share: str = DEFAULT_MASTODON_SHARE  # MASTODON_SHARE_URL, with {text}

    def post(self, via: bool = False) -> str:
        """The post as a network composes it: text, link, and 'via @handle' if asked."""
        parts = [self.text, self.url] if self.url else [self.text]
        if via and self.via:
            parts.append(f"via @{self.via}")
        return " ".join(parts)


@dataclass(frozen=True)
class Network:
    """One place to share to."""

    key: str  # the markup's data-share value and the settings' name for it
    label: str
    share_url: Callable[[Share], str]  # every value percent-encoded
    limit: int | None = None  # the longest post it takes; None: no limit (e-mail)
    count: Callable[[str], int] | None = None  # how it measures a post against `limit`
    via: bool = False  # the post ends "via @handle" (X adds it from the intent)
    quotes: bool = True  # offered under quote boxes by default


REGISTRY: dict[str, Network] = {}


def register(network: Network) -> Network:
    """Add `network` (after those already registered: the order links are shown in)."""
    REGISTRY[network.key] = network
    return network


def _query(values: dict[str, str]) -> str:
    return urlencode(values, quote_via=quote)


def _x(share: Share) -> str:
    values = {"text": share.text}
    values |= {"url": share.url} if share.url else {}
    values |= {"via": share.via} if share.via else {}
    return "https://x.com/intent/tweet?" + _query(values)


register(Network("x", "X", _x, limit=280, count=weighted_length, via=True))
register(
    Network(
        "bluesky",
        "Bluesky",
        lambda s: "https://bsky.app/intent/compose?" + _query({"text": s.post()}),
        limit=300,
        count=bluesky_length,
    )
)
register(
    Network(
        "linkedin",
        "LinkedIn",
        lambda s: (
            "https://www.linkedin.com/feed/?" + _query({"shareActive": "true", "text": s.post()})
        ),
        limit=3000,
        count=plain_length,
    )
)
register(
    Network(
        "mastodon",
        "Mastodon",
        lambda s: s.mastodon_share.replace("{text}", quote(s.post(), safe="")),
        limit=500,
        count=mastodon_length,
    )
)
register(
    Network(
        "email",
        "Email",
        lambda s: "mailto:?" + _query({"subject": s.text, "body": s.url}),
        quotes=False,
    )
)


def quote_networks() -> tuple[str, ...]:
    """The networks quote boxes offer by default, in order."""
    return tuple(key for key, network in REGISTRY.items() if network.quotes)


def all_networks() -> tuple[str, ...]:
    """Every registered network, in order: what articles offer by default."""
    return tuple(REGISTRY)
