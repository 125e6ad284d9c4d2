"""The engine's uses of Pelican internals, and its refusal to run on another Pelican."""

from __future__ import annotations

import pytest

from freelancekit import pelican_internals
from freelancekit.pelican_internals import PelicanVersionError, check_version
from freelancekit.strict_build import BuildFailed
from site_kit import article, build_site


def test_the_pinned_pelican_is_the_one_the_internals_were_written_for():
    check_version()  # the lock file and WRITTEN_FOR must move together


@pytest.mark.parametrize("other", ["4.11.0", "4.12.1", "5.0.0"])
def test_another_pelican_is_refused_with_what_to_do(other):
    with pytest.raises(PelicanVersionError) as refused:
        check_version(other)
    message = str(refused.value)
    assert f"Pelican {other} is installed" in message
    assert "pip install -r requirements.txt" in message


def test_a_build_on_another_pelican_fails_in_one_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(pelican_internals, "WRITTEN_FOR", "4.0.0")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article()})
    (problem,) = failed.value.problems
    assert "build engine was written for Pelican 4.0.0" in problem.message
    assert not (tmp_path / "output").exists()


def test_raw_html_is_empty_for_content_without_html():
    class Bare:
        pass

    assert pelican_internals.raw_html(Bare()) == ""
