"""Every page needs a path of its own that the file system can hold."""

from __future__ import annotations

import os
from collections.abc import Iterable

# Longest file or folder name on the file systems GitHub Pages and writers use (bytes).
NAME_MAX = 255


def too_long(save_as: str, limit: int = NAME_MAX) -> str | None:
    """The first part of `save_as` longer than `limit` bytes in UTF-8, if any."""
    return next((part for part in save_as.split("/") if len(part.encode()) > limit), None)


def collisions(claims: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """{path: [who, ...]} for every output path claimed by more than one thing."""
    owners: dict[str, list[str]] = {}
    for path, who in claims:
        key = os.path.normpath(path)
        if who not in owners.setdefault(key, []):
            owners[key].append(who)
    return {path: who for path, who in owners.items() if len(who) > 1}
