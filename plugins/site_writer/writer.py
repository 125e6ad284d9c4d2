"""Our Pelican writer: pages rendered on every CPU, or only the pages that changed.

Pelican's Writer renders each page as soon as a generator asks. This one:

- in a full build, notes each page (after Pelican's overwrite checks) and
  renders them all when the build is finished (`finish`, on the finalized
  signal), split between the build process and forked helpers (see
  `forking`). A page a helper could not render cleanly is rendered again by
  the build process, so problems are reported as in a one-process build;
- in a dev server's rebuild (PREVIOUS_OUTPUT_PATH set: a warm process), keeps
  each page's fingerprint (fingerprint.py) and the stamp of the file written,
  and leaves a page alone when both are unchanged: its name goes into the
  build report's "kept" set, and strict_build keeps that file when it moves
  the new files into the published folder.

Pelican's bookkeeping (overwrite checks, `content_written`) runs for every
page, so the output is a one-process clean build's, file for file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from pelican.paginator import Paginator
from pelican.plugins import signals
from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from freelancekit.forking import Helper, can_fork, chunks, worker_count
from freelancekit.pelican_internals import claimed_outputs, overridden_outputs

from .fingerprint import Digester, TemplateReads, page_fingerprint, settings_digest

logger = logging.getLogger(__name__)

# Settings that differ between two builds of the same site without changing a page.
# BUILD_TIME reaches pages only as data they are given (`build_year`, an article's
# `scheduled`, which articles are listed), and those count on their own.
VOLATILE_SETTINGS = ("OUTPUT_PATH", "PREVIOUS_OUTPUT_PATH", "BUILD_REPORT", "BUILD_TIME")
# Forking costs a few milliseconds; below this many pages per process it isn't worth it.
MINIMUM_PER_WORKER = 100


@dataclass
class Page:
    """One page to render: what Pelican's Writer.write_file would render it from."""

    template: object
    context: dict  # the build's shared context (copied at render time, as Pelican does)
    name: str
    extra: dict  # the generator's keyword arguments, with pagination's
    relative_urls: bool
    path: str = field(default="")

    def local_context(self) -> dict:
        """The context the template sees: Pelican's Writer._get_localcontext."""
        local = self.context.copy()
        local["localsiteurl"] = local.get("localsiteurl", None)
        if self.relative_urls:
            relative_url = path_to_url(get_relative_path(self.name))
            local["SITEURL"] = relative_url
            local["localsiteurl"] = relative_url
        local["output_file"] = self.name
        local.update(self.extra)
        return local


class Memory:
    """What a warm process remembers of the pages in one published output folder."""

    def __init__(self):
        # output name -> (fingerprint, (inode, size, mtime_ns) of the file written)
        self.pages: dict[str, tuple[bytes, tuple[int, int, int] | None]] = {}
        self.rendered = 0
        self.kept = 0


MEMORIES: dict[str, Memory] = {}
# The writer of the build under way, for `finish` (Pelican keeps no reference to it).
ACTIVE: list[SiteWriter] = []


def _stamp(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class SiteWriter(Writer):
    """Writer.write_file, with pages rendered later on every CPU, or kept when unchanged."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.memory: Memory | None = None
        self.later: list[Page] | None = None
        if previous := self.settings.get("PREVIOUS_OUTPUT_PATH"):
            self.published = Path(previous).resolve()
            self.kept_pages = self.settings["BUILD_REPORT"].setdefault("kept", set())
            self.memory = MEMORIES.setdefault(str(self.published), Memory())
            self.memory.rendered = self.memory.kept = 0
            self._reads: dict[int, TemplateReads] = {}
            self._digester = Digester()
            self._settings = settings_digest(
                self.settings, VOLATILE_SETTINGS, self._digester.digest
            )
        elif self.settings.get("BUILD_WORKERS") != 1 and can_fork():
            self.later = []
        ACTIVE[:] = [self]

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
        """Pelican's Writer.write_file, pagination included."""
        if not name:
            return
        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        if not (paginated and template_name in self.settings["PAGINATED_TEMPLATES"]):
            self._write(Page(template, context, name, kwargs, relative_urls), override_output)
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
            self._write(
                Page(template, context, page.save_as, extra, relative_urls), override_output
            )

    def _write(self, page: Page, override: bool) -> None:
        page.path = sanitised_join(self.output_path, page.name)
        if self.memory is not None:
            self._render_or_keep(page, override)
        elif self._claim(page.path, override):
            if self.later is not None:
                self.later.append(page)
            else:
                self._render(page)

    def _claim(self, filename: str, override: bool) -> bool:
        """Pelican 4.12's overwrite bookkeeping (Writer._open_w), with its messages and errors.

        False: skip the page (a page written with override_output=True keeps its path).
        """
        written, overridden = claimed_outputs(self), overridden_outputs(self)
        if filename in overridden:
            if override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" a second time (was previously overwritten)'
                )
            logger.info('Skipping "%s", not overwriting', filename)
            return False
        if filename in written:
            if not override:
                raise FileOverwriteFailedError(
                    f'Failed to overwrite "{filename}" as Pelican has already '
                    "written to it previously (set `override=True` if intended)"
                )
            logger.info('Overwriting "%s"', filename)
        if override:
            overridden.add(filename)
        written.add(filename)
        return True

    @staticmethod
    def _local(page: Page) -> dict:
        """The page's context, with the shared one set up for it as Pelican's `_write_file` does."""
        local = page.local_context()
        if local["localsiteurl"]:
            # Content objects make their links relative to the page being written.
            page.context["localsiteurl"] = local["localsiteurl"]
        return local

    def _render(self, page: Page, signal: bool = True, local: dict | None = None) -> None:
        """Pelican's `_write_file`: render the template and write the file."""
        local = self._local(page) if local is None else local
        output = page.template.render(local)
        os.makedirs(os.path.dirname(page.path), exist_ok=True)
        with open(page.path, "w", encoding="utf-8") as f:
            f.write(output)
        logger.info('Writing "%s"', page.path)
        if signal:
            signals.content_written.send(page.path, context=local)

    def finish(self) -> None:
        """Render the pages put off, the build process and its helpers each a run of them."""
        pages, self.later = self.later or [], None
        if not pages:
            return
        workers = worker_count(
            self.settings.get("BUILD_WORKERS"), os.cpu_count(), len(pages), MINIMUM_PER_WORKER
        )
        runs = chunks(list(range(len(pages))), workers)
        helpers = [
            Helper(run, lambda index: self._render(pages[index], signal=False)) for run in runs[1:]
        ]
        try:
            for index in runs[0]:
                self._render(pages[index])
            for helper, run in zip(helpers, runs[1:], strict=True):
                done = helper.results()
                for index in run:
                    if index in done:
                        page = pages[index]
                        signals.content_written.send(page.path, context=page.local_context())
                    else:
                        self._render(pages[index])
        finally:
            for helper in helpers:
                helper.close()

    # -- dev server rebuilds --------------------------------------------------

    def write_feed(
        self,
        elements,
        context,
        path=None,
        url=None,
        feed_type="atom",
        override_output=False,
        feed_title=None,
    ):
        """Pelican's Writer.write_feed; a dev rebuild keeps a feed whose items are unchanged."""
        if self.memory is None or not path:
            return super().write_feed(
                elements, context, path, url, feed_type, override_output, feed_title
            )
        self._digester.siteurl = str(context.get("SITEURL", ""))  # feeds link absolutely
        shown = elements[: self.settings["FEED_MAX_ITEMS"]]
        facts = [context.get(k) for k in ("SITENAME", "SITESUBTITLE", "SITEURL", "FEED_DOMAIN")]
        fingerprint = self._settings + self._digester.digest(
            (path, url, feed_type, feed_title, facts, shown)
        )
        complete_path = sanitised_join(self.output_path, path)
        if self._unchanged(path, fingerprint):
            if self._claim(complete_path, override_output):
                self._keep(path)
            return None
        feed = super().write_feed(
            elements, context, path, url, feed_type, override_output, feed_title
        )
        self._remember(path, fingerprint, complete_path)
        return feed

    def _unchanged(self, name: str, fingerprint: bytes) -> bool:
        """Whether the published file is the one written from these very inputs."""
        known = self.memory.pages.get(name)
        return known is not None and known == (fingerprint, _stamp(self.published / name))

    def _keep(self, name: str) -> None:
        self.kept_pages.add(name)
        self.memory.kept += 1

    def _remember(self, name: str, fingerprint: bytes, written: str) -> None:
        """A file written: its inputs, and its stamp (moved into the published folder,
        the file keeps it)."""
        self.kept_pages.discard(name)
        self.memory.pages[name] = (fingerprint, _stamp(written))

    def _reads_for(self, template) -> TemplateReads:
        env = template.environment
        if id(env) not in self._reads:
            self._reads[id(env)] = TemplateReads(env)
        return self._reads[id(env)]

    def _render_or_keep(self, page: Page, override: bool) -> None:
        """Render a page whose inputs changed; leave the published file of one that didn't."""
        local = self._local(page)
        self._digester.siteurl = str(page.context.get("localsiteurl"))
        fingerprint = page_fingerprint(
            self._reads_for(page.template),
            page.template.name,
            local,
            self._digester,
            also=(self._settings, page.name.encode()),
            shared=page.context,
        )
        if not self._claim(page.path, override):
            return
        if self._unchanged(page.name, fingerprint):
            self._keep(page.name)
            signals.content_written.send(page.path, context=local)
            return
        self._render(page, local=local)
        self.memory.rendered += 1
        self._remember(page.name, fingerprint, page.path)
