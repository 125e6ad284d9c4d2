"""Work shared with forked helper processes (not a Pelican plugin).

Used by parallel_read (parsing Markdown) and site_writer (rendering pages), as
Sphinx's parallel build does: a helper gets a copy of the build process by
fork, does its run of the work, and sends back what it made. It sends nothing
for an item that failed or logged anything, so the build process does that one
itself and every error and warning is reported exactly as in a one-process
build. Nothing here imports Pelican.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator

# The build process also does the work that can't be shared (signals, plugins),
# so it takes a smaller share than each helper.
OWN_SHARE = 0.8


# Threads a helper may be forked beside: rich's live status display, which the
# `pelican` command runs during a build. It only redraws the terminal, and a
# helper never writes to the terminal (its log handlers are replaced at once;
# logging's own locks are re-made after a fork).
HARMLESS_THREADS = {("rich.live", "_RefreshThread")}


def can_fork(threads: list[threading.Thread] | None = None) -> bool:
    """Whether helpers may be forked here: os.fork exists and no other thread could
    hold a lock a helper needs (any thread but the harmless ones above)."""
    threads = threading.enumerate() if threads is None else threads
    others = [t for t in threads if t is not threading.current_thread()]
    return hasattr(os, "fork") and all(
        (type(t).__module__, type(t).__name__) in HARMLESS_THREADS for t in others
    )


def chunks(items: list, workers: int, own_share: float = OWN_SHARE) -> list[list]:
    """Split `items`, in order, into `workers` consecutive runs; the first is ours."""
    if workers <= 1 or not items:
        return [list(items)]
    weights = [own_share] + [1.0] * (workers - 1)
    total = sum(weights)
    runs, start, acc = [], 0, 0.0
    for weight in weights:
        acc += weight
        end = round(len(items) * acc / total)
        runs.append(list(items[start:end]))
        start = end
    return runs


def worker_count(setting: object, cpus: int | None, items: int, minimum: int) -> int:
    """Processes to use: the setting (None means one per CPU), 1 when there is little to do."""
    wanted = (cpus or 1) if setting is None else setting
    if not isinstance(wanted, int) or isinstance(wanted, bool) or wanted < 1:
        raise ValueError(f"BUILD_WORKERS must be a whole number of at least 1, not {setting!r}")
    return max(1, min(wanted, items // minimum))


def run_quietly(items: Iterable[Hashable], work: Callable[[Hashable], object]) -> dict:
    """`work` on every item; keep only the results of those that raised and logged nothing.

    Warnings are counted as they are made, before any filter: Pelican drops a
    message it has logged before, and the build process must see it again.
    """
    logging.getLogger().handlers = [logging.NullHandler()]  # a helper never writes to the terminal
    make_record = logging.getLogRecordFactory()
    warnings = [0]

    def counting(*args, **kwargs) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if record.levelno >= logging.WARNING:
            warnings[0] += 1
        return record

    logging.setLogRecordFactory(counting)
    results = {}
    try:
        for item in items:
            before = warnings[0]
            try:
                result = work(item)
            except Exception:
                continue
            if warnings[0] == before:
                results[item] = result
    finally:
        logging.setLogRecordFactory(make_record)
    return results


class _Claims:
    """Which of a helper's items are taken: the helper takes them from the front, one at
    a time; the build process may cut the end short (`split`). Shared across fork."""

    def __init__(self, count: int):
        context = multiprocessing.get_context("fork")
        self._lock = context.Lock()
        self._next_end = context.RawArray("q", [0, count])

    def take(self) -> int | None:
        with self._lock:
            taken, end = self._next_end
            if taken >= end:
                return None
            self._next_end[0] = taken + 1
            return taken

    def split(self) -> tuple[int, int] | None:
        """Cut off the back half of what is not taken yet: the range cut off."""
        with self._lock:
            taken, end = self._next_end
            if end - taken < MINIMUM_SPLIT:
                return None
            middle = taken + (end - taken) // 2
            self._next_end[1] = middle
            return middle, end


# Forking a big build process takes milliseconds: below this many items left, just wait.
MINIMUM_SPLIT = 8


class Helper:
    """One forked process doing `work` on `items`, in order; `results()` waits for it.

    When the build process is ready to wait and the helper still has a good part
    of its run ahead, `results()` first hands the back half of what is left to
    a second helper (forked then, from the build process as it is by then), so
    that no CPU sits idle while the slower side finishes.
    """

    def __init__(self, items: list, work: Callable[[Hashable], object]):
        self.items = set(items)
        self._ordered, self._work = list(items), work
        self._results: dict | None = None
        self._split_off: Helper | None = None
        self._claims = _Claims(len(self._ordered))
        reader_fd, writer_fd = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the helper
            os.close(reader_fd)
            status = 1
            try:
                results = run_quietly(self._taken(), work)
                with os.fdopen(writer_fd, "wb") as pipe:
                    pickle.dump(results, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)  # no atexit handlers, no flushing the parent's buffers
        os.close(writer_fd)
        self._pipe = os.fdopen(reader_fd, "rb")

    def _taken(self) -> Iterator[Hashable]:
        while (index := self._claims.take()) is not None:
            yield self._ordered[index]

    def results(self) -> dict:
        """What the helper made (empty if it died: the build process then does it all)."""
        if self._results is None:
            if can_fork() and (cut := self._claims.split()) is not None:
                self._split_off = Helper(self._ordered[cut[0] : cut[1]], self._work)
            try:
                self._results = pickle.load(self._pipe)
            except Exception:
                self._results = {}
            self._reap()
            if self._split_off is not None:
                self._results.update(self._split_off.results())
        return self._results

    def close(self) -> None:
        """Stop the helper if its results were never wanted (a build that stopped early)."""
        if self._split_off is not None:
            self._split_off.close()
        if self._results is None:
            self._results = {}
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        self._pipe.close()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
