"""A pytest plugin: a kit test fails the moment it reads the writer's files,
or writes anywhere in the source tree.

The kit's checks must pass whatever a writer puts in the repository's
`content/`, `pelicanconf.py` and `publishconf.py`, so no kit test may read them
(fixtures of the tests' own, under `tests/`, are what tests build). A Python
audit hook sees every `open`, directory listing, tree copy and subprocess of
the test process (and of the build helpers it forks) and stops any that names
one of those paths, in the test that did it: the call raises, and the test is
failed even if the code under test swallowed the error. Likewise a file or
folder made in the repository (a cache beside a fixture's content, say): tests
write into their own temporary folders, which parallel workers never share.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The writer's, not the kit's: what `invoke init` writes and what no update touches.
WRITERS_FOLDERS = (ROOT / "content",)
WRITERS_FILES = (ROOT / "pelicanconf.py", ROOT / "publishconf.py")
# Python reads a settings module from its compiled copy once it has one.
WRITERS_COMPILED = tuple(f"{path.stem}." for path in WRITERS_FILES)
# Audit events whose first argument is a path a test reads (or copies from).
READING_EVENTS = {"open", "os.listdir", "os.scandir", "shutil.copytree", "shutil.copyfile"}
# Where tests may write in the repository: pictures for a person to look at, Python's own.
WRITABLE = (ROOT / "screenshots", ROOT / ".pytest_cache")
WRITING_EVENTS = {"os.mkdir", "os.rename", "os.replace", "shutil.copytree", "shutil.copyfile"}
WATCHED = READING_EVENTS | WRITING_EVENTS | {"subprocess.Popen"}
# Programs that read the writer's site when run in the repository's folder.
SITE_READERS = ("invoke", "pelican")


class GuardStopped(AssertionError):
    """A kit test read the writer's content or settings, or wrote into the source tree."""


_violations: list[str] = []
_running: list[str] = []  # the test being run (its setup, call and teardown), if any


def absolute(name: object) -> Path | None:
    """`name` (a path-like) as an absolute path; None for a file descriptor or no name."""
    if isinstance(name, int) or name is None:
        return None
    try:
        return Path(os.path.abspath(os.fsdecode(os.fspath(name))))
    except (TypeError, ValueError):
        return None


def behind_a_dir_fd(event: str, args: tuple) -> bool:
    """An os.open or os.mkdir of a relative name: it may be relative to a dir_fd, which
    the open event hides (pytest's own rmtree opens `content` so), so it is not judged."""
    relative = isinstance(args[0], str | bytes) and not os.path.isabs(os.fsdecode(args[0]))
    return relative and (
        (event == "open" and args[1] is None) or (event == "os.mkdir" and args[2] != -1)
    )


def writers_path(name: object) -> Path | None:
    """The writer's file or folder that `name` (a path-like) is, or is inside; None when not."""
    if (path := absolute(name)) is None:
        return None
    if path in WRITERS_FILES or any(path.is_relative_to(f) for f in WRITERS_FOLDERS):
        return path
    if path.parent == ROOT / "__pycache__" and path.name.startswith(WRITERS_COMPILED):
        return path
    return None


def runs_in_writers_site(words: list[str], cwd: str) -> bool:
    """Whether a subprocess runs `invoke` or `pelican` in the repository's own folder."""
    return Path(cwd) == ROOT and any(Path(word).name in SITE_READERS for word in words)


def writes_source_tree(name: object) -> Path | None:
    """The path in the repository that writing `name` would change; None when elsewhere."""
    path = absolute(name)
    if path is None or not path.is_relative_to(ROOT) or "__pycache__" in path.parts:
        return None
    return None if any(path.is_relative_to(folder) for folder in WRITABLE) else path


def writing(event: str, args: tuple) -> str | None:
    """What this audit event would write into the repository, or None."""
    if event == "open" and isinstance(args[1], str):
        name = args[0] if set(args[1]) & set("wax+") else None
    elif event == "open":  # os.open: flags, no mode
        name = args[0] if args[2] & (os.O_WRONLY | os.O_RDWR) else None
    elif event == "os.mkdir":
        name = args[0]
    elif event in WRITING_EVENTS:  # renames and copies: (source, destination, ...)
        name = args[1]
    else:
        return None
    path = writes_source_tree(name)
    return f"writes {path.relative_to(ROOT)}" if path else None


def problem(event: str, args: tuple) -> str | None:
    """What is wrong with this audit event, or None when it reads nothing of the writer's."""
    if behind_a_dir_fd(event, args):
        return None
    if found := writing(event, args):
        return found
    if event in READING_EVENTS and args and (path := writers_path(args[0])):
        return f"{event} {path.relative_to(ROOT)}"
    if event == "subprocess.Popen":
        _, command, cwd, _ = args
        cwd = os.path.abspath(os.fsdecode(cwd)) if cwd else os.getcwd()
        words = [command] if isinstance(command, str | bytes | os.PathLike) else command or []
        words = [os.fsdecode(w) for w in words if isinstance(w, str | bytes | os.PathLike)]
        # A name in the command is the child's, taken from the folder it runs in.
        if named := next((w for w in words if writers_path(os.path.join(cwd, w))), None):
            return f"runs {named!r}"
        if runs_in_writers_site(words, cwd):
            return f"runs {command!r} in the writer's site ({ROOT})"
    return None


def audit(event: str, args: tuple) -> None:
    if not _running or event not in WATCHED or not (found := problem(event, args)):
        return
    if found.startswith("writes "):
        message = (
            f"a kit test wrote into the source tree ({found}): write into the test's own "
            "temporary folder (tmp_path; build_site keeps caches in the worker's)"
        )
    else:
        message = (
            f"a kit test read the writer's files ({found}): build a fixture under tests/ "
            "instead (see tests/site_kit.py); the kit's tests pass whatever the writer has there"
        )
    _violations.append(message)
    raise GuardStopped(message)


@contextlib.contextmanager
def stopped_by_the_guard():
    """For the guard's own tests: the block must be stopped, and its test not failed for it."""
    with pytest.raises(GuardStopped):
        yield
    _violations.clear()


def pytest_configure(config: pytest.Config) -> None:
    sys.addaudithook(audit)  # audit hooks cannot be removed: one per process


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    _running.append(item.nodeid)
    try:
        return (yield)
    finally:
        _running.remove(item.nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    _running.append(collector.nodeid)  # a test module that reads them on import
    try:
        return (yield)
    finally:
        _running.remove(collector.nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if _violations:
        found = "\n".join(dict.fromkeys(_violations))
        _violations.clear()
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: {found}"
    return report
