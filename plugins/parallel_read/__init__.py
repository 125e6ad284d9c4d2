"""Parallel reading: parse a big site's Markdown on every CPU, not one.

Pelican parses articles one after the other, and parsing is most of a full
build. When many articles need parsing, this forks helpers (see `forking`)
right after Pelican's articles generator is set up; each parses a run of the
files with Pelican's own readers while the build process parses the first
run, and their results land in the readers' cache: what Pelican's reader
cache holds for a file, (stamp, (html, metadata)). Pelican's own `read_file`
then does everything else as usual (signals, metadata, content objects,
plugins), so the site is byte for byte the same.

Setting: BUILD_WORKERS, processes to use (None: one per CPU; 1: no helpers).
Needs os.fork (Linux, macOS); it stands aside when other threads run, as in a
dev server, where only the edited files are parsed anyway.
"""

from __future__ import annotations

import os
import weakref

from pelican import signals
from pelican.utils import file_suffix

from freelancekit.forking import Helper, can_fork, chunks, worker_count
from freelancekit.pelican_internals import (
    cacheable_metadata,
    check_version,
    file_stamp,
    reader_cache,
)

__all__ = ["register", "start_helpers"]

# Forking costs a few milliseconds; below this many files per process it isn't worth it.
MINIMUM_PER_WORKER = 40


def _to_parse(generator) -> list[str]:
    """Absolute paths of the articles that Pelican's reader cache can't answer."""
    readers, settings = generator.readers, generator.settings
    paths = []
    for name in generator.get_files(
        settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"]
    ):
        path = os.path.abspath(os.path.join(generator.path, name))
        if file_suffix(path) not in readers.readers:
            continue
        if readers.get_cached_data(path, (None, None))[0] is None:
            paths.append(path)
    return paths


def start_helpers(generator) -> None:
    """Fork helpers for all but the first run of files; fill the cache as Pelican reaches them."""
    if not can_fork() or not generator.settings.get("BUILD_ENGINE", True):
        return
    paths = _to_parse(generator)
    workers = worker_count(
        generator.settings.get("BUILD_WORKERS"), os.cpu_count(), len(paths), MINIMUM_PER_WORKER
    )
    if workers == 1:
        return
    readers = generator.readers

    def read(path: str) -> tuple:
        content, metadata = readers.readers[file_suffix(path)].read(path)
        return file_stamp(readers, path), (content, cacheable_metadata(metadata))

    helpers = [Helper(run, read) for run in chunks(paths, workers)[1:]]
    for helper in helpers:
        weakref.finalize(generator, helper.close)
    read_file = readers.read_file

    def read_file_with_helpers(base_path, path, *args, **kwargs):
        full = os.path.abspath(os.path.join(base_path, path))
        for helper in [h for h in helpers if full in h.items]:
            reader_cache(readers).update(helper.results())
            helpers.remove(helper)
        return read_file(base_path, path, *args, **kwargs)

    readers.read_file = read_file_with_helpers


def register() -> None:
    check_version()  # another Pelican: Pelican's own writer and reader, not a wrong site
    signals.article_generator_init.connect(start_helpers)
