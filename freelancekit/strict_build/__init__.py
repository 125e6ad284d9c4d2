"""Strict builds: every Pelican warning or error becomes one located line.

Not a Pelican plugin: `tasks.py` and the tests call `build()`, which runs
Pelican in-process and keeps the last good `output/` when anything is wrong.
"""

from .dev import DevSite
from .problems import Problem
from .runner import BuildFailed, build

__all__ = ["BuildFailed", "DevSite", "Problem", "build"]
