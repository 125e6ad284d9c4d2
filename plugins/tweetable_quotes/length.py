"""How long a shared quote is on each network, by that network's own rules.

The counters are in counting.py, each network's limit in its registry entry
(networks.py); this module checks posts against them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .counting import (
    URL_WEIGHT,
    bluesky_length,
    bluesky_short_url,
    grapheme_length,
    mastodon_length,
    weighted_length,
)
from .networks import REGISTRY

__all__ = [
    "LIMITS",
    "URL_WEIGHT",
    "Overflow",
    "bluesky_length",
    "bluesky_short_url",
    "grapheme_length",
    "mastodon_length",
    "overflows",
    "weighted_length",
]


class _Limits(Mapping):
    """{network: its limit} for every registered network that has one, as registered now."""

    def _limited(self) -> dict[str, int]:
        return {key: n.limit for key, n in REGISTRY.items() if n.limit is not None}

    def __getitem__(self, key: str) -> int:
        return self._limited()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._limited())

    def __len__(self) -> int:
        return len(self._limited())


LIMITS = _Limits()


@dataclass(frozen=True)
class Overflow:
    """A post that does not fit its network."""

    network: str
    length: int
    note: str = ""  # how the link was counted, when that is not plain

    @property
    def limit(self) -> int:
        return REGISTRY[self.network].limit

    @property
    def over(self) -> int:
        return self.length - self.limit

    def __str__(self) -> str:
        note = f"; {self.note}" if self.note else ""
        return (
            f"quote is {self.over} character{'s' * (self.over != 1)} over "
            f"{REGISTRY[self.network].label}'s {self.limit} limit ({self.length} with the link"
            f"{note}): shorten it"
        )


def overflows(posts: dict[str, str], note: str = "") -> list[Overflow]:
    """Check {network: the full post text} against each network's limit (if it has one)."""
    found = []
    for network, post in posts.items():
        entry = REGISTRY[network]
        if entry.limit is None:
            continue
        length = entry.count(post)
        if length > entry.limit:
            found.append(Overflow(network, length, note))
    return found
