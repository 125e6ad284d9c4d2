"""Cached files copied into output/: only the missing ones, never outside it."""

from __future__ import annotations

import pytest

from freelancekit.output_files import copy_missing


def test_missing_files_are_copied_and_present_ones_left_alone(tmp_path):
    cached = tmp_path / "cache/card.png"
    cached.parent.mkdir()
    cached.write_bytes(b"new")
    output = tmp_path / "output"
    (output / "images").mkdir(parents=True)
    (output / "images/kept.png").write_bytes(b"old")
    copy_missing({"images/cards/card.png": cached, "images/kept.png": cached}, output)
    assert (output / "images/cards/card.png").read_bytes() == b"new"
    assert (output / "images/kept.png").read_bytes() == b"old"


@pytest.mark.parametrize("site_path", ["../escaped.png", "images/../../escaped.png", "/tmp/x.png"])
def test_a_path_that_would_leave_the_output_folder_is_refused(tmp_path, site_path):
    cached = tmp_path / "card.png"
    cached.write_bytes(b"png")
    (tmp_path / "output").mkdir()
    with pytest.raises(ValueError, match="outside the output folder"):
        copy_missing({site_path: cached}, tmp_path / "output")
    assert not (tmp_path / "escaped.png").exists()
