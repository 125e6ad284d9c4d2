"""Parse Markdown files in forked helper processes, as Sphinx's parallel read does.

Each helper gets a copy of the build process (settings, readers, Markdown
extensions) by fork, parses its run of files with the very readers Pelican
would use, and sends back what Pelican's reader cache holds for a file:
(stamp, (html, metadata)). The build process puts that into the readers'
cache, so Pelican's own `read_file` then does everything else as usual
(signals, metadata, content objects, plugins).

A helper sends nothing for a file that failed or logged anything: the build
process reads that one itself, so every error and warning is reported exactly
as in a one-process build.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
from collections.abc import Callable, Iterable


class _Counter(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def read_quietly(paths: Iterable[str], read: Callable[[str], object]) -> dict[str, object]:
    """`read` every path; keep only the results that raised and logged nothing."""
    root = logging.getLogger()
    counter = _Counter()
    root.handlers = [counter]  # a helper never writes to the terminal
    results = {}
    for path in paths:
        before = counter.count
        try:
            result = read(path)
        except Exception:
            continue
        if counter.count == before:
            results[path] = result
    return results


class Helper:
    """One forked process reading `paths`; `results()` waits for it."""

    def __init__(self, paths: list[str], read: Callable[[str], object]):
        self.paths = set(paths)
        self._results: dict[str, object] | None = None
        reader_fd, writer_fd = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the helper
            os.close(reader_fd)
            status = 1
            try:
                results = read_quietly(paths, read)
                with os.fdopen(writer_fd, "wb") as pipe:
                    pickle.dump(results, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)  # no atexit handlers, no flushing the parent's buffers
        os.close(writer_fd)
        self._pipe = os.fdopen(reader_fd, "rb")

    def results(self) -> dict[str, object]:
        """What the helper read (empty if it died: the build then reads those files itself)."""
        if self._results is None:
            try:
                self._results = pickle.load(self._pipe)
            except Exception:
                self._results = {}
            self._reap()
        return self._results

    def close(self) -> None:
        """Stop the helper if its results were never wanted (a build that stopped early)."""
        if self._results is None:
            self._results = {}
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        self._pipe.close()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
