"""Run Pelican in-process, collect every warning and error, swap output on success."""

from __future__ import annotations

import errno
import inspect
import logging
import shutil
import sys
import traceback
from pathlib import Path
from types import FrameType, TracebackType

from pelican import Pelican
from pelican.contents import Content
from pelican.settings import read_settings
from pelican.writers import FileOverwriteFailedError

from freelancekit.pelican_internals import (
    PelicanVersionError,
    check_version,
    clear_content_memo,
    reading_path,
    reset_log_limits,
)

from .folders import (
    PUBLISHED,
    FolderError,
    check_output,
    files_in,
    inode,
    move_in,
    remove_dead_leftovers,
    staging_for,
    swap_in,
)
from .problems import (
    Problem,
    explain_exception,
    explain_record,
    find_line,
    locate,
    shown_path,
)


class BuildFailed(Exception):
    """The site did not build cleanly; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _content_in(frame: FrameType | None) -> str | None:
    """Return the file being worked on up the stack: a Content, or a reader's file."""
    while frame is not None:
        for value in frame.f_locals.values():
            if isinstance(value, Content) and value.source_path:
                return value.source_path
            if source := reading_path(value):  # inside a reader: no Content yet
                return source
        frame = frame.f_back
    return None


def _frames(tb: TracebackType | None) -> list[FrameType]:
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    return frames


def problem_from_exception(
    exc: BaseException, roots: list[Path], settings_file: Path | None = None
) -> Problem:
    """Locate an exception that escaped Pelican: named file, template line, content file."""
    message, needle = explain_exception(exc)
    if file := getattr(exc, "file", None):
        return _with_line(
            exc, locate(message, _settings_file(file, needle, roots, settings_file), needle, roots)
        )
    for summary in reversed(traceback.extract_tb(exc.__traceback__)):
        if summary.filename.endswith(".html") and Path(summary.filename).exists():
            return Problem(message, shown_path(summary.filename, roots), summary.lineno)
    for frame in reversed(_frames(exc.__traceback__)):
        if source := _content_in(frame):
            return _with_line(exc, locate(message, source, needle, roots))
    explained = message != (str(exc) or exc.__class__.__name__)
    return Problem(message if explained else f"{exc.__class__.__name__}: {message}")


def _settings_file(name: str, needle: str | None, roots: list[Path], built: Path | None) -> Path:
    """The file a setting is in: the one built with (publishconf.py) when it holds it."""
    if built is not None and find_line(built, needle):
        return built
    return roots[-1] / name


def _with_line(exc: BaseException | None, problem: Problem) -> Problem:
    line = getattr(exc, "line", None)
    if isinstance(line, int) and line > 0:
        return Problem(problem.message, problem.file, line)
    return problem


class Collector(logging.Handler):
    """Keeps every WARNING-or-worse record as a located Problem.

    Plugins may say where a problem is with the logging `extra` keys
    problem_file, problem_line and problem_needle (text to find the line by), or
    problem_setting (a setting's name: the settings file that sets it, at its line,
    as for Pelican's own setting errors; problem_needle may find the line instead).
    """

    def __init__(self, roots: list[Path], content: Path, settings_file: Path | None = None):
        super().__init__(level=logging.WARNING)
        self.roots = roots
        self.content = content  # Pelican names some files relative to it
        self.settings_file = settings_file  # the one built with (a setting's problem)
        self.problems: list[Problem] = []

    def show(self, path: object) -> str:
        """A path as the writer should read it in a message."""
        return shown_path(path, self.roots) if Path(str(path)).is_absolute() else str(path)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            problem = self._problem(record)
        except Exception:  # a bug here must not hide the writer's problem
            problem = Problem(record.getMessage())
        if problem is not None:
            self.problems.append(problem)

    def _problem(self, record: logging.LogRecord) -> Problem | None:
        args = record.args if isinstance(record.args, tuple) else ()
        # Pelican logs "Could not process" inside its except block: the reason
        # is only reachable as the exception being handled.
        exc = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        said = explain_record(str(record.msg), args, exc, self.show)
        setting = getattr(record, "problem_setting", None)
        needle = getattr(record, "problem_needle", None) or setting or said.needle
        file = (
            getattr(record, "problem_file", None)
            or said.file
            or (
                _settings_file("pelicanconf.py", needle, self.roots, self.settings_file)
                if said.setting or setting
                else _content_in(inspect.currentframe())
            )
        )
        if file and not Path(file).is_absolute():
            # Pelican names content files from the content folder; plugins name
            # settings files (pelicanconf.py) from the project.
            in_content = self.content / file
            file = in_content if in_content.exists() else self.roots[-1] / file
        problem = _with_line(exc, locate(said.message, file, needle, self.roots))
        if isinstance(line := getattr(record, "problem_line", None), int):
            problem = Problem(problem.message, problem.file, line)
        if said.secondary and any(
            p.file == problem.file and (said.secondary == "file" or p.line == problem.line)
            for p in self.problems
        ):
            return None
        return problem


def _publish(staging: Path, output: Path, overrides: dict, report: dict) -> None:
    """Swap the new site in whole, or (a dev rebuild) move its new files into output/."""
    incremental = overrides.get("PREVIOUS_OUTPUT_PATH") == str(output)
    known = PUBLISHED.get(output)
    if incremental and known is not None and known[0] == inode(output):
        move_in(staging, output, report.get("kept", set()))
    elif incremental:
        # The first dev build here, or another process replaced the folder: whole.
        PUBLISHED[output] = (inode(staging), set(files_in(staging)))
        swap_in(staging, output)
    else:  # a clean build: what a dev server knew of this folder no longer holds
        PUBLISHED.pop(output, None)
        swap_in(staging, output)


def build(
    settings_file: str | Path,
    output: str | Path,
    *,
    overrides: dict | None = None,
    strict: bool = True,
    report: dict | None = None,
) -> list[Problem]:
    """Build the site into `output`; raise BuildFailed (output untouched) if strict
    and anything was wrong, or, strict or not, if Pelican stopped half-way.

    Returns the problems found (always empty when strict). Plugins may note
    facts about the build in `report` (the BUILD_REPORT setting), and find the
    files beside the settings (publishconf.py) by SETTINGS_FILE. With
    PREVIOUS_OUTPUT_PATH set to `output`, pages the incremental writer kept
    (report["kept"]) stay, and only the files written move into `output`.
    """
    try:
        check_version()
    except PelicanVersionError as error:
        raise BuildFailed([Problem(str(error))]) from None
    settings_file = Path(settings_file).resolve()
    roots = [settings_file.parent]
    if "PATH" in (overrides or {}):
        # Content outside the project (tests, benchmarks): name files from its parent.
        roots.insert(0, Path(overrides["PATH"]).resolve().parent)
    output = Path(output).resolve()
    remove_dead_leftovers(output)
    try:
        content = Path((overrides or {}).get("PATH") or settings_file.parent / "content")
        check_output(output, settings_file.parent, content)
        staging = staging_for(output)
    except FolderError as error:
        raise BuildFailed([Problem(str(error))]) from None
    collector = Collector(roots, settings_file.parent, settings_file)
    logger = logging.getLogger()
    logger.addHandler(collector)
    # Pelican drops a warning it has logged once in this process: builds here
    # must each see every warning.
    reset_log_limits()
    report = {} if report is None else report
    try:
        settings = read_settings(
            str(settings_file),
            override={
                **(overrides or {}),
                "OUTPUT_PATH": staging,
                "BUILD_REPORT": report,
                "SETTINGS_FILE": str(settings_file),
            },
        )
        collector.content = Path(settings["PATH"])
        Pelican(settings).run()
    except FileOverwriteFailedError as exc:
        # Two pages for one URL: Pelican has already said which (duplicate slug).
        crashed = True
        if not collector.problems:
            collector.problems.append(problem_from_exception(exc, roots, settings_file))
    except OSError as exc:
        crashed = True
        # A name too long for the file system: output_paths has named the file already.
        if not (exc.errno == errno.ENAMETOOLONG and collector.problems):
            collector.problems.append(problem_from_exception(exc, roots, settings_file))
    except Exception as exc:
        crashed = True
        collector.problems.append(problem_from_exception(exc, roots, settings_file))
    else:
        crashed = False
    finally:
        logger.removeHandler(collector)
        # Pelican memoises every article's HTML for the life of the process: a
        # dev server would keep every build's articles alive.
        clear_content_memo()
    problems = list(dict.fromkeys(collector.problems))
    if crashed or (strict and problems):
        # Half a site is never swapped in, not even by the lenient dev server.
        shutil.rmtree(staging, ignore_errors=True)
        if strict or crashed:
            raise BuildFailed(problems)
    try:
        _publish(staging, output, overrides or {}, report)
    except FolderError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildFailed([*problems, Problem(str(error))]) from None
    return problems
