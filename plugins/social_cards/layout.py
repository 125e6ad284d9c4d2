"""A title into lines that fit a box: plain functions of text and a measure.

The order, tried until the title fits: the largest size the box allows
(shrinking step by step to the smallest), wrapped into at most `max_lines`
lines at each size; only at the smallest size does the last line end in an
ellipsis. A word wider than the line (a URL, a German compound) breaks between
two characters rather than leave the card; Chinese and Japanese break between
any two characters, never before closing punctuation or after opening.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

ELLIPSIS = "…"
# Punctuation that stays with the character before it, or after it.
CLOSING = ("Pe", "Pf", "Po")
OPENING = ("Ps", "Pi")
# Left off before an ellipsis: spaces, dashes, commas and stops (CJK's too).
TRAILING = " ,;:.-\u2013\u2014\u3001\uff0c\u3002"

Measure = Callable[[str], float]


@dataclass(frozen=True)
class Fitted:
    """The size chosen and the lines at that size."""

    size: int
    lines: list[str]


def graphemes(text: str) -> list[str]:
    return regex.findall(r"\X", text)


def _wide(cluster: str) -> bool:
    """A Chinese, Japanese or Korean character: a line may break on either side."""
    return unicodedata.east_asian_width(cluster[0]) in ("W", "F") and not cluster.isspace()


def _may_break_before(cluster: str, previous: str) -> bool:
    if cluster.isspace():
        return False
    if previous.isspace():
        return True
    category, before = unicodedata.category(cluster[0]), unicodedata.category(previous[0])
    return (_wide(cluster) or _wide(previous)) and category not in CLOSING and before not in OPENING


def pieces(text: str) -> list[str]:
    """`text` cut where a line may break; each piece keeps the spaces that follow it."""
    result: list[str] = []
    previous = ""
    for cluster in graphemes(" ".join(text.split())):
        if result and _may_break_before(cluster, previous):
            result.append(cluster)
        elif result:
            result[-1] += cluster
        else:
            result.append(cluster)
        previous = cluster
    return result


def _longest_prefix(piece: str, measure: Measure, width: float) -> tuple[str, str]:
    """The most whole characters of `piece` that fit `width` (at least one), and the rest."""
    clusters = graphemes(piece)
    cut = 1
    while cut < len(clusters) and measure("".join(clusters[: cut + 1]).rstrip()) <= width:
        cut += 1
    return "".join(clusters[:cut]), "".join(clusters[cut:])


def wrap(text: str, measure: Measure, width: float) -> list[str]:
    """Greedy lines of `text` no wider than `width`; an over-wide word is cut."""
    lines: list[str] = []
    line = ""
    for piece in pieces(text):
        if line and measure((line + piece).rstrip()) <= width:
            line += piece
            continue
        if line:
            lines.append(line.rstrip())
        while measure(piece.rstrip()) > width and len(graphemes(piece)) > 1:
            head, piece = _longest_prefix(piece, measure, width)
            lines.append(head.rstrip())
        line = piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def ellipsize(text: str, measure: Measure, width: float) -> str:
    """`text` cut to fit `width` with an ellipsis: at a space when one is in the last third."""
    if measure(text) <= width:
        return text
    clusters = graphemes(text)
    while clusters and measure("".join(clusters).rstrip() + ELLIPSIS) > width:
        clusters.pop()
    kept = "".join(clusters)
    space = kept.rfind(" ")
    if space > len(kept) * 2 / 3:
        kept = kept[:space]
    return kept.rstrip(TRAILING) + ELLIPSIS


def fit(
    text: str,
    measure_at: Callable[[int], Measure],
    sizes: Sequence[int],
    width: float,
    max_lines: int,
) -> Fitted:
    """The largest size at which `text` wraps into `max_lines` lines of `width`, else
    the smallest size with the lines that fit, the last one ending in an ellipsis."""
    for size in sizes:
        lines = wrap(text, measure_at(size), width)
        if len(lines) <= max_lines:
            return Fitted(size, lines)
    smallest = sizes[-1]
    measure = measure_at(smallest)
    kept = lines[:max_lines]
    rest = " ".join(lines[max_lines - 1 :]) if _spaced(text) else "".join(lines[max_lines - 1 :])
    kept[-1] = ellipsize(rest, measure, width)
    return Fitted(smallest, kept)


def _spaced(text: str) -> bool:
    return " " in text.strip()


def direction(text: str) -> str:
    """ "rtl" when the first strong character is right-to-left (Arabic, Hebrew), else "ltr"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
