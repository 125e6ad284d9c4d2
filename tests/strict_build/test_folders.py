"""Failures around output/ are one clear line, never a traceback, and leave no litter."""

from __future__ import annotations

import errno
import os
import re
import subprocess
from pathlib import Path

import pytest

from freelancekit.strict_build import BuildFailed, folders, runner
from site_kit import INVOKE, article, build_site

GOOD = {"articles/a.md": article()}


def leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.glob("output.*"))


def test_an_output_folder_that_cannot_be_replaced_is_kept_and_named(tmp_path, monkeypatch):
    output = build_site(tmp_path, GOOD)
    before = (output / "index.html").read_bytes()
    real_rename = Path.rename

    def rename(self, target):
        if self == output:  # read-only or immutable: the kernel says EPERM or EACCES
            raise PermissionError(errno.EPERM, "Operation not permitted")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, GOOD)
    (problem,) = failed.value.problems
    assert str(problem) == (
        "build: output/ could not be replaced: operation not permitted: make it writable "
        "(or remove it) and build again"
    )
    assert (output / "index.html").read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_project_folder_where_nothing_can_be_made_is_one_line(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(folders.tempfile, "mkdtemp", refuse)
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, GOOD)
    (problem,) = failed.value.problems
    assert f"{tmp_path}: cannot make the build folder there: permission denied" in str(problem)


def test_a_full_disk_is_one_line_and_the_last_site_stays(tmp_path, monkeypatch):
    output = build_site(tmp_path, GOOD)

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.html"))

    monkeypatch.setattr(runner.Pelican, "run", full)
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, GOOD)
    (problem,) = failed.value.problems
    assert problem.message == "the disk is full: free some space and build again"
    assert (output / "index.html").exists() and leftovers(tmp_path) == []


def test_folders_left_by_a_killed_build_are_removed_but_not_a_running_ones(tmp_path):
    gone = subprocess.Popen(["true"])  # a process that has ended: its pid is free
    gone.wait()
    stale = tmp_path / f"output.build-{gone.pid}-abc"
    stale_old = tmp_path / f"output.old-{gone.pid}-def"
    running = tmp_path / f"output.build-{os.getpid()}-ghi"
    for folder in (stale, stale_old, running):
        (folder / "deep").mkdir(parents=True)
    build_site(tmp_path, GOOD)
    assert not stale.exists() and not stale_old.exists()
    assert running.exists()


def test_two_builds_swapping_at_once_both_succeed_with_a_whole_site(project):
    starts = [
        subprocess.Popen(
            [*INVOKE, "build"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [process.communicate(timeout=300) for process in starts]
    for process, (_out, err) in zip(starts, results, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    assert (project / "output/index.html").exists()
    assert (project / "output/about/index.html").exists()
    assert [p.name for p in project.glob("output.build-*")] == []


def test_a_folder_of_other_files_is_never_replaced(tmp_path):
    from freelancekit.strict_build.folders import FolderError, check_output

    project = tmp_path / "site"
    (project / "content").mkdir(parents=True)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("mine")
    for output, said in [
        (notes, "holds files that are not a built site (todo.txt)"),
        (project / "content", "the site would replace your content"),
        (project, "the folder your project is in"),
        (tmp_path, "the folder your project is in"),
        (project / "content/out", "inside your content folder"),
    ]:
        with pytest.raises(FolderError, match=re.escape(said)):
            check_output(output, project, project / "content")
    assert (notes / "todo.txt").read_text() == "mine"
    built = tmp_path / "built"
    built.mkdir()
    (built / "index.html").write_text("a site")
    for fine in [built, tmp_path / "new", project / "output"]:
        check_output(fine, project, project / "content")


def test_invoke_check_refuses_an_output_folder_holding_the_writers_files(project):
    from site_kit import invoke

    before = sorted(p.name for p in (project / "content").rglob("*"))
    result = invoke(project, "check", "--output", "content")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "the site would replace your content" in result.stderr
    assert sorted(p.name for p in (project / "content").rglob("*")) == before
