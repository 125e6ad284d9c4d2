"""Our writer: a big site's pages rendered on every CPU; a dev server's rebuild
renders only the pages an edit changes.

Settings: BUILD_WORKERS (None: one process per CPU; 1: render in the build
process only) and PREVIOUS_OUTPUT_PATH, the published output folder of the
previous build in this process (the dev server's builds set it, see
strict_build.DevSite; `invoke build` does not). See writer.py and
fingerprint.py.
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
