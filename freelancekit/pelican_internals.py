"""Every use of a Pelican internal, in one place, for the Pelican release it was written for.

Pelican's public API (signals, `Writer.write_file`, generators, settings) does not
cover everything the build engine needs. What it takes beyond that is here, one
function per use, each saying what it touches and why. `check_version` stops a
build on any other Pelican release with one clear line: an internal that
changed could otherwise give a wrong site, not an error.
"""

from __future__ import annotations

import functools
from importlib import metadata

WRITTEN_FOR = "4.12.0"


class PelicanVersionError(RuntimeError):
    """The installed Pelican is not the release these internals were written for."""


def check_version(installed: str | None = None) -> None:
    """Raise PelicanVersionError unless Pelican `WRITTEN_FOR` is installed."""
    installed = installed or metadata.version("pelican")
    if installed != WRITTEN_FOR:
        raise PelicanVersionError(
            f"Pelican {installed} is installed, but the build engine was written for "
            f"Pelican {WRITTEN_FOR}: reinstall the pinned dependencies "
            "(`.venv/bin/pip install -r requirements.txt`), or update "
            "freelancekit/pelican_internals.py for the new release and its tests"
        )


# --- Writer ------------------------------------------------------------------------


def claimed_outputs(writer) -> set[str]:
    """Absolute paths the writer has been asked to write so far in this build.

    `Writer._written_files` is the set Pelican's own overwrite check keeps. A path
    is in it from the moment a generator asks for it, whether the file is on disk
    yet or (with site_writer) rendered later: "is this path taken" asks this,
    never the disk.
    """
    return writer._written_files


def overridden_outputs(writer) -> set[str]:
    """Paths written with `override_output=True` (`Writer._overridden_files`)."""
    return writer._overridden_files


def open_output(writer, path: str, override: bool = False):
    """`Writer._open_w`: open `path` for writing with Pelican's overwrite checks and record.

    For a file no template or feed writes (the JSON Feed): the path is claimed as
    any page's is, so a second writer of it fails the build and `claimed_outputs`
    lists it.
    """
    return writer._open_w(path, "utf-8", override)


# --- Feeds (feedgenerator 2.2.1, the one Pelican 4.12 writes with) ---------------------


def style_feed(feed, href: str) -> None:
    """Make `feed` (an Atom1Feed or Rss201rev2Feed Pelican built) name an XSL stylesheet.

    feedgenerator writes the `<?xml-stylesheet?>` instructions of `feed.feed
    ["stylesheets"]` in RSS, but its `Atom1Feed.write` leaves them out: an Atom feed
    is given the same `write` with the one line added (`_StyledAtom1Feed`).
    """
    from feedgenerator import Atom1Feed
    from feedgenerator.django.utils.feedgenerator import Stylesheet

    feed.feed["stylesheets"] = [Stylesheet(href, mimetype="text/xsl", media=None)]
    if type(feed) is Atom1Feed:
        feed.__class__ = _styled_atom_class()


@functools.cache
def _styled_atom_class() -> type:
    from feedgenerator import Atom1Feed, Rss201rev2Feed
    from feedgenerator.django.utils.feedgenerator import SimplerXMLGenerator

    class _StyledAtom1Feed(Atom1Feed):
        """Atom1Feed.write (feedgenerator 2.2.1) with RssFeed's stylesheets after the prolog."""

        add_stylesheets = Rss201rev2Feed.add_stylesheets

        def write(self, outfile, encoding):
            handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
            handler.startDocument()
            self.add_stylesheets(handler)
            handler.startElement("feed", self.root_attributes())
            self.add_root_elements(handler)
            self.write_items(handler)
            handler.endElement("feed")

    return _StyledAtom1Feed


# --- Readers (parallel_read) -----------------------------------------------------------


def reader_cache(readers) -> dict:
    """`Readers._cache`: {path: (stamp, (html, metadata))}, what Pelican's reader cache holds.

    Parallel reading fills it with what helpers parsed, so that Pelican's own
    `read_file` finds each file already read.
    """
    return readers._cache


def file_stamp(readers, path: str):
    """`Readers._get_file_stamp`: the stamp the reader cache compares (mtime or hash)."""
    return readers._get_file_stamp(path)


def cacheable_metadata(metadata: dict) -> dict:
    """`pelican.readers._filter_discardable_metadata`: metadata as the cache stores it."""
    from pelican.readers import _filter_discardable_metadata

    return _filter_discardable_metadata(metadata)


def reading_path(obj: object) -> str | None:
    """The file a reader or Markdown instance is reading (its `_source_path`), if any.

    Markdown extensions run inside Pelican's readers before any Content exists;
    strict_build finds the file an exception came from by this.
    """
    value = getattr(obj, "_source_path", None)
    return value if isinstance(value, str) else None


def metadata_processors() -> dict:
    """`pelican.readers.METADATA_PROCESSORS`: how each metadata field's text is read
    (module-level: every reader of the process uses it). strict_dates wraps "date"
    and "modified" so that only unambiguous dates are read; seo adds "title" (text)."""
    from pelican import readers

    return readers.METADATA_PROCESSORS


# --- Logging ------------------------------------------------------------------------


def reset_log_limits() -> None:
    """Forget which messages `pelican.log.LimitFilter` has seen (its class-level sets).

    Pelican shows a repeated warning once per process; a warm dev server builds
    many times, and each build must report its own problems.
    """
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    _keep_located_repeats(LimitFilter)


def _keep_located_repeats(limit_filter: type) -> None:
    """Let `LimitFilter` pass a repeated message that names another file or line.

    It drops any message it has logged before, whatever the file: a `Price: '$500'`
    in two services, or starter text in three pages, was reported once, and the
    writer found the others one build at a time. A warning located with
    `problem_file` (strict_build's convention) is now a repeat only with the same
    file and needle. Patched once, on the class: the filter is one shared instance.
    """
    if getattr(limit_filter, "_kit_located", False):
        return
    original = limit_filter.filter

    def filter(self, record):
        where = getattr(record, "problem_file", None)
        if where is None or record.levelno > self.LOGS_DEDUP_MIN_LEVEL:
            return original(self, record)
        key = (
            record.levelno,
            record.getMessage(),
            str(where),
            getattr(record, "problem_needle", None),
        )
        if key in self._raised_messages:
            return False
        self._raised_messages.add(key)
        return True

    limit_filter.filter = filter
    limit_filter._kit_located = True


# --- Content ------------------------------------------------------------------------


def raw_html(content) -> str:
    """`Content._content`: the HTML a reader made, before Pelican resolves its links.

    Plugins that rewrite an article's HTML on `content_object_init` (as Pelican's
    own plugin ecosystem does) read and write it here, never `content.content`,
    which would resolve `{filename}` links too early.
    """
    return getattr(content, "_content", None) or ""


def set_raw_html(content, html: str) -> None:
    """Replace `Content._content` (see raw_html)."""
    content._content = html


# Attributes of a Content that hold the build's shared state, not the item's own
# data: the fingerprint of a page never digests them.
SHARED_CONTENT_ATTRIBUTES = frozenset({"_context", "settings", "_summary_cache"})


def looks_like_content(value: object) -> bool:
    """True for Pelican Content objects (and look-alikes): they keep a `_context`."""
    return hasattr(value, "_context") and hasattr(value, "source_path")


def clear_content_memo() -> None:
    """Empty the per-process memo of `Content.get_content` / `get_summary`.

    Pelican memoises them on the class; a warm dev server would otherwise keep
    every build's articles alive.
    """
    from pelican.contents import Content

    Content.get_content.cache.clear()
    Content.get_summary.cache.clear()
