"""The build engine's writer, and the contract it keeps with Pelican's generators and plugins.

The engine is this writer and `parallel_read`. It is on by default; `BUILD_ENGINE
= False` turns both off (Pelican's own writer and reader, one process), and
`BUILD_WORKERS = 1` keeps it in one process. Every mode builds the same site,
file for file (tests/test_engine_equivalence.py). While it is on, a generator
or plugin may assume:

- **A path is taken when `write_file` returns**: Pelican's overwrite checks have
  run and the path is in the writer's record
  (`freelancekit.pelican_internals.claimed_outputs(writer)`). Its *file* exists
  only once the `finalized` signal has run: in a full build pages are rendered
  then, by this process and forked helpers. So "is this path taken?" asks the
  record, never the disk (the redirects generator does). Feeds are written when
  `write_feed` returns; static files are copied after every plugin generator
  (they are in `context["static_content"]` from the start).
- **Signals** fire in the build process, in Pelican's order, as in a plain build.
  `content_written` is sent once per page from the build process, after its file
  exists (for deferred pages at `finalized`, before the search index is built).
- **Helpers** (forked, `freelancekit.forking`) only parse article files with
  Pelican's readers (Markdown extensions run there) and render deferred pages'
  templates. They send back the parsed HTML and metadata, or nothing; an item
  that logged anything in a helper is done again in the build process, so every
  warning is reported as in a one-process build. No signal handler runs in a
  helper.
- **Dev rebuilds** (`PREVIOUS_OUTPUT_PATH`, strict_build.DevSite) render only the
  pages whose inputs changed (fingerprint.py); the others keep their file.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from pelican import signals

from freelancekit.pelican_internals import check_version

from .fingerprint import Digester, TemplateReads, page_fingerprint
from .writer import ACTIVE, MEMORIES, SiteWriter

__all__ = ["MEMORIES", "Digester", "SiteWriter", "TemplateReads", "page_fingerprint", "register"]


def choose_writer(pelican):
    """Pelican's get_writer signal: ours, unless BUILD_ENGINE is off (then Pelican's own)."""
    return SiteWriter if pelican.settings.get("BUILD_ENGINE", True) else None


def finish_pages(pelican) -> None:
    """Render the pages put off until every generator had its say (before search indexes)."""
    while ACTIVE:
        ACTIVE.pop().finish()


class _TemplatesInMemory(BytecodeCache):
    """Compiled templates kept by a warm process (Jinja checks each against its source)."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if (code := self.compiled.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()

    def __reduce__(self):  # Pelican's content cache pickles the settings: a reference will do
        return (_templates_in_memory, ())


_TEMPLATES = _TemplatesInMemory()


def _templates_in_memory() -> _TemplatesInMemory:
    return _TEMPLATES


def keep_compiled_templates(pelican) -> None:
    """Dev rebuilds: Pelican makes new Jinja environments each build; compile each template once."""
    settings = pelican.settings
    if settings.get("PREVIOUS_OUTPUT_PATH"):
        environment = dict(settings.get("JINJA_ENVIRONMENT") or {})
        environment.setdefault("bytecode_cache", _TEMPLATES)
        settings["JINJA_ENVIRONMENT"] = environment


def register() -> None:
    check_version()  # another Pelican: Pelican's own writer and reader, not a wrong site
    signals.initialized.connect(keep_compiled_templates)
    signals.get_writer.connect(choose_writer)
    signals.finalized.connect(finish_pages)
