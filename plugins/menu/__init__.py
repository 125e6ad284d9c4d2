"""The header's menu: MENU, the writer's ("Label", "target") pairs, in order.

A target is a content file (`pages/about.md`, or `{filename}pages/about.md`),
a path on the site (`/archives/`) or an address elsewhere (`https://…`,
`mailto:…`). Without MENU (None): the portfolio page, the archives ("Writing"),
the page whose slug is "about", search and the hire page, those the site has.
The page whose template is "hire" is the call to action, wherever it stands.

Templates get `menu`: a list of plain dicts (label, url, file, internal, cta).
A bad entry, a file that is not there, a draft and a path the site does not
have are strict errors at the entry's line in the settings file.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from pelican import signals

from freelancekit.site_contents import DRAFTS, PUBLISHED, SCHEDULED, items

from .entries import (
    CONTENT,
    PATH,
    Entry,
    MenuError,
    default_menu,
    entry_line,
    link,
    page_link,
    read_entry,
    read_menu,
    site_file,
)

__all__ = ["MenuError", "default_menu", "entry_line", "read_entry", "read_menu", "register"]

logger = logging.getLogger(__name__)


def _report(settings: dict, error: MenuError) -> None:
    """A strict error at the entry's line in the settings file that sets MENU."""
    built = settings.get("SETTINGS_FILE")
    candidates = [Path(built), Path(built).with_name("pelicanconf.py")] if built else []
    for path in candidates:
        try:
            line = entry_line(path.read_text(encoding="utf-8"), error.entry)
        except OSError:
            continue
        if line is not None:
            logger.warning("%s", error, extra={"problem_file": str(path), "problem_line": line})
            return
    logger.warning("%s", error, extra={"problem_file": "pelicanconf.py"})


def _source(item) -> str:
    return Path(item.relative_source_path).as_posix()


def _near_file(target: str, files: Iterable[str]) -> str | None:
    """The file whose name (no folder, no .md) is closest to `target`'s, if any is
    close: "pages/services.md" is not near "pages/level-3.md" for their shared parts."""
    by_name = {PurePosixPath(file).stem.lower(): file for file in files}
    near = difflib.get_close_matches(PurePosixPath(target).stem.lower(), list(by_name), n=1)
    return by_name[near[0]] if near else None


def _resolve(entry: Entry, published: dict, saved: dict, unpublished: dict) -> dict:
    """The template's item for one entry; MenuError when its page is missing or unpublished."""
    written = entry.written
    if entry.kind == CONTENT:
        if page := published.get(entry.target):
            return page_link(page, entry.label)
        if entry.target in unpublished:
            raise MenuError(written, f"leads to {unpublished[entry.target]}")
        near = _near_file(entry.target, published)
        hint = f" (did you mean {near}?)" if near else ""
        raise MenuError(written, f"leads to no file in the content folder{hint}: fix the path")
    if entry.kind == PATH:
        file = site_file(entry.target)
        if page := saved.get(file):
            return page_link(page, entry.label)
        return link(entry.label, file.removesuffix("index.html"), file)
    return link(entry.label, entry.target)


def _why_unpublished(item) -> str:
    if getattr(item, "status", "") == "draft":
        return (
            f"{_source(item)}, a draft (Status: draft) that is never published: "
            "publish it first, or remove the entry"
        )
    return (
        f"{_source(item)}, which is scheduled and not on the site before "
        f"{item.date:%-d %B %Y}: add the entry on that day"
    )


def build_menu(generators) -> None:
    """all_generators_finalized: the header's `menu`, from MENU or the kit's default."""
    generators = list(generators)
    settings, context = generators[0].settings, generators[0].context
    published = {_source(item): item for item in items(generators, PUBLISHED)}
    if settings.get("MENU") is None:
        pages = [page for g in generators for page in getattr(g, "pages", [])]
        context["menu"] = default_menu(pages, settings)
        return
    saved = {item.save_as: item for item in published.values()}
    unpublished = {
        _source(item): _why_unpublished(item) for item in items(generators, DRAFTS + SCHEDULED)
    }
    entries, errors = read_menu(settings["MENU"])
    menu = []
    for entry in entries:
        try:
            menu.append(_resolve(entry, published, saved, unpublished))
        except MenuError as error:
            errors.append(error)
    for error in errors:
        _report(settings, error)
    context["menu"] = menu


def check_paths(pelican) -> None:
    """finalized: every path on the site a MENU entry names is a file the build wrote."""
    settings = pelican.settings
    output = Path(settings["OUTPUT_PATH"])
    kept = {str(name) for name in (settings.get("BUILD_REPORT") or {}).get("kept", set())}
    entries, _ = read_menu(settings.get("MENU") or [])
    for entry in entries:
        if entry.kind != PATH:
            continue
        file = site_file(entry.target)
        if file not in kept and not (output / file).is_file():
            _report(
                settings,
                MenuError(
                    entry.written,
                    f"leads to {entry.target}, which the site does not have: fix the path",
                ),
            )


def register() -> None:
    signals.all_generators_finalized.connect(build_menu)
    signals.finalized.connect(check_paths)
