"""Which files in a site are still as the kit wrote them (and so may be replaced).

`content/.kit-files.json` maps each file the kit shipped as an example or
`invoke init` generated to its SHA-256. A file whose bytes still match is the
kit's; a changed or unlisted file is the writer's and is never removed or
overwritten without `--force`.

Kit developers: after changing the showcase in content/ (or the fixture site in
tests/fixture_site/), record it again with
`python -m freelancekit.kit_files ROOT` (ROOT: the folder with pelicanconf.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path, PureWindowsPath

RECORD = "content/.kit-files.json"
# What the showcase holds besides its content: the writer's two settings files.
SETTINGS_FILES = ["pelicanconf.py", "publishconf.py"]


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(root: Path) -> dict[str, str]:
    """The record, {relative path: sha256}; empty when there is none or it is unreadable."""
    try:
        data = json.loads((root / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {
        k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str) and _relative(k)
    }


def _relative(rel: str) -> bool:
    """A plain relative path: no absolute path, no '..', no empty parts, no Windows drive."""
    parts = rel.split("/")
    return (
        bool(rel)
        and not rel.startswith("/")
        and "\\" not in rel
        and not PureWindowsPath(rel).drive
        and all(p not in {"", ".", ".."} for p in parts)
    )


def save(root: Path, files: dict[str, str]) -> None:
    """Write the record (sorted, so its diffs are readable)."""
    text = json.dumps({"version": 1, "files": dict(sorted(files.items()))}, indent=1) + "\n"
    write_atomically(root / RECORD, text.encode("utf-8"))


def is_kits(root: Path, rel: str, record: dict[str, str]) -> bool:
    """True when `rel` exists and is byte for byte what the kit recorded."""
    if rel not in record or (path := confined(root, rel)) is None:
        return False
    return path.is_file() and digest(path.read_bytes()) == record[rel]


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # else a crash may leave the new name on empty bytes
        os.chmod(temporary, mode)  # mkstemp makes it private (0600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions `path` has, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)  # the only way to read the umask is to set it
        os.umask(umask)
        return 0o666 & ~umask


def confined(root: Path, rel: str) -> Path | None:
    """`root / rel` when it stays inside `root` (no '..', no absolute path, no link out)."""
    if not _relative(rel):
        return None
    try:
        path = (root / rel).resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    return path if path.is_relative_to(root.resolve()) else None


def record_showcase(root: Path) -> dict[str, str]:
    """Record every file under content/ and the settings files as the kit's."""
    names = [
        path.relative_to(root).as_posix()
        for path in sorted((root / "content").rglob("*"))
        if path.is_file() and path.relative_to(root).as_posix() != RECORD
    ]
    names += [name for name in SETTINGS_FILES if (root / name).is_file()]
    # A link out of the site is never the kit's (is_kits would not read it either).
    names = [name for name in names if confined(root, name) is not None]
    files = {name: digest((root / name).read_bytes()) for name in names}
    save(root, files)
    return files


if __name__ == "__main__":
    for folder in sys.argv[1:] or ["."]:
        count = len(record_showcase(Path(folder)))
        print(f"{folder}/{RECORD}: {count} files recorded as the kit's")
