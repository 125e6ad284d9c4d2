"""The invoke tasks as a writer runs them, on a copy of the project."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, article, build_site
from strict_build import build

INVOKE = [sys.executable, "-m", "invoke"]
PROJECT_FILES = ["tasks.py", "pelicanconf.py", "publishconf.py", "content", "theme", "plugins"]


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project a task may change freely."""
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


def invoke(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*INVOKE, *args], cwd=project, capture_output=True, text=True, timeout=120
    )


def test_list_explains_every_task(project):
    listing = invoke(project, "--list").stdout
    for name in [
        "clean",
        "build",
        "rebuild",
        "regenerate",
        "serve",
        "livereload",
        "preview",
        "publish",
        "gh-pages",
        "new-post",
        "test",
    ]:
        line = next((ln for ln in listing.splitlines() if ln.strip().startswith(name + " ")), "")
        assert len(line.split(None, 1)) == 2, f"{name} has no help line"


def test_build_writes_output(project):
    result = invoke(project, "build")
    assert result.returncode == 0, result.stderr
    assert (project / "output/index.html").exists()


def test_bad_article_fails_build_with_one_clear_line_and_keeps_output(project):
    assert invoke(project, "build").returncode == 0
    before = (project / "output/index.html").read_text()
    (project / "content/articles/broken.md").write_text(
        "Title: Broken\nDate: 2026-02-30\n\nText.\n", encoding="utf-8"
    )
    result = invoke(project, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert errors == [
        "error: content/articles/broken.md:2: invalid date '2026-02-30': "
        "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM"
    ]
    assert "output/ was left as it was" in result.stderr
    assert (project / "output/index.html").read_text() == before


def test_new_post_writes_a_dated_draft_that_builds(project):
    result = invoke(project, "new-post", "My first tip: plan the week")
    assert result.returncode == 0, result.stderr
    (path,) = (project / "content/articles").glob("*-my-first-tip-plan-the-week.md")
    text = path.read_text()
    assert text.startswith("Title: My first tip: plan the week\nDate: ")
    assert "Status: draft" in text
    assert invoke(project, "new-post", "My first tip: plan the week").returncode == 1
    assert invoke(project, "build").returncode == 0
    assert (project / "output/drafts/my-first-tip-plan-the-week/index.html").exists()
    assert not (project / "output/my-first-tip-plan-the-week").exists()


def test_new_post_refuses_an_empty_title(project):
    result = invoke(project, "new-post", "  ")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_dev_build_reports_problems_but_still_writes(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles/ok.md").write_text(article(slug="ok"))
    (content / "articles/bad.md").write_text("Title: No date\n\nText.\n")
    problems = build(
        ROOT / "pelicanconf.py",
        tmp_path / "output",
        overrides={"PATH": str(content), "SITEURL": "http://127.0.0.1:8000"},
        strict=False,
    )
    assert [p.file for p in problems] == ["content/articles/bad.md"]
    assert (tmp_path / "output/ok/index.html").exists()


def test_index_is_paginated(tmp_path):
    files = {
        f"articles/tip-{n}.md": article(slug=f"tip-{n}", title=f"Tip {n}", date=f"2026-01-{n:02d}")
        for n in range(1, 11)
    }
    output = build_site(tmp_path, files, DEFAULT_PAGINATION=4)
    assert (output / "page/2/index.html").exists() and (output / "page/3/index.html").exists()
    assert not (output / "page/4").exists()
    first = (output / "index.html").read_text()
    assert 'rel="next" href="./page/2/"' in first
