"""Which category and tag names look like misspellings of another: plain functions.

Used by the taxonomy_names plugin (a strict error) and the WordPress importer
(which writes one spelling for what Pelican files as one tag anyway).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from itertools import combinations

_DIGITS = re.compile(r"\D")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between `a` and `b`, or `limit + 1` once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def _deletions(word: str, depth: int) -> set[str]:
    """`word` with up to `depth` characters taken out: two words within `depth`
    edits of each other share one of these (the symmetric-delete index)."""
    found, layer = {word}, {word}
    for _ in range(depth):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        found |= layer
    return found


def allowed_edits(key: str) -> int:
    """How many letters two names of this length may differ by and still look like
    one misspelt: short names ("CSS", "CMS") are too often different words."""
    return 0 if len(key) < 5 else 1 if len(key) < 8 else 2


def _key(name: str) -> str:
    """A name without case, spacing or punctuation: Pelican files both as one page."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _typed(name: str) -> str:
    """A name as typed, but for case and runs of spaces: what letters are compared on
    ("wordpress.tv" is three edits from "WordPress", not two)."""
    return " ".join(name.casefold().split())


def _preferred(names: Iterable[str], uses: Mapping[str, int]) -> str:
    """The spelling to keep: the most used; on a tie, the one with more capitals
    ("Outsourcing Articles" over "outsourcing articles"), then the first."""
    names = list(names)
    return max(names, key=lambda n: (uses[n], sum(c.isupper() for c in n), -names.index(n)))


def same_name(uses: Mapping[str, int]) -> dict[str, str]:
    """{name: the spelling to use} for names that differ only by case, spacing or
    punctuation (Pelican files them as one page, shown as whichever it read first)."""
    by_key: dict[str, list[str]] = {}
    for name in uses:
        by_key.setdefault(_key(name), []).append(name)
    wrong: dict[str, str] = {}
    for names in by_key.values():
        keep = _preferred(names, uses)
        wrong.update({name: keep for name in names if name != keep})
    return wrong


def distinct_names(pairs: Iterable[Iterable[str]]) -> Callable[[str, str], bool]:
    """`distinct(a, b)` for `misspellings`: true for the pairs (DISTINCT_NAMES) the
    writer has said are different words, in any case."""
    known = {frozenset(name.casefold() for name in pair) for pair in pairs}
    return lambda a, b: frozenset((a.casefold(), b.casefold())) in known


def misspellings(
    uses: Mapping[str, int], distinct: Callable[[str, str], bool] = lambda a, b: False
) -> dict[str, str]:
    """{name: the name it should be} for names in `uses` ({name: articles using it},
    in the order first used) that differ from another only by case, spacing or
    punctuation, or by one or two letters (not digits: "Python 2" and "Python 3"
    are two things). The less used spelling is the wrong one.

    `distinct(a, b)` is true for pairs the writer has said are different words.
    """
    order = {name: i for i, name in enumerate(uses)}
    wrong = same_name(uses)
    kept = {_typed(name): name for name in uses if name not in wrong}
    index: dict[str, set[str]] = {}
    for typed in kept:
        for variant in _deletions(typed, allowed_edits(_key(typed))):
            index.setdefault(variant, set()).add(typed)
    pairs = {tuple(sorted(p)) for group in index.values() for p in combinations(group, 2)}
    for a, b in sorted(pairs):
        limit = min(allowed_edits(_key(a)), allowed_edits(_key(b)))
        if _DIGITS.sub("", a) != _DIGITS.sub("", b) or edit_distance(a, b, limit) > limit:
            continue
        name_a, name_b = kept[a], kept[b]
        if distinct(name_a, name_b):
            continue
        keep = _preferred(sorted([name_a, name_b], key=order.__getitem__), uses)
        wrong.setdefault(name_b if keep == name_a else name_a, keep)
    return wrong
