"""A copy of the repository made someone else's, running the README's test command.

It takes as long as the whole suite, so conftest.py starts it as soon as
test_make_it_yours is collected, and that test waits for it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from site_kit import INNER_RUN, INVOKE, ROOT, article

PERSON = ["--name", "Ingrid Sæther", "--email", "ingrid@saether.example"]
PERSON += ["--siteurl", "https://ingrid-saether.github.io", "--handle", "ingrid_s"]
PERSON += ["--timezone", "Europe/Oslo", "--tagline", "Technical translation, Norwegian"]


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


@dataclass
class InnerRun:
    """A copy of the repository made someone else's, running the README's test command."""

    folder: Path
    init: subprocess.CompletedProcess
    process: subprocess.Popen | None

    def finish(self, timeout: float) -> tuple[int, str]:
        """Wait for the test command; (exit code, its output)."""
        out, _ = self.process.communicate(timeout=timeout)
        return self.process.returncode, out

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_inner_run() -> InnerRun:
    """Copy the repository, run `invoke init` as another writer, add an article, start the tests."""
    folder = Path(tempfile.mkdtemp(prefix="their-site-"))
    copy = folder / "site"
    for name in repository_files():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, copy / name)
    if (ROOT / "node_modules").is_dir():  # the browser tools, already installed here
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
    made = subprocess.run(
        [*INVOKE, "init", *PERSON, "--clear-examples", "--force"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if made.returncode != 0:
        return InnerRun(folder, made, None)
    # The writer may have no article yet (init --clear-examples, then `invoke test`).
    (copy / "content/articles").mkdir(parents=True, exist_ok=True)
    (copy / "content/articles/first-post.md").write_text(
        article(slug="first-post", title="Why I translate into my first language only"),
        encoding="utf-8",
    )
    env = {**os.environ, INNER_RUN: "1", "PYTEST_ADDOPTS": f"--basetemp={folder / 'pytest'}"}
    process = subprocess.Popen(
        [*INVOKE, "test"],
        cwd=copy,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return InnerRun(folder, made, process)


INNER_RUN_KEY = pytest.StashKey[InnerRun]()
