"""The build's folders beside output/: a staging folder per build, swapped in whole.

Names carry the building process's id (`output.build-<pid>-xxxx`,
`output.old-<pid>-xxxx`), so a later build can tell a folder left by a killed
build (its process is gone) from one a running build still uses, and remove
only the former. Swaps are serialised by a lock on the parent folder, so two
builds finishing at once each swap in a whole site and neither fails.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path


class FolderError(Exception):
    """A folder could not be made or replaced; the message says which and what to do."""


# What each output folder built by this process holds: the folder's inode (another
# process's build swaps in a new folder) and its files (relative paths).
PUBLISHED: dict[Path, tuple[int, set[str]]] = {}
LEFTOVER = re.compile(r"\.(?:build|old)-(\d+)-[^/]+$")


def why(error: OSError) -> str:
    """An OSError as a writer can act on it."""
    if error.errno == errno.ENOSPC:
        return "the disk is full: free some space and build again"
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return f"{error.strerror.lower()}: make it writable (or remove it) and build again"
    return f"{error.strerror or error}: fix that and build again"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_dead_leftovers(output: Path) -> list[Path]:
    """Delete `output.build-*` / `output.old-*` folders whose build process is gone."""
    removed = []
    with contextlib.suppress(OSError):
        for path in output.parent.glob(f"{output.name}.*"):
            match = LEFTOVER.search(path.name)
            if match and path.is_dir() and not _alive(int(match[1])):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


def check_output(output: Path, project: Path, content: Path) -> None:
    """Refuse an output folder whose files a build would throw away.

    A build replaces the folder whole: it must be new, empty or a site built
    before (an index.html at its top), and never hold the project or its content.
    """
    output, project, content = output.resolve(), project.resolve(), content.resolve()
    for inside, what in ((project, "the folder your project is in"), (content, "your content")):
        if inside.is_relative_to(output):
            raise FolderError(
                f"{output}: the site would replace {what}: build into a folder of its "
                "own (such as output/)"
            )
    if output.is_relative_to(content):
        raise FolderError(
            f"{output}: is inside your content folder: build into a folder outside it"
        )
    try:
        names = sorted(p.name for p in output.iterdir()) if output.is_dir() else []
    except OSError as error:
        raise FolderError(f"{output}: cannot read it: {why(error)}") from None
    if names and "index.html" not in names:
        shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
        raise FolderError(
            f"{output}: holds files that are not a built site ({shown}), which the build "
            "would replace: build into a new or empty folder"
        )


def staging_for(output: Path) -> Path:
    """A new, empty folder beside `output` for this build to write into."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        return Path(
            tempfile.mkdtemp(prefix=f"{output.name}.build-{os.getpid()}-", dir=output.parent)
        )
    except OSError as error:
        raise FolderError(
            f"{output.parent}: cannot make the build folder there: {why(error)}"
        ) from None


@contextlib.contextmanager
def swap_lock(output: Path):
    """Hold the lock that serialises swaps into `output` (a lock on its parent folder)."""
    handle = os.open(output.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock


def files_in(folder: Path) -> list[str]:
    return [
        os.path.relpath(os.path.join(here, name), folder)
        for here, _dirs, names in os.walk(folder)
        for name in names
    ]


def inode(folder: Path) -> int | None:
    try:
        return folder.stat().st_ino
    except OSError:
        return None


def swap_in(built: Path, output: Path) -> None:
    """Replace `output` by `built` so that a reader never sees a half site.

    On failure `output` is as it was, `built` is removed, and FolderError says why.
    """
    try:
        with swap_lock(output):
            if not output.exists():
                built.rename(output)
                return
            old = Path(
                tempfile.mkdtemp(prefix=f"{output.name}.old-{os.getpid()}-", dir=output.parent)
            )
            try:
                output.rename(old / output.name)
            except OSError:
                old.rmdir()
                raise
            built.rename(output)
    except OSError as error:
        shutil.rmtree(built, ignore_errors=True)
        raise FolderError(f"{output.name}/ could not be replaced: {why(error)}") from None
    remove_later(old)


def move_in(staging: Path, output: Path, kept: set[str]) -> None:
    """Update `output` in place: move in what was written, drop what is gone, keep the rest.

    The dev server's rebuilds write only the pages that changed; the files
    this process published last time and this build neither wrote nor kept
    (a page of a deleted tag, say) are removed.
    """
    written = files_in(staging)
    made: set[Path] = set()
    with swap_lock(output):
        for name in written:
            target = output / name
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            os.replace(staging / name, target)
        now = set(written) | kept
        for name in PUBLISHED[output][1] - now:
            with contextlib.suppress(FileNotFoundError):
                (output / name).unlink()
            with contextlib.suppress(OSError):  # its folder too, once empty (not output/ itself)
                os.removedirs((output / name).parent)
    PUBLISHED[output] = (inode(output), now)
    remove_later(staging)


def remove_later(folder: Path) -> None:
    """Delete the previous site without making the writer wait for it."""
    rm = shutil.which("rm")
    if rm is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    subprocess.Popen(
        [rm, "-rf", str(folder)],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
