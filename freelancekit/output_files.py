"""Files a plugin made in its cache (resized images, social cards), put into output/."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_missing(copies: dict[str, Path], output: Path) -> None:
    """Copy each {site path: file} to output/site path unless it is there already.

    A site path that would land outside `output` is a bug in the caller: ValueError.
    """
    output = output.resolve()
    for site_path, source in copies.items():
        target = (output / site_path).resolve()
        if not target.is_relative_to(output):
            raise ValueError(f"{site_path!r} is outside the output folder")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
