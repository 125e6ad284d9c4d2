"""A big site built with helper processes is the one-process build, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import parallel_read
import site_writer.writer
from corpus import write_corpus
from freelancekit.forking import Helper
from freelancekit.strict_build import BuildFailed, build
from site_kit import FIXTURE_SETTINGS, ROOT, TEST_SITEURL

ARTICLES = 120  # enough for helpers to read (40 files each) and render (100 pages each)


class CountedHelper(Helper):
    started = 0

    def __init__(self, items, work):
        CountedHelper.started += 1
        super().__init__(items, work)


@pytest.fixture
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), ARTICLES)


@pytest.fixture
def counted(monkeypatch):
    CountedHelper.started = 0
    for module in (parallel_read, site_writer.writer):
        monkeypatch.setattr(module, "Helper", CountedHelper)
        # Other test suites leave threads running (the browser suite's server):
        # the helpers fork from this thread and touch none of theirs.
        monkeypatch.setattr(module, "can_fork", lambda: True)
    return CountedHelper


def build_with(content: Path, output: Path, workers: int | None, **settings) -> Path:
    overrides = {
        "PATH": str(content),
        "SITEURL": TEST_SITEURL,
        "BUILD_WORKERS": workers,
        "CACHE_PATH": str(output.parent / f"cache-{output.name}"),
        **settings,
    }
    build(FIXTURE_SETTINGS, output, overrides=overrides)
    return output


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_helpers_read_and_render_the_same_site_as_one_process(corpus, tmp_path, counted):
    one = files(build_with(corpus, tmp_path / "one", 1))
    assert counted.started == 0
    many = files(build_with(corpus, tmp_path / "many", 2))
    assert counted.started == 2  # one helper read, one rendered
    assert sorted(many) == sorted(one)
    assert [name for name in one if one[name] != many[name]] == []


def test_a_template_error_in_a_helpers_pages_is_reported_with_its_line(corpus, tmp_path, counted):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    index = theme / "templates/index.html"
    # Only the last listing pages break: they are in the helper's run.
    index.write_text(
        index.read_text().replace(
            "{% block content %}",
            "{% block content %}{% if articles_page.number > 12 %}{{ nothing.at.all }}{% endif %}",
            1,
        )
    )
    with pytest.raises(BuildFailed) as failed:
        build_with(corpus, tmp_path / "out", 2, THEME=str(theme))
    assert counted.started == 2
    assert any("index.html" in str(problem) for problem in failed.value.problems)
    assert not (tmp_path / "out").exists()
