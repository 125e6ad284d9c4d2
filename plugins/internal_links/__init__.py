"""Every link a writer puts in a page goes to something the build makes.

- `[a post](working-across-time-zones.md)`, a link to a Markdown file as GitHub
  and every Markdown editor write it, is read as `{filename}` (relative to the
  file it is in): it goes to that post's page, wherever its URL is.
- Root-relative (`/about/`), relative (`../about/`) and same-site absolute links,
  images and `#fragments` in articles, pages and portfolio entries must name a
  file the build writes (and an element id on that page), or the build fails
  naming the file, the line, the target and the closest URL the site has.

External links are never fetched. Pelican checks its own `{filename}` links.
"""

from __future__ import annotations

import logging
import os
import posixpath
from pathlib import Path

from pelican import signals

from freelancekit.pelican_internals import raw_html, set_raw_html
from freelancekit.production_address import production_siteurl
from freelancekit.site_contents import DRAFTS, PUBLISHED, items

from .links import (
    MARKDOWN_FILE,
    Target,
    closest,
    element_ids,
    filename_link,
    link_markdown_files,
    markdown_target,
    refs,
    site_target,
    url_of,
)

__all__ = ["link_markdown_files", "register", "site_target"]

logger = logging.getLogger(__name__)

# What all_generators_finalized saw, checked once every file is written (finalized).
_PENDING: list[tuple[str, str, str]] = []  # (source file, page URL, page HTML)
_SOURCES: dict[str, str] = {}  # content file (relative to the content folder): its URL
_DRAFTS: dict[str, str] = {}  # a draft's output file: its content file (never published)
_DRAFT_SLUGS: dict[str, str] = {}  # a draft's slug: its content file (its address once live)


def link_markdown(content) -> None:
    """content_object_init: links to Markdown files that exist become `{filename}` links."""
    page_html = raw_html(content)
    if ".m" not in page_html.lower():  # most pages link to no Markdown file
        return
    folder = Path(content.source_path).parent
    root = Path(content.settings["PATH"])

    def exists(path: str) -> bool:
        return ((root / path.lstrip("/")) if path.startswith("/") else folder / path).is_file()

    set_raw_html(content, link_markdown_files(page_html, exists))


def remember_pages(generators) -> None:
    """Keep each published page's own HTML (its links as the writer wrote them)."""
    generators = list(generators)
    _PENDING.clear()
    _SOURCES.clear()
    _DRAFTS.clear()
    _DRAFT_SLUGS.clear()
    for item in items(generators, PUBLISHED):
        _PENDING.append((item.source_path, item.url, raw_html(item)))
        _SOURCES[Path(item.relative_source_path).as_posix()] = item.url
    for draft in items(generators, DRAFTS):
        source = Path(draft.relative_source_path).as_posix()
        _DRAFT_SLUGS[draft.slug] = source
        if draft.save_as:
            _DRAFTS[posixpath.normpath(draft.save_as)] = source


class _Site:
    """The files this build wrote (or, in a dev rebuild, kept) and their element ids."""

    def __init__(self, settings: dict):
        self.output = Path(settings["OUTPUT_PATH"])
        self.published = Path(settings.get("PREVIOUS_OUTPUT_PATH") or self.output)
        kept = (settings.get("BUILD_REPORT") or {}).get("kept", set())
        self.files = {str(name) for name in kept} | {
            os.path.relpath(os.path.join(folder, name), self.output).replace(os.sep, "/")
            for folder, _, names in os.walk(self.output)
            for name in names
        }
        self._ids: dict[str, set[str]] = {}

    def find(self, file: str) -> str | None:
        """The site file a link's path reaches (`about` is served as `about/index.html`)."""
        for candidate in (file, f"{file}/index.html"):
            if candidate in self.files:
                return candidate
        return None

    def ids(self, file: str) -> set[str]:
        if file not in self._ids:
            path = self.output / file
            if not path.exists():
                path = self.published / file
            self._ids[file] = element_ids(path.read_text(encoding="utf-8", errors="replace"))
        return self._ids[file]

    def urls(self, like: str) -> list[str]:
        """The published URLs of the kind `like` is: pages for a page, any file otherwise."""
        page = like.endswith(".html")
        return sorted(
            url_of(f) for f in self.files if (f.endswith(".html") or not page) and f not in _DRAFTS
        )


def _content_target(href: str, folder: str) -> Target | None:
    """Where a `{filename}` link to a content file goes (Pelican reports missing ones)."""
    path, fragment = filename_link(href)
    name = path.lstrip("/") if path.startswith("/") else posixpath.join(folder, path)
    url = _SOURCES.get(posixpath.normpath(name))
    if url is None or not fragment:
        return None
    return site_target(f"/{url}#{fragment}", "", "")


def _problem(site: _Site, href: str, target: Target, siteurl: str, folder: str) -> str | None:
    """What is wrong with one internal link (`href` as the writer wrote it), or None."""
    if not target.file:
        return f"links to {href!r}, outside the site's address {siteurl}: link within the site"
    if MARKDOWN_FILE.search(target.file) and (written := markdown_target(href)) is not None:
        near = closest(posixpath.normpath(posixpath.join(folder, written)), _SOURCES)
        hint = f" (did you mean {posixpath.relpath(near, folder or '.')}?)" if near else ""
        return f"links to {href!r}, which is not a file in the content folder{hint}: fix the link"
    found = site.find(target.file)
    if found in _DRAFTS:
        return (
            f"links to {href!r}, the page of {_DRAFTS[found]}, which is a draft (Status: "
            "draft) and is never published: publish it first, or remove the link"
        )
    slug = posixpath.basename(posixpath.dirname(target.file) or target.file).removesuffix(".html")
    if found is None and slug in _DRAFT_SLUGS:
        return (
            f"links to {href!r}, the address {_DRAFT_SLUGS[slug]} will have, but it is a draft "
            "(Status: draft): publish it first, or remove the link"
        )
    if found is None:
        near = closest(url_of(target.file), site.urls(target.file), cutoff=0)
        hint = f" (closest: {near})" if near else ""
        return f"links to {href!r}, which the site does not have{hint}: fix the link"
    if target.fragment.lower() in ("", "top") or not found.endswith(".html"):
        return None
    ids = site.ids(found)
    if target.fragment in ids:
        return None
    near = closest(target.fragment, ids)
    hint = f" (closest: #{near})" if near else ""
    return (
        f'links to {href!r}, but {url_of(found)} has no element with id="{target.fragment}"'
        f"{hint}: fix the link"
    )


def check_links(pelican) -> None:
    """finalized: report each internal link that goes nowhere, naming file and line."""
    settings = pelican.settings
    siteurl = settings.get("SITEURL") or ""
    site = None
    content = Path(settings["PATH"])
    # A link written with the production address is one within the site, in any build.
    production = production_siteurl(settings)
    for source, url, page_html in _PENDING:
        folder = Path(source).parent.relative_to(content).as_posix().removeprefix(".")
        for href in refs(page_html):
            if filename_link(href):
                target = _content_target(href, folder)
            else:
                target = site_target(href, url, siteurl)
                if target is None and production and production != siteurl:
                    target = site_target(href, url, production)
            if target is None:
                continue
            site = site or _Site(settings)
            written = href.removeprefix("{filename}")  # as in the file, if we wrote the rest
            if message := _problem(site, written, target, siteurl, folder):
                logger.warning(message, extra={"problem_file": source, "problem_needle": written})
    _PENDING.clear()


def register() -> None:
    signals.content_object_init.connect(link_markdown)
    signals.all_generators_finalized.connect(remember_pages)
    signals.finalized.connect(check_links)
