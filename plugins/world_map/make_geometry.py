"""Generate geometry.json, the country shapes of the world map, from Natural Earth.

The shapes come from the npm package world-atlas 2.0.2 (Natural Earth, converted to
TopoJSON by Mike Bostock). package.json lists it, so `npm ci` installs it into
node_modules/world-atlas/. Licences: Natural Earth data is in the public domain;
world-atlas is ISC-licensed.

What it does: decodes the quantized TopoJSON arcs, projects them with the Equal Earth
projection onto a map 1000 units wide (y grows downward, as in SVG), simplifies every
arc once with Douglas-Peucker (so neighbours keep identical borders), assembles the
rings, cuts the few that cross the antimeridian (Russia, Fiji, Antarctica: world-atlas
joins them across ±180°), drops specks, and writes one compact SVG path per ISO 3166-1
alpha-2 code plus a marker position (`point`) for every code, including countries too
small for the 1:110m shapes (their position comes from the 1:50m or 1:10m data, or from
a small table).

Regenerate (from the repository root, after `npm ci`):

    .venv/bin/python plugins/world_map/make_geometry.py \
        --atlas node_modules/world-atlas --out plugins/world_map/geometry.json
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycountry

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # outer ring first, then holes

SOURCE = (
    "Natural Earth 1:110m (shapes) and 1:50m/1:10m (positions of small countries), "
    "via world-atlas 2.0.2; public domain"
)
WIDTH = 1000
DEFAULT_TOLERANCE = 0.25  # Douglas-Peucker tolerance, in map units
MIN_AREA = 0.3  # polygons (and holes) smaller than this, in square map units, are dropped
SMALL_SIZE = 8.0  # a shape whose bounding box is under this in both directions is "small"

# Equal Earth (Šavrič, Patterson & Jenny 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2

# Approximate centres (latitude, longitude) of the codes that none of the Natural Earth
# files in world-atlas has an id for; public geographic facts (island or territory
# centres as given in common gazetteers), rounded to two decimals.
FALLBACK_LAT_LON: dict[str, tuple[float, float]] = {
    "BQ": (12.18, -68.26),  # Bonaire, Sint Eustatius and Saba (Bonaire)
    "BV": (-54.42, 3.36),  # Bouvet Island
    "CC": (-12.16, 96.87),  # Cocos (Keeling) Islands
    "CX": (-10.49, 105.62),  # Christmas Island
    "GF": (3.93, -53.13),  # French Guiana
    "GP": (16.25, -61.55),  # Guadeloupe
    "MQ": (14.64, -61.02),  # Martinique
    "RE": (-21.11, 55.53),  # Réunion
    "SJ": (78.22, 15.65),  # Svalbard and Jan Mayen (Svalbard)
    "TK": (-9.2, -171.85),  # Tokelau
    "YT": (-12.83, 45.17),  # Mayotte
}


def equal_earth(lon: float, lat: float) -> Point:
    """Project degrees of longitude and latitude with Equal Earth (unscaled, y up)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2, t6 = theta * theta, theta**6
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def map_scale() -> float:
    """Return the factor that makes the projected globe WIDTH units wide."""
    return WIDTH / (2 * equal_earth(180, 0)[0])


def map_half_height() -> float:
    """Return half the projected globe's height, in map units."""
    return equal_earth(0, 90)[1] * map_scale()


def map_height() -> int:
    """Return the map height in whole units, rounded up."""
    return math.ceil(2 * map_half_height())


def to_map(lon: float, lat: float) -> Point:
    """Project a position to map units: origin top left, y down, WIDTH wide."""
    x, y = equal_earth(lon, lat)
    scale = map_scale()
    return WIDTH / 2 + x * scale, map_half_height() - y * scale


def decode_arcs(topology: dict) -> list[Ring]:
    """Decode a TopoJSON topology's arcs into absolute (lon, lat) positions."""
    transform = topology.get("transform")
    if not transform:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        qx = qy = 0
        points = []
        for dx, dy, *_ in arc:
            qx, qy = qx + dx, qy + dy
            points.append((qx * sx + tx, qy * sy + ty))
        arcs.append(points)
    return arcs


def assemble_ring(indices: Sequence[int], arcs: Sequence[Ring]) -> Ring:
    """Join arcs into one ring; ~i means arc i reversed; shared endpoints appear once."""
    ring: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc[1:] if ring else arc)
    return ring


def segment_distance(p: Point, a: Point, b: Point) -> float:
    """Return the distance from p to the segment a-b."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def farthest(points: Sequence[Point], first: int, last: int) -> tuple[int, float]:
    """Return the index strictly between first and last farthest from their segment."""
    best, best_distance = first, -1.0
    for i in range(first + 1, last):
        d = segment_distance(points[i], points[first], points[last])
        if d > best_distance:
            best, best_distance = i, d
    return best, best_distance


def simplify_indices(points: Sequence[Point], tolerance: float) -> list[int]:
    """Return the indices Douglas-Peucker keeps of a line (always both endpoints)."""
    if len(points) < 3:
        return list(range(len(points)))
    keep = {0, len(points) - 1}
    if points[0] == points[-1]:  # closed arc: keep a triangle so the ring stays a ring
        apex = max(range(len(points)), key=lambda i: math.dist(points[0], points[i]))
        keep |= {apex, farthest(points, 0, apex)[0], farthest(points, apex, len(points) - 1)[0]}
    anchors = sorted(keep)
    stack = list(itertools.pairwise(anchors))
    while stack:
        first, last = stack.pop()
        index, distance = farthest(points, first, last)
        if distance > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return sorted(keep)


def douglas_peucker(points: Sequence[Point], tolerance: float) -> Ring:
    """Simplify a line with Douglas-Peucker, keeping both endpoints."""
    return [points[i] for i in simplify_indices(points, tolerance)]


def crosses(p: Point, q: Point) -> bool:
    """Tell whether the step from p to q (lon, lat) crosses the antimeridian."""
    return abs(q[0] - p[0]) > 180


def simplify_arc(arc: Sequence[Point], tolerance: float) -> Ring:
    """Simplify a (lon, lat) arc in map units, keeping both ends of antimeridian crossings."""
    cuts = [i + 1 for i in range(len(arc) - 1) if crosses(arc[i], arc[i + 1])]
    simplified: Ring = []
    for start, end in zip([0, *cuts], [*cuts, len(arc)], strict=True):
        run = arc[start:end]
        projected = [to_map(lon, lat) for lon, lat in run]
        simplified += [run[i] for i in simplify_indices(projected, tolerance)]
    return simplified


def crossing_latitude(p: Point, q: Point) -> float:
    """Return the latitude where the step from p to q (lon, lat) meets the antimeridian."""
    edge = math.copysign(180, p[0])
    q_lon = q[0] + (360 if q[0] < p[0] else -360)
    if q_lon == p[0]:
        return p[1]
    return p[1] + (edge - p[0]) / (q_lon - p[0]) * (q[1] - p[1])


def meridian(lon: float, lat_from: float, lat_to: float) -> Ring:
    """Return points on a meridian at the whole degrees strictly between two latitudes."""
    low, high = sorted((lat_from, lat_to))
    lats = [float(lat) for lat in range(math.floor(low) + 1, math.ceil(high))]
    return [(lon, lat) for lat in (lats if lat_to > lat_from else lats[::-1])]


def close_piece(piece: Ring, pole: float | None) -> Ring:
    """Close a piece cut at the antimeridian along it (and along a pole if given)."""
    (end_lon, end_lat), (start_lon, start_lat) = piece[-1], piece[0]
    if pole is None:
        return [*piece, *meridian(end_lon, end_lat, start_lat), piece[0]]
    return [
        *piece,
        *meridian(end_lon, end_lat, pole),
        (end_lon, pole),
        (start_lon, pole),
        *meridian(start_lon, pole, start_lat),
        piece[0],
    ]


def cut_ring(ring: Ring) -> list[Ring]:
    """Cut a closed (lon, lat) ring at the antimeridian into closed rings on either side."""
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
    n = len(points)
    exits = [i for i in range(n) if crosses(points[i], points[(i + 1) % n])]
    if not exits:
        return [ring]
    pieces: list[Ring] = []
    piece: Ring = []
    for k in range(n):
        i = (exits[0] + 1 + k) % n
        p, q = points[i - 1], points[i]
        if not piece:
            piece = [(math.copysign(180, q[0]), crossing_latitude(p, q))]
        piece.append(q)
        if i in exits:
            nxt = points[(i + 1) % n]
            piece.append((math.copysign(180, q[0]), crossing_latitude(q, nxt)))
            pieces.append(piece)
            piece = []
    pole = math.copysign(90, sum(lat for _, lat in points)) if len(pieces) == 1 else None
    return [close_piece(piece, pole) for piece in pieces]


def cut_polygon(polygon: Polygon) -> list[Polygon]:
    """Cut a (lon, lat) polygon at the antimeridian; holes stay with the first piece."""
    outer, *holes = polygon
    pieces = cut_ring(outer)
    return [[pieces[0], *holes], *([piece] for piece in pieces[1:])]


def ring_area(ring: Sequence[Point]) -> float:
    """Return a ring's unsigned area (shoelace formula)."""
    return abs(ring_moments(ring)[0])


def ring_moments(ring: Sequence[Point]) -> tuple[float, float, float]:
    """Return a ring's signed area and its first moments (area times centroid x, y)."""
    area = mx = my = 0.0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        mx += (x0 + x1) * cross
        my += (y0 + y1) * cross
    return area / 2, mx / 6, my / 6


def polygon_area(polygon: Polygon) -> float:
    """Return a polygon's area: its outer ring's less its holes'."""
    return ring_area(polygon[0]) - sum(ring_area(hole) for hole in polygon[1:])


def polygon_centroid(polygon: Polygon) -> Point:
    """Return a polygon's area-weighted centroid (holes subtract)."""
    total = sx = sy = 0.0
    for k, ring in enumerate(polygon):
        area, mx, my = ring_moments(ring)
        sign = (1 if k == 0 else -1) * (1 if area >= 0 else -1)
        total, sx, sy = total + sign * area, sx + sign * mx, sy + sign * my
    if total == 0:
        xs, ys = zip(*polygon[0], strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    return sx / total, sy / total


def bounding_box(polygons: Iterable[Polygon]) -> tuple[float, float, float, float]:
    """Return (min x, min y, max x, max y) of the polygons' outer rings."""
    points = [p for polygon in polygons for p in polygon[0]]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def format_tenths(tenths: int) -> str:
    """Format a number given in tenths as briefly as possible: 15 → 1.5, 5 → .5, 20 → 2."""
    sign, tenths = ("-" if tenths < 0 else ""), abs(tenths)
    whole, digit = divmod(tenths, 10)
    if digit == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{digit}"


def join_numbers(numbers: Iterable[int]) -> str:
    """Join numbers (in tenths) with a space, or nothing before a minus sign."""
    out = ""
    for n in numbers:
        text = format_tenths(n)
        out += text if not out or text.startswith("-") else " " + text
    return out


def encode_ring(ring: Sequence[Point]) -> str:
    """Encode a ring as an SVG subpath: absolute M, relative l, z; empty if degenerate."""
    tenths: list[tuple[int, int]] = []
    for x, y in ring:
        q = (round(x * 10), round(y * 10))
        if not tenths or q != tenths[-1]:
            tenths.append(q)
    if len(tenths) > 1 and tenths[0] == tenths[-1]:
        tenths.pop()
    if len(tenths) < 3:
        return ""
    deltas = [d for (x0, y0), (x1, y1) in itertools.pairwise(tenths) for d in (x1 - x0, y1 - y0)]
    return f"M{join_numbers(tenths[0])}l{join_numbers(deltas)}z"


def encode_path(polygons: Iterable[Polygon]) -> str:
    """Encode polygons (outer rings and holes) as one SVG path d."""
    return "".join(encode_ring(ring) for polygon in polygons for ring in polygon)


def outline_ring(tolerance: float) -> Ring:
    """Return the globe's projected outline: meridian +180° down, then -180° up."""
    east = [to_map(180, lat) for lat in range(90, -91, -1)]
    west = [to_map(-180, lat) for lat in range(-90, 91)]
    return douglas_peucker(east, tolerance) + douglas_peucker(west, tolerance)


def geometry_rings(geometry: dict) -> list[list[list[int]]]:
    """Return a Polygon or MultiPolygon geometry's arc indices, per polygon and ring."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def build_polygons(geometry: dict, arcs: Sequence[Ring]) -> list[Polygon]:
    """Assemble a geometry's (lon, lat) arcs into polygons in map units, cut at ±180°."""
    polygons = []
    for rings in geometry_rings(geometry):
        for polygon in cut_polygon([assemble_ring(ring, arcs) for ring in rings]):
            polygons.append([[to_map(lon, lat) for lon, lat in ring] for ring in polygon])
    return polygons


def largest(polygons: Sequence[Polygon]) -> int:
    """Return the index of the polygon with the largest area."""
    return max(range(len(polygons)), key=lambda i: polygon_area(polygons[i]))


def drop_specks(polygons: Sequence[Polygon], keep: int) -> list[Polygon]:
    """Drop polygons and holes under MIN_AREA, but always keep polygon `keep`."""
    kept = []
    for i, polygon in enumerate(polygons):
        if i == keep or ring_area(polygon[0]) >= MIN_AREA:
            kept.append([polygon[0], *(h for h in polygon[1:] if ring_area(h) >= MIN_AREA)])
    return kept


def rounded(point: Point) -> list[float]:
    """Round a map position to one decimal."""
    return [round(point[0], 1), round(point[1], 1)]


def numeric_to_alpha2() -> dict[str, str]:
    """Map ISO 3166-1 numeric codes ("004") to alpha-2 codes ("AF")."""
    return {country.numeric: country.alpha_2 for country in pycountry.countries}


def load_topology(atlas: Path, resolution: str) -> dict:
    """Read one world-atlas countries file ("110m", "50m" or "10m")."""
    return json.loads((atlas / f"countries-{resolution}.json").read_text(encoding="utf-8"))


def geometries_by_code(topology: dict, codes: dict[str, str]) -> dict[str, list[dict]]:
    """Group the topology's country geometries by alpha-2 code (no id → key "")."""
    groups: dict[str, list[dict]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = codes.get(geometry.get("id", ""), "")
        groups.setdefault(code, []).append(geometry)
    return groups


def largest_centroid(geometries: Sequence[dict], arcs: Sequence[Ring]) -> Point:
    """Return the centroid (map units) of the largest polygon among the geometries."""
    polygons = [p for g in geometries for p in build_polygons(g, arcs)]
    return polygon_centroid(polygons[largest(polygons)])


def detail_points(atlas: Path, codes: dict[str, str], wanted: set[str]) -> dict[str, Point]:
    """Find marker positions for `wanted` codes in the 1:50m, then 1:10m data."""
    points: dict[str, Point] = {}
    for resolution in ("50m", "10m"):
        topology = load_topology(atlas, resolution)
        arcs = decode_arcs(topology)
        for code, geometries in geometries_by_code(topology, codes).items():
            if code in wanted and code not in points:
                points[code] = largest_centroid(geometries, arcs)
    return points


def shape(
    geometries: Sequence[dict], exact: Sequence[Ring], simple: Sequence[Ring]
) -> tuple[list[Polygon], Point]:
    """Return the simplified polygons worth drawing and the largest exact polygon's centroid."""
    simple_polygons = [p for g in geometries for p in build_polygons(g, simple)]
    drawn = drop_specks(simple_polygons, largest(simple_polygons))
    return drawn, largest_centroid(geometries, exact)


def shapes_110m(
    atlas: Path, codes: dict[str, str], tolerance: float
) -> tuple[dict[str, dict], list[str]]:
    """Build the 1:110m country entries and the paths of geometries without an ISO id."""
    topology = load_topology(atlas, "110m")
    exact = decode_arcs(topology)
    simple = [simplify_arc(arc, tolerance) for arc in exact]
    groups = geometries_by_code(topology, codes)
    unassigned = [encode_path(shape([g], exact, simple)[0]) for g in groups.pop("", [])]
    countries: dict[str, dict] = {}
    for code, geometries in groups.items():
        polygons, centroid = shape(geometries, exact, simple)
        x0, y0, x1, y1 = bounding_box(polygons)
        countries[code] = {
            "d": encode_path(polygons),
            "point": rounded(centroid),
            "small": x1 - x0 < SMALL_SIZE and y1 - y0 < SMALL_SIZE,
        }
    return countries, unassigned


def build(atlas: Path, tolerance: float) -> dict:
    """Build the whole geometry.json document."""
    codes = numeric_to_alpha2()
    countries, unassigned = shapes_110m(atlas, codes, tolerance)
    missing = set(codes.values()) - set(countries)
    points = detail_points(atlas, codes, missing)
    points |= {code: to_map(lon, lat) for code, (lat, lon) in FALLBACK_LAT_LON.items()}
    for code in sorted(missing):
        countries[code] = {"d": "", "point": rounded(points[code]), "small": True}
    return {
        "source": SOURCE,
        "projection": "Equal Earth",
        "width": WIDTH,
        "height": map_height(),
        "outline": encode_ring(outline_ring(tolerance)),
        "countries": countries,
        "unassigned": unassigned,
    }


def all_paths(document: dict) -> str:
    """Concatenate every path of the document (countries, outline, unassigned)."""
    countries = document["countries"]
    paths = [countries[code]["d"] for code in sorted(countries)]
    return "".join([*paths, document["outline"], *document["unassigned"]])


def dump(document: dict) -> str:
    """Serialize the document deterministically and compactly."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def sizes(text: str) -> str:
    """Describe a text's raw and gzip-compressed (level 9) size in bytes."""
    raw = text.encode("utf-8")
    return f"{len(raw)} bytes raw, {len(gzip.compress(raw, compresslevel=9))} bytes gzip"


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the command line, write geometry.json and report its sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, default=Path("node_modules/world-atlas"))
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("geometry.json"))
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    args = parser.parse_args(argv)
    document = build(args.atlas, args.tolerance)
    text = dump(document) + "\n"
    args.out.write_text(text, encoding="utf-8")
    small = sum(entry["small"] for entry in document["countries"].values())
    print(f"{len(document['countries'])} countries ({small} small) → {args.out}")
    print(f"paths: {sizes(all_paths(document))}")
    print(f"{args.out.name}: {sizes(text)}")


if __name__ == "__main__":
    main()
