"""The kit's test and lint tools (requirements-dev.txt): which pins are not installed.

A writer's install (requirements.txt) has none of them; `invoke test` installs
the whole pinned, hashed set when any pin is missing or at another version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from importlib import metadata
from pathlib import Path

# "name==version" at the start of a line of a pip-compile lock file.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.MULTILINE)


def pins(lock_text: str) -> dict[str, str]:
    """{normalised name: version} of every pin in a lock file's text."""
    return {normalise(name): version for name, version in PIN.findall(lock_text)}


def normalise(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def missing(
    lock: Path, version_of: Callable[[str], str | None] | Mapping = installed_version
) -> list[str]:
    """The pins of `lock` that are not installed as pinned ("name==version" each)."""
    look_up = version_of.get if isinstance(version_of, Mapping) else version_of
    wanted = pins(lock.read_text(encoding="utf-8"))
    return [f"{name}=={version}" for name, version in wanted.items() if look_up(name) != version]
