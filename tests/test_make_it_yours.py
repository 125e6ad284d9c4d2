"""Someone else's site: the kit's test command passes whatever the writer did to content/."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from site_kit import INNER_RUN, INVOKE, ROOT, article


def repository_files() -> list[str]:
    """What a clone holds: tracked files, plus new ones git does not ignore."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.mark.whole_suite
def test_another_writers_site_passes_the_readme_test_command(tmp_path):
    copy = tmp_path / "their-site"
    for name in repository_files():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, copy / name)
    if (ROOT / "node_modules").is_dir():  # the browser tools, already installed here
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
    person = ["--name", "Ingrid Sæther", "--email", "ingrid@saether.example"]
    person += ["--siteurl", "https://ingrid-saether.github.io", "--handle", "ingrid_s"]
    person += ["--timezone", "Europe/Oslo", "--tagline", "Technical translation, Norwegian"]
    made = subprocess.run(
        [*INVOKE, "init", *person, "--clear-examples", "--force"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    (copy / "content/articles/first-post.md").write_text(
        article(slug="first-post", title="Why I translate into my first language only"),
        encoding="utf-8",
    )
    env = {**os.environ, INNER_RUN: "1", "PYTEST_ADDOPTS": f"--basetemp={tmp_path / 'inner'}"}
    run = subprocess.run(
        [*INVOKE, "test"], cwd=copy, capture_output=True, text=True, timeout=1800, env=env
    )
    tail = (run.stdout + run.stderr)[-3000:]
    assert run.returncode == 0, tail
    assert " passed" in run.stdout and " deselected" in run.stdout, tail
    assert "Checked " in run.stdout, tail  # invoke check ran on their content
    assert "Ingrid Sæther" in (copy / "pelicanconf.py").read_text(encoding="utf-8")
