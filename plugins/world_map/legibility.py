"""Which client countries a reader can see and hit on a phone, and which need a close-up.

Sizes are in CSS pixels as drawn. The map is 1000 units wide and fills its
column, so on a 360-px screen (the prose column: 360 - 2 x 16 px) one map unit
is 0.328 px: Germany is about 7 px across there, Israel 1 px wide.

- A country whose largest piece is under MIN_VISIBLE px in either direction
  gets a visible dot; under MIN_TARGET px (WCAG 2.5.8), a round target that
  shows only as its focus ring.
- Countries whose targets would overlap there (the UK, France and Germany) are
  drawn again, zoomed, in a close-up under the map, which is where a reader
  reaches them when the map is narrower than WIDE_WIDTH.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in map units
Point = tuple[float, float]

PHONE_WIDTH = 328  # the map's width on a 360-px screen
WIDE_WIDTH = 800  # from this width on (50rem in site.css), no close-ups
CLOSEUP_WIDTH = 256  # the narrowest close-up (16rem in site.css)
CLOSEUP_ASPECT = 2.0  # width / height of a close-up
CLOSEUP_MARGIN = 0.3  # room around the crowded countries, as a share of their extent
CLOSEUP_MIN_WIDTH = 60.0  # map units: zoom at most 1000 / 60, so neighbours stay in view
MIN_VISIBLE = 8
MIN_TARGET = 24
DOT, TARGET = "dot", "target"

NUMBER = re.compile(r"[Mlz]|-?(?:\d+\.?\d*|\.\d+)")


def piece_boxes(d: str) -> list[Box]:
    """The bounding box of every piece (subpath) of a path as make_geometry writes it:
    an absolute M, relative l, then z."""
    boxes: list[Box] = []
    xs: list[float] = []
    ys: list[float] = []
    command, pending = "", []
    for token in [*NUMBER.findall(d), "M"]:  # a last M closes the last piece
        if token in "Mlz":
            if token == "M" and xs:
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
                xs, ys = [], []
            command, pending = token, []
            continue
        pending.append(float(token))
        if len(pending) == 2:
            dx, dy = pending
            x, y = (dx, dy) if command == "M" else (xs[-1] + dx, ys[-1] + dy)
            xs.append(x)
            ys.append(y)
            pending = []
    return boxes


def largest_piece(d: str) -> Box | None:
    """The box of the country's largest piece (mainland France, not French Guiana)."""
    boxes = piece_boxes(d)
    return max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])) if boxes else None


def marker_kind(piece: Box | None, px_per_unit: float) -> str | None:
    """DOT, TARGET or None for a country whose largest piece is `piece`, at this scale."""
    if piece is None:
        return DOT
    smaller_side = min(piece[2] - piece[0], piece[3] - piece[1]) * px_per_unit
    if smaller_side < MIN_VISIBLE:
        return DOT
    if smaller_side < MIN_TARGET:
        return TARGET
    return None


def crowded(points: Mapping[str, Point], px_per_unit: float) -> list[list[str]]:
    """Groups (two or more) of countries whose targets, MIN_TARGET px round, would overlap."""
    group = {code: code for code in points}

    def root(code: str) -> str:
        while group[code] != code:
            code = group[code]
        return code

    reach = MIN_TARGET / px_per_unit
    codes = sorted(points)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            if math.dist(points[a], points[b]) < reach:
                group[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for code in codes:
        groups.setdefault(root(code), []).append(code)
    return [members for members in groups.values() if len(members) > 1]


def closeup_region(boxes: Iterable[Box]) -> Box:
    """The part of the map a close-up shows: the boxes with room around, CLOSEUP_ASPECT wide."""
    boxes = list(boxes)
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    grow = 1 + 2 * CLOSEUP_MARGIN
    width = max((x1 - x0) * grow, (y1 - y0) * grow * CLOSEUP_ASPECT, CLOSEUP_MIN_WIDTH)
    height = width / CLOSEUP_ASPECT
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def layout(shapes: Mapping[str, Mapping], codes: Iterable[str], width: float) -> dict:
    """How the client countries are drawn on a map `width` units wide.

    Returns {"markers": {code: {"kind", "narrow_only"}}, "closeups": [{"codes",
    "region", "kinds"}]}: the marker each country gets (its dot shown only
    below WIDE_WIDTH when narrow_only), and the close-ups of crowded ones, west first.
    """
    phone, wide = PHONE_WIDTH / width, WIDE_WIDTH / width
    pieces = {code: largest_piece(shapes[code]["d"]) for code in codes}
    markers = {}
    for code, piece in pieces.items():
        kind = marker_kind(piece, phone)
        narrow_only = kind == DOT and marker_kind(piece, wide) != DOT
        markers[code] = {"kind": kind, "narrow_only": narrow_only}
    targets = {code: tuple(shapes[code]["point"]) for code in pieces if markers[code]["kind"]}
    closeups = []
    for group in sorted(crowded(targets, phone), key=lambda g: min(targets[c][0] for c in g)):
        region = closeup_region(pieces[code] or targets[code] * 2 for code in group)
        scale = CLOSEUP_WIDTH / (region[2] - region[0])
        kinds = {code: marker_kind(pieces[code], scale) for code in group}
        closeups.append({"codes": group, "region": region, "kinds": kinds})
    return {"markers": markers, "closeups": closeups}
