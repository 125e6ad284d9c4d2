"""Rank other articles by how many tags they share with one article."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping


def rank_related(
    tags: Mapping[Hashable, Iterable[str]],
    order: Mapping[Hashable, float],
    limit: int = 3,
) -> dict[Hashable, list[Hashable]]:
    """Return, for every key, up to `limit` other keys sharing at least one tag.

    More shared tags rank first; ties go to the larger `order` value (the
    newer date, as a timestamp), then to the larger key as text, so the result
    never depends on input order. Tags compare without regard to case.
    """
    normalised = {key: {t.strip().lower() for t in values} for key, values in tags.items()}
    holders: dict[str, list[Hashable]] = defaultdict(list)
    for key, values in normalised.items():
        for tag in values:
            holders[tag].append(key)
    ties = {key: (order[key], str(key)) for key in normalised}
    related = {}
    for key, values in normalised.items():
        shared: Counter = Counter()
        for tag in values:
            shared.update(holders[tag])  # counted in C: a common tag has hundreds of holders
        shared.pop(key, None)
        if not shared:
            related[key] = []
            continue
        # Only candidates sharing at least as many tags as the limit-th best can rank:
        # rank those few by the full key, not every candidate.
        counts = heapq.nlargest(limit, shared.values())
        best = [other for other, count in shared.items() if count >= counts[-1]]
        related[key] = heapq.nlargest(limit, best, key=lambda o: (shared[o], ties[o]))
    return related


def neighbours(keys: list[Hashable]) -> dict[Hashable, tuple[Hashable, Hashable]]:
    """Map each key of a newest-first list to its (older, newer) neighbours."""
    result = {}
    for i, key in enumerate(keys):
        older = keys[i + 1] if i + 1 < len(keys) else None
        newer = keys[i - 1] if i > 0 else None
        result[key] = (older, newer)
    return result
