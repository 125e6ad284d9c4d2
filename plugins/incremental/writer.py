"""A Pelican writer that renders only the pages whose inputs changed since the last build.

Used by the dev server's rebuilds (a warm process): each page's fingerprint
is kept in memory with the stamp of the file written. A page whose
fingerprint is unchanged, and whose published file is still the one written,
is kept as it is; every other page is rendered as Pelican would. Pelican's own
bookkeeping (overwrite checks, `content_written`) runs for both.
"""

from __future__ import annotations

import logging
import os

from pelican.paginator import Paginator
from pelican.plugins import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from .fingerprint import Digester, TemplateReads, page_fingerprint, settings_digest

logger = logging.getLogger(__name__)

# Settings that differ between two builds of the same site without changing a page.
VOLATILE_SETTINGS = ("OUTPUT_PATH", "PREVIOUS_OUTPUT_PATH", "BUILD_REPORT")


class Memory:
    """What a warm process remembers of the pages in one published output folder."""

    def __init__(self):
        # output name -> (fingerprint, (inode, size, mtime_ns) of the file written)
        self.pages: dict[str, tuple[bytes, tuple[int, int, int]]] = {}
        self.rendered = 0
        self.kept = 0


MEMORIES: dict[str, Memory] = {}


def _stamp(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class IncrementalWriter(Writer):
    """Writer.write_file, leaving unchanged pages as they are in the published folder.

    A kept page is not written at all: its name goes into the build report's
    "kept" set, and the runner (strict_build) keeps that file when it moves
    the new build's files into the published folder.
    """

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.published = os.path.abspath(self.settings["PREVIOUS_OUTPUT_PATH"])
        self.kept_pages = self.settings["BUILD_REPORT"].setdefault("kept", set())
        self.memory = MEMORIES.setdefault(self.published, Memory())
        self.memory.rendered = self.memory.kept = 0
        self._reads: dict[int, TemplateReads] = {}
        self._digester = Digester()
        self._settings = settings_digest(self.settings, VOLATILE_SETTINGS, self._digester.digest)

    def _reads_for(self, template) -> TemplateReads:
        env = template.environment
        if id(env) not in self._reads:
            self._reads[id(env)] = TemplateReads(env)
        return self._reads[id(env)]

    def _render_or_keep(self, template, localcontext, context, name, override) -> None:
        """Pelican's `_write_file`, except that an unchanged page is kept, not rendered."""
        if localcontext["localsiteurl"]:
            context["localsiteurl"] = localcontext["localsiteurl"]
        self._digester.siteurl = str(context.get("localsiteurl"))
        fingerprint = page_fingerprint(
            self._reads_for(template),
            template.name,
            localcontext,
            self._digester,
            also=(self._settings, name.encode()),
            shared=context,
        )
        path = sanitised_join(self.output_path, name)
        published = os.path.join(self.published, name)
        known = self.memory.pages.get(name)
        if known and known[0] == fingerprint and known[1] == _stamp(published):
            self._claim(path, override)
            self.kept_pages.add(name)
            self.memory.kept += 1
        else:
            output = template.render(localcontext)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with self._open_w(path, "utf-8", override=override) as f:
                f.write(output)
            logger.info('Writing "%s"', path)
            self.memory.rendered += 1
            self.kept_pages.discard(name)
            # Once moved into the published folder, the file keeps this stamp.
            self.memory.pages[name] = (fingerprint, _stamp(path))
        signals.content_written.send(path, context=localcontext)

    def _claim(self, filename: str, override: bool) -> None:
        """Pelican's overwrite bookkeeping (Writer._open_w) for a page not written."""
        if filename in self._overridden_files:
            if override:
                raise RuntimeError(f"File {filename} is set to be overridden twice")
        elif filename in self._written_files and not override:
            raise FileOverwriteFailedError(f"File {filename} is to be overwritten")
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        """Pelican's Writer.write_file (pagination included), rendering only changed pages."""
        if not name:
            return

        def local(name: str, extra: dict) -> dict:
            localcontext = context.copy()
            localcontext["localsiteurl"] = localcontext.get("localsiteurl", None)
            if relative_urls:
                relative_url = path_to_url(get_relative_path(name))
                localcontext["SITEURL"] = relative_url
                localcontext["localsiteurl"] = relative_url
            localcontext["output_file"] = name
            localcontext.update(extra)
            return localcontext

        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        if not (paginated and template_name in self.settings["PAGINATED_TEMPLATES"]):
            self._render_or_keep(template, local(name, kwargs), context, name, override_output)
            return
        per_page = (
            self.settings["PAGINATED_TEMPLATES"][template_name]
            or self.settings["DEFAULT_PAGINATION"]
        )
        paginators = {
            key: Paginator(name, url, value, self.settings, per_page)
            for key, value in paginated.items()
        }
        for number in range(next(iter(paginators.values())).num_pages):
            extra = kwargs.copy()
            for key, paginator in paginators.items():
                page = paginator.page(number + 1)
                extra.update(
                    {
                        f"{key}_paginator": paginator,
                        f"{key}_page": page,
                        f"{key}_previous_page": paginator.page(number) if number > 0 else None,
                        f"{key}_next_page": (
                            paginator.page(number + 2) if number + 1 < paginator.num_pages else None
                        ),
                    }
                )
            self._render_or_keep(
                template, local(page.save_as, extra), context, page.save_as, override_output
            )
