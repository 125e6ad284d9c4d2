"""Which client countries get a dot, a target or a close-up: decided from the geometry."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from world_map.filling import load_geometry
from world_map.legibility import (
    CLOSEUP_ASPECT,
    CLOSEUP_MIN_WIDTH,
    CLOSEUP_WIDTH,
    DOT,
    MIN_TARGET,
    PHONE_WIDTH,
    TARGET,
    closeup_region,
    crowded,
    largest_piece,
    layout,
    marker_kind,
    piece_boxes,
)
from world_map.make_geometry import encode_ring

PHONE = PHONE_WIDTH / 1000  # px per map unit on a 360-px screen
# The fixture site's clients.
CLIENTS = ["IN", "CN", "SG", "CA", "DE", "GB", "FR", "IL", "NZ", "AU", "BR", "PA", "AI"]


@pytest.fixture(scope="module")
def shapes():
    return load_geometry()["countries"]


def kind_on_a_phone(shapes, code):
    return marker_kind(largest_piece(shapes[code]["d"]), PHONE)


def test_boxes_of_each_piece_of_a_path():
    path = "M10 20l5 0 0 5-5 0zM100 1l-2 3 4 0z"
    assert piece_boxes(path) == [(10, 20, 15, 25), (98, 1, 102, 4)]
    assert piece_boxes("") == []
    assert largest_piece("") is None


points = st.tuples(st.integers(0, 9999), st.integers(0, 4999)).map(lambda p: (p[0] / 10, p[1] / 10))


@given(st.lists(points, min_size=3, max_size=30))
def test_box_of_any_encoded_ring_is_the_ring_box(ring):
    path = encode_ring(ring)
    if not path:  # degenerate: make_geometry drops it
        return
    (box,) = piece_boxes(path)
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    assert box == pytest.approx((min(xs), min(ys), max(xs), max(ys)), abs=1e-6)


def test_largest_piece_is_mainland_france_not_french_guiana(shapes):
    x0, y0, x1, y1 = largest_piece(shapes["FR"]["d"])
    assert 480 < x0 < x1 < 530 and 60 < y0 < y1 < 100  # western Europe


@pytest.mark.parametrize(
    ("size_px", "kind"), [(1, DOT), (7.9, DOT), (8, TARGET), (23.9, TARGET), (24, None)]
)
def test_marker_by_the_smaller_side_as_drawn(size_px, kind):
    long_and_thin = (0, 0, 100, size_px)  # a Chile or a Panama: the thin side decides
    assert marker_kind(long_and_thin, 1.0) == kind
    assert marker_kind(None, 1.0) == DOT  # no shape at this scale: a dot


@pytest.mark.parametrize("code", ["IL", "PA", "SG", "AI", "LU", "MT", "BH"])
def test_slivers_and_specks_get_a_visible_dot_on_a_phone(shapes, code):
    assert kind_on_a_phone(shapes, code) == DOT


@pytest.mark.parametrize("code", ["IN", "CN", "CA", "AU", "BR", "US", "RU"])
def test_large_countries_get_no_marker(shapes, code):
    assert kind_on_a_phone(shapes, code) is None


def test_mid_sized_countries_get_a_target_but_no_dot(shapes):
    assert kind_on_a_phone(shapes, "CL") == TARGET  # long: seen, but too thin to tap
    assert kind_on_a_phone(shapes, "FR") == TARGET


def test_targets_closer_than_24_px_are_crowded_together():
    step = MIN_TARGET / PHONE  # map units between two targets that just touch
    points = {"A": (0, 0), "B": (step * 0.9, 0), "C": (step * 1.8, 0), "D": (step * 5, 0)}
    assert crowded(points, PHONE) == [["A", "B", "C"]]  # C is crowded through B
    assert crowded({"A": (0, 0), "B": (step, 0)}, PHONE) == []


def test_closeup_region_holds_the_boxes_with_room_and_a_fixed_shape():
    boxes = [(10, 10, 20, 30), (25, 12, 30, 14)]
    x0, y0, x1, y1 = closeup_region(boxes)
    assert x0 < 10 and y0 < 10 and x1 > 30 and y1 > 30
    assert (x1 - x0) / (y1 - y0) == pytest.approx(CLOSEUP_ASPECT)
    x0, _, x1, _ = closeup_region([(5, 5, 5, 5)])  # one point: zoom stays bounded
    assert x1 - x0 == CLOSEUP_MIN_WIDTH


def test_fixture_clients_uk_france_germany_and_panama_anguilla_get_close_ups(shapes):
    plan = layout(shapes, CLIENTS, 1000)
    assert [c["codes"] for c in plan["closeups"]] == [["AI", "PA"], ["DE", "FR", "GB"]]
    markers = plan["markers"]
    assert {c for c in CLIENTS if markers[c]["kind"] == DOT} == {
        "SG", "DE", "GB", "IL", "NZ", "PA", "AI"
    }  # fmt: skip
    # Germany is a dot on a phone only; Israel is one at any width.
    assert markers["DE"]["narrow_only"] and not markers["IL"]["narrow_only"]


def test_in_a_close_up_crowded_countries_are_shapes_or_targets_apart(shapes):
    for closeup in layout(shapes, CLIENTS, 1000)["closeups"]:
        x0, y0, x1, _ = closeup["region"]
        scale = CLOSEUP_WIDTH / (x1 - x0)
        for code in closeup["codes"]:
            piece = largest_piece(shapes[code]["d"])
            assert closeup["kinds"][code] == marker_kind(piece, scale)
            px, py = shapes[code]["point"]
            assert x0 < px < x1 and y0 < py  # its marker is inside
        targets = {
            code: shapes[code]["point"] for code in closeup["codes"] if closeup["kinds"][code]
        }
        assert crowded(targets, scale) == []
        assert all(math.isfinite(v) for v in closeup["region"])
