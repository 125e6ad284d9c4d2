"""Shared helpers: build a real site with the project's settings, run its tasks."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from freelancekit.strict_build import BuildFailed, Problem, build

ROOT = Path(__file__).resolve().parent.parent
# The kit's own site: settings and content under tests/, never the writer's.
FIXTURE = ROOT / "tests/fixture_site"
FIXTURE_SETTINGS = FIXTURE / "pelicanconf.py"
FIXTURE_PUBLISH_SETTINGS = FIXTURE / "publishconf.py"
# Everything real posts hold, at its worst: the theme's content must survive it.
TORTURE = ROOT / "tests/torture_site"
TORTURE_SETTINGS = TORTURE / "pelicanconf.py"
TORTURE_PUBLISH_SETTINGS = TORTURE / "publishconf.py"
TEST_SITEURL = "https://example.com"  # a real TLD: X counts only those as links
# Real WordPress exports (WordPress's theme test data): see its SOURCES.md.
REAL_EXPORTS = ROOT / "tests/wordpress_import/fixtures/real"


def import_offline(export: Path, content: Path):
    """Import a WordPress export into `content`, beside the favicons and images a
    writer's site has, with every download refused (no network in tests, as when
    the old blog is gone). Returns the import's summary."""
    from freelancekit.wordpress_import import import_wordpress
    from freelancekit.wordpress_import.fetching import Fetcher, Refused

    class Offline(Fetcher):
        def fetch(self, url, kinds):
            raise Refused("offline")

    for kept in ("extra", "images"):
        shutil.copytree(FIXTURE / "content" / kept, content / kept)
    return import_wordpress(export, content, download=True, fetcher=Offline([]))


def render_markdown(text: str, leave_out: str | None = None) -> str:
    """`text` rendered with the kit's Markdown settings, less the extension `leave_out`."""
    import markdown

    from freelancekit.settings import MARKDOWN

    configs = MARKDOWN["extension_configs"]
    assert leave_out is None or leave_out in configs
    configs = {name: config for name, config in configs.items() if name != leave_out}
    md = markdown.Markdown(
        extensions=list(configs), extension_configs=configs, output_format="html5"
    )
    return md.convert(text)


def write_content(folder: Path, files: dict[str, str]) -> Path:
    """Write {relative path: text} under `folder` (dedented) and return the folder."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


def build_site(
    tmp_path: Path,
    files: dict[str, str] | None = None,
    settings_file: Path = FIXTURE_SETTINGS,
    **settings,
) -> Path:
    """Build the kit's theme and plugins over `files` (or the fixture site's content),
    in development (or with `settings_file=FIXTURE_PUBLISH_SETTINGS`, in production).

    Test builds run in one process, with no search index and no social cards,
    and keep their caches per test worker (never in the source tree): the tests
    about those features turn them on (`BUILD_WORKERS=None`, `SEARCH_INDEX=True`,
    `SOCIAL_CARDS=True`). Returns the output folder. Raises
    strict_build.BuildFailed on any problem.
    """
    overrides = {**build_defaults(), "SITEURL": TEST_SITEURL, **settings}
    if files is not None:
        overrides["PATH"] = str(write_content(tmp_path / "content", files))
    output = tmp_path / "output"
    build(settings_file, output, overrides=overrides)
    return output


def build_defaults() -> dict:
    """What a test build has unless its test is about it: one process, no search
    index, no social cards, caches in this worker's own folder."""
    cache = worker_folder() / "cache"
    return {
        "BUILD_WORKERS": 1,
        "SEARCH_INDEX": False,
        "SOCIAL_CARDS": False,
        "IMAGE_CACHE_PATH": str(cache / "images"),
        "SOCIAL_CARD_CACHE_PATH": str(cache / "cards"),
    }


_worker_folder: list[Path] = []


def worker_folder() -> Path:
    """This test process's own scratch folder (under pytest's base temp folder)."""
    if not _worker_folder:
        raise RuntimeError("worker_folder() is set by the session fixture in conftest.py")
    return _worker_folder[0]


@pytest.fixture(scope="session", autouse=True)
def _set_worker_folder(tmp_path_factory):
    _worker_folder[:] = [tmp_path_factory.getbasetemp() / "worker"]
    yield


@contextlib.contextmanager
def shared_folder(tmp_path_factory, name: str):
    """A folder every test worker of this run shares, made once under a lock:
    yields (folder, made) where `made` says whether it was already made."""
    own = tmp_path_factory.getbasetemp()
    root = own.parent if os.environ.get("PYTEST_XDIST_WORKER") else own
    folder = root / f"shared-{name}"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / ".made"
        yield folder, done.exists()
        done.parent.mkdir(parents=True, exist_ok=True)
        done.touch()


def shared_build(tmp_path_factory, name: str, **kwargs) -> Path:
    """`build_site(**kwargs)`, built once per test run whatever the number of workers,
    into a folder every test reads and none may change."""
    with shared_folder(tmp_path_factory, name) as (folder, made):
        output = folder / "output"
        if not made:
            build_site(folder, **kwargs)
        return output


def build_fails(tmp_path: Path, files: dict[str, str], **settings) -> list[Problem]:
    """Build `files` expecting a strict failure; return its problems.

    Asserts that the output folder a good build left is untouched.
    """
    output = tmp_path / "output"
    output.mkdir(exist_ok=True)
    (output / "index.html").write_text("the last good site", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, files, **settings)
    assert [p.name for p in output.iterdir()] == ["index.html"]
    assert (output / "index.html").read_text(encoding="utf-8") == "the last good site"
    return failed.value.problems


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def csp_of(page: BeautifulSoup) -> dict[str, str]:
    """A page's Content-Security-Policy: {directive: its sources, as written}."""
    policy = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


ARTICLE = """\
Title: {title}
Date: {date}
Category: Tips
Tags: {tags}
Slug: {slug}

{body}
"""


def article(
    slug: str = "a-tip",
    title: str = "A tip",
    date: str = "2026-01-02 10:00",
    tags: str = "one",
    body: str = "Some words.",
) -> str:
    """Return a minimal valid article."""
    return ARTICLE.format(slug=slug, title=title, date=date, tags=tags, body=body)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture site (tests/fixture_site) with every feature on (its search index
    and social cards too), built once per test run with a production-like SITEURL,
    shared read-only by every test that reads it."""
    return shared_build(tmp_path_factory, "fixture-site", SEARCH_INDEX=True, SOCIAL_CARDS=True)


INVOKE = [sys.executable, "-m", "invoke"]
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
# The kit's files, from the repository; the site's, from the fixture.
KIT_FILES = [(ROOT / name, name) for name in [".gitignore", "tasks.py", "theme", "plugins"]]
SITE_FILES = [(FIXTURE / name, name) for name in ["pelicanconf.py", "publishconf.py", "content"]]


def copy_files(pairs: list[tuple[Path, str]], folder: Path) -> Path:
    """Copy each (source, name) into `folder` (folders whole, less __pycache__)."""
    for source, name in pairs:
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    return folder


@pytest.fixture
def project(tmp_path) -> Path:
    """A project a task may change freely: the kit with the fixture site as the writer's."""
    return copy_files(KIT_FILES + SITE_FILES, tmp_path)


def invoke(project: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run an invoke task in `project`, with extra environment variables."""
    return subprocess.run(
        [*INVOKE, *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
