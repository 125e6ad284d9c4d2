"""The guard that keeps the kit's tests off the writer's content and settings."""

import os
import subprocess
import sys

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from writers_files_guard import ROOT, problem, stopped_by_the_guard, writers_path

TESTS = ROOT / "tests"
# A test file for an inner pytest run: three that read the writer's files, one that does not.
INNER_TESTS = f"""
import os
import subprocess
from pathlib import Path

ROOT = Path({str(ROOT)!r})


def test_reads_an_article():
    (ROOT / "content/articles/any.md").read_text()


def test_lists_content_and_swallows_the_error():
    try:
        os.listdir(ROOT / "content")
    except Exception:
        pass


def test_builds_the_writers_site():
    subprocess.run(["invoke", "build"], cwd=ROOT, check=False)


def test_writes_a_cache_beside_the_fixture():
    (ROOT / "tests/fixture_site/.cache-of-a-test").write_text("x")


def test_reads_a_fixture_of_its_own():
    assert "Noor Haddad" in (ROOT / "tests/fixture_site/pelicanconf.py").read_text()
"""


def test_a_test_that_reads_the_writers_files_fails(pytester, monkeypatch):
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])
    )
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "writers_files_guard", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=4)
    output = result.stdout.str()
    assert "read the writer's files (open content/articles/any.md)" in output
    assert "read the writer's files (os.listdir content)" in output
    assert "in the writer's site" in output
    assert "wrote into the source tree (writes tests/fixture_site/.cache-of-a-test)" in output
    assert not (ROOT / "tests/fixture_site/.cache-of-a-test").exists()
    assert "test_reads_a_fixture_of_its_own PASSED" in output or "1 passed" in output


@pytest.mark.parametrize(
    "name",
    [
        ROOT / "content",
        ROOT / "content/pages/about.md",
        ROOT / "pelicanconf.py",
        ROOT / "publishconf.py",
        ROOT / "tests/../content/images",
        str(ROOT / "pelicanconf.py").encode(),
        ROOT / "__pycache__/pelicanconf.cpython-311.pyc",
    ],
)
def test_the_writers_files_and_folders_are_guarded(name):
    assert writers_path(name) is not None
    assert problem("open", (name, "r", 0)) is not None
    with stopped_by_the_guard():
        open(name, "rb")  # noqa: SIM115 (the guard raises before anything is opened)


@pytest.mark.parametrize(
    "name",
    [
        ROOT / "tests/fixture_site/content/pages/about.md",
        ROOT / "tests/fixture_site/pelicanconf.py",
        ROOT / "contents.md",
        ROOT / "theme/templates/base.html",
        ROOT / "freelancekit/settings.py",
        3,
        None,
    ],
)
def test_the_kits_own_files_are_not(name):
    assert writers_path(name) is None
    assert problem("open", (name, "r", 0)) is None


def test_a_task_run_in_the_writers_site_is_stopped_and_one_elsewhere_is_not(tmp_path):
    with stopped_by_the_guard():
        subprocess.run([sys.executable, "-m", "invoke", "build"], cwd=ROOT, check=False)
    assert problem("subprocess.Popen", ("git", ["git", "status"], str(ROOT), None)) is None
    assert problem("subprocess.Popen", ("x", ["invoke", "build"], str(tmp_path), None)) is None
    named = problem("subprocess.Popen", ("cat", ["cat", str(ROOT / "publishconf.py")], "/", None))
    assert named is not None


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\0")))
def test_any_name_under_content_is_guarded_and_any_beside_it_is_not(name):
    assume(".." not in name.split(os.sep) and not os.path.isabs(name))
    assert writers_path(os.path.join(ROOT / "content", name)) is not None
    assert writers_path(os.path.join(ROOT / "tests/fixture_site/content", name)) is None


@pytest.mark.parametrize(
    "event, args",
    [
        ("open", (ROOT / "tests/fixture_site/.cache/images/a.png", "wb", 0)),
        ("open", (str(ROOT / "plugins/x.py"), None, os.O_WRONLY | os.O_CREAT)),
        ("os.mkdir", (ROOT / "tests/fixture_site/.cache", 0o777, -1)),
        ("os.replace", ("/tmp/x", ROOT / "output/index.html", -1, -1)),
        ("shutil.copytree", ("/tmp/x", ROOT / "tests/copy")),
    ],
)
def test_a_write_into_the_source_tree_is_stopped(event, args):
    assert problem(event, args).startswith("writes ")


@pytest.mark.parametrize(
    "event, args",
    [
        ("open", (ROOT / "theme/templates/base.html", "r", 0)),
        ("open", (ROOT / "screenshots/home-360-light.png", "wb", 0)),
        ("open", (ROOT / "plugins/seo/__pycache__/x.pyc", "wb", 0)),
        ("os.mkdir", ("/tmp/somewhere", 0o777, -1)),
        ("os.mkdir", ("relative-to-a-folder-fd", 0o777, 5)),
        ("os.replace", (ROOT / "output/a", "/tmp/b", -1, -1)),
    ],
)
def test_reading_the_kit_and_writing_elsewhere_is_not(event, args):
    assert problem(event, args) is None


def test_a_cache_written_beside_the_fixtures_content_fails_its_test(tmp_path):
    with stopped_by_the_guard():
        (ROOT / "tests/fixture_site/.cache").mkdir()
