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
    related = {}
    for key, values in normalised.items():
        shared = Counter(other for tag in values for other in holders[tag])
        shared.pop(key, None)
        # nlargest, not a full sort: a tag shared by hundreds of articles is common.
        related[key] = heapq.nlargest(limit, shared, key=lambda o: (shared[o], order[o], str(o)))
    return related


def neighbours(keys: list[Hashable]) -> dict[Hashable, tuple[Hashable, Hashable]]:
    """Map each key of a newest-first list to its (older, newer) neighbours."""
    result = {}
    for i, key in enumerate(keys):
        older = keys[i + 1] if i + 1 < len(keys) else None
        newer = keys[i - 1] if i > 0 else None
        result[key] = (older, newer)
    return result
