"""The world map's geometry generator (plugins/world_map/make_geometry.py) and its output."""

import importlib.util
import itertools
import json
import math
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location(
    "make_geometry", ROOT / "plugins/world_map/make_geometry.py"
)
mg = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(mg)
GEOMETRY = ROOT / "plugins/world_map/geometry.json"


def test_origin_projects_to_the_centre():
    assert mg.equal_earth(0, 0) == (0, 0)
    assert mg.to_map(0, 0) == pytest.approx((mg.WIDTH / 2, mg.map_half_height()))
    assert mg.to_map(180, 0)[0] == pytest.approx(mg.WIDTH)


@pytest.mark.parametrize(("lon", "lat"), [(30, 10), (120, -45), (179, 80), (5, -1)])
def test_projection_is_symmetric(lon, lat):
    x, y = mg.equal_earth(lon, lat)
    assert mg.equal_earth(-lon, lat) == pytest.approx((-x, y))
    assert mg.equal_earth(lon, -lat) == pytest.approx((x, -y))


def test_poles_map_to_the_top_and_bottom():
    assert mg.to_map(40, 90)[1] == pytest.approx(0)
    bottom = mg.to_map(-40, -90)[1]
    assert bottom == pytest.approx(2 * mg.map_half_height())
    assert mg.map_height() == math.ceil(bottom)
    assert mg.to_map(0, 60)[1] < mg.to_map(0, 0)[1]  # north is up: y grows downward


def test_decodes_quantized_delta_encoded_arcs():
    topology = {
        "transform": {"scale": [0.5, 2], "translate": [10, -5]},
        "arcs": [[[0, 0], [2, 1], [1, -1]], [[4, 4], [-4, 0]]],
    }
    assert mg.decode_arcs(topology) == [[(10, -5), (11, -3), (11.5, -5)], [(12, 3), (10, 3)]]


def test_assembles_a_ring_with_a_reversed_arc():
    arcs = [[(0, 0), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 1)]]
    assert mg.assemble_ring([0, ~1], arcs) == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]


def test_douglas_peucker_keeps_endpoints_and_drops_collinear_points():
    assert mg.douglas_peucker([(0, 0), (1, 0), (2, 0.01), (3, 0)], 0.1) == [(0, 0), (3, 0)]
    assert mg.douglas_peucker([(0, 0), (1, 5), (2, 0)], 0.1) == [(0, 0), (1, 5), (2, 0)]
    square = [(0, 0), (1, 0), (2, 0), (2, 2), (0, 2), (0, 0)]
    # A closed arc (an island) keeps at least a triangle, never collapses to a line.
    assert mg.douglas_peucker(square, 10) == [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)]


def test_area_and_centroid_of_a_square():
    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    assert mg.polygon_area([square]) == 4
    assert mg.polygon_centroid([square]) == pytest.approx((1, 1))
    hole = [(0, 0), (0, 1), (1, 1), (1, 0)]
    assert mg.polygon_area([square, hole]) == 3
    assert mg.polygon_centroid([square, hole]) == pytest.approx((7 / 6, 7 / 6))


def test_cuts_a_ring_at_the_antimeridian():
    ring = [(170, 0), (-170, 0), (-170, 10), (170, 10), (170, 0)]
    pieces = mg.cut_ring(ring)
    assert len(pieces) == 2
    assert all(max(abs(a[0] - b[0]) for a, b in itertools.pairwise(p)) <= 180 for p in pieces)


@pytest.mark.parametrize(
    ("tenths", "text"), [(15, "1.5"), (5, ".5"), (-5, "-.5"), (20, "2"), (0, "0"), (-123, "-12.3")]
)
def test_formats_numbers_briefly(tenths, text):
    assert mg.format_tenths(tenths) == text


def test_encodes_a_ring_as_a_compact_relative_path():
    ring = [(1.0, 2.0), (1.54, 2.0), (1.5, 0.5), (1.0, 2.0)]
    assert mg.encode_ring(ring) == "M1 2l.5 0 0-1.5z"
    assert mg.encode_ring([(0, 0), (0.01, 0), (0, 0)]) == ""  # degenerate rings vanish


@pytest.fixture(scope="module")
def geometry():
    text = GEOMETRY.read_text(encoding="utf-8")
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))


def test_every_iso_code_is_present(geometry):
    assert set(geometry["countries"]) == {c.alpha_2 for c in pycountry.countries}
    assert len(geometry["countries"]) == 249


def test_every_point_is_on_the_map(geometry):
    width, height = geometry["width"], geometry["height"]
    for code, country in geometry["countries"].items():
        x, y = country["point"]
        assert 0 <= x <= width and 0 <= y <= height, code


def test_large_countries_have_a_shape(geometry):
    for code, country in geometry["countries"].items():
        assert country["small"] or country["d"].startswith("M"), code
    assert geometry["outline"].startswith("M") and geometry["unassigned"]
