"""Run Pelican in-process, collect every warning and error, swap output on success."""

from __future__ import annotations

import inspect
import logging
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from types import FrameType, TracebackType

from pelican import Pelican
from pelican.contents import Content
from pelican.log import LimitFilter
from pelican.settings import read_settings

from .problems import Problem, explain_exception, explain_record, locate


class BuildFailed(Exception):
    """The site did not build cleanly; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _content_in(frame: FrameType | None) -> str | None:
    """Return the source path of the first Content object found up the stack."""
    while frame is not None:
        for value in frame.f_locals.values():
            if isinstance(value, Content) and value.source_path:
                return value.source_path
        frame = frame.f_back
    return None


def _frames(tb: TracebackType | None) -> list[FrameType]:
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    return frames


def problem_from_exception(exc: BaseException, root: Path) -> Problem:
    """Locate an exception that escaped Pelican: template line, else content file."""
    message, needle = explain_exception(exc)
    if file := getattr(exc, "file", None):
        return _with_line(exc, locate(message, root / file, needle, root))
    for summary in reversed(traceback.extract_tb(exc.__traceback__)):
        if summary.filename.endswith(".html") and Path(summary.filename).exists():
            shown = Path(summary.filename).resolve()
            try:
                shown = shown.relative_to(root.resolve())
            except ValueError:
                pass
            return Problem(message, str(shown), summary.lineno)
    for frame in reversed(_frames(exc.__traceback__)):
        if source := _content_in(frame):
            return _with_line(exc, locate(message, source, needle, root))
    return Problem(f"{exc.__class__.__name__}: {message}")


def _with_line(exc: BaseException | None, problem: Problem) -> Problem:
    line = getattr(exc, "line", None)
    if isinstance(line, int) and line > 0:
        return Problem(problem.message, problem.file, line)
    return problem


class Collector(logging.Handler):
    """Keeps every WARNING-or-worse record as a located Problem."""

    def __init__(self, root: Path):
        super().__init__(level=logging.WARNING)
        self.root = root
        self.problems: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        # Pelican logs "Could not process" inside its except block: the reason
        # is only reachable as the exception being handled.
        exc = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        message, file, needle = explain_record(str(record.msg), args, exc)
        if file is None:
            file = _content_in(inspect.currentframe())
        self.problems.append(_with_line(exc, locate(message, file, needle, self.root)))


def _swap_in(built: Path, output: Path) -> None:
    """Replace `output` by `built` so that a reader never sees a half site."""
    old = output.with_name(output.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if output.exists():
        output.rename(old)
    built.rename(output)
    shutil.rmtree(old, ignore_errors=True)


def build(
    settings_file: str | Path,
    output: str | Path,
    *,
    overrides: dict | None = None,
    strict: bool = True,
) -> list[Problem]:
    """Build the site into `output`; raise BuildFailed (output untouched) if strict.

    Returns the problems found (always empty when strict).
    """
    settings_file = Path(settings_file).resolve()
    root = settings_file.parent
    output = Path(output).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=output.name + ".", dir=output.parent))
    collector = Collector(root)
    logger = logging.getLogger()
    logger.addHandler(collector)
    # Pelican drops a warning it has logged once in this process: builds here
    # must each see every warning.
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    try:
        settings = read_settings(
            str(settings_file), override={**(overrides or {}), "OUTPUT_PATH": staging}
        )
        Pelican(settings).run()
    except Exception as exc:
        collector.problems.append(problem_from_exception(exc, root))
    finally:
        logger.removeHandler(collector)
    problems = list(dict.fromkeys(collector.problems))
    if strict and problems:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed(problems)
    _swap_in(staging, output)
    return problems
