"""MENU as the writer writes it: ("Label", "target") pairs, read and checked as plain data."""

from __future__ import annotations

import ast
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

EXAMPLE = '("About", "pages/about.md")'
KINDS = 'a content file ("pages/about.md"), a path on the site ("/archives/") or an address ("https://…")'
CONTENT, PATH, URL = "content", "path", "url"


class MenuError(ValueError):
    """A MENU entry (or MENU itself) the header cannot show."""

    def __init__(self, entry: object, why: str):
        self.entry = entry
        super().__init__(f"MENU entry {entry!r} {why}")


@dataclass(frozen=True)
class Entry:
    """One checked MENU entry: its label and what its target is."""

    label: str
    kind: str  # CONTENT (relative to the content folder), PATH (on the site) or URL
    target: str  # pages/about.md, /archives/, https://…
    written: object  # the entry as MENU holds it (an error names it, and finds its line)


def read_target(text: str) -> tuple[str, str]:
    """(kind, target) for a MENU target as written; ValueError saying what is wrong."""
    text = text.strip()
    parts = urlsplit(text)
    if parts.scheme:
        if parts.scheme in ("http", "https") and parts.netloc:
            return URL, text
        if parts.scheme == "mailto" and "@" in parts.path:
            return URL, text
        raise ValueError(f"{text!r} is not an address the menu can link to: use https://…")
    if "#" in text or "?" in text:
        raise ValueError(f"{text!r} has a # or ?: a menu item leads to a whole page")
    if text.startswith("//"):
        raise ValueError(f"{text!r} names no site: write https:// before it")
    if ".." in text.split("/"):
        raise ValueError(f"{text!r} leads outside the site: remove the '..'")
    if text.startswith("{filename}"):
        return CONTENT, posixpath.normpath(text.removeprefix("{filename}").lstrip("/"))
    if text.startswith("/"):
        return PATH, text
    if text and posixpath.splitext(text)[1]:
        return CONTENT, posixpath.normpath(text)
    hint = f' (did you mean "/{text.strip("/")}/"?)' if text.strip("/") else ""
    raise ValueError(f"{text!r} is not {KINDS}{hint}")


def read_entry(entry: object) -> Entry:
    """The Entry a MENU item stands for; MenuError naming it and what to do."""
    if not (
        isinstance(entry, tuple | list)
        and len(entry) == 2
        and all(isinstance(part, str) for part in entry)
    ):
        raise MenuError(entry, f'is not a ("Label", "target") pair: write it as {EXAMPLE}')
    label, target = entry
    if not label.strip():
        raise MenuError(entry, f"has no label: write the words the menu shows, as in {EXAMPLE}")
    try:
        kind, where = read_target(target)
    except ValueError as error:
        raise MenuError(entry, f"leads nowhere: {error}") from None
    return Entry(" ".join(label.split()), kind, where, entry)


def read_menu(value: object) -> tuple[list[Entry], list[MenuError]]:
    """Every good entry of a MENU setting, and an error for each bad one."""
    if not isinstance(value, list | tuple):
        return [], [MenuError(value, f"is not a list: write MENU = [{EXAMPLE}, ...]")]
    entries, errors = [], []
    for entry in value:
        try:
            entries.append(read_entry(entry))
        except MenuError as error:
            errors.append(error)
    return entries, errors


def site_file(path: str) -> str:
    """The file a path on the site is served from: /archives/ is archives/index.html."""
    rel = path.lstrip("/")
    if not rel or rel.endswith("/"):
        return rel + "index.html"
    return rel if posixpath.splitext(rel)[1] else rel + "/index.html"


def link(label: str, url: str, file: str | None = None, cta: bool = False) -> dict:
    """A menu item as the header template prints it.

    `url` is relative to the site (the template puts SITEURL before it) when
    `file`, the page it is written to, is known; otherwise an address elsewhere.
    """
    return {"label": label, "url": url, "file": file, "internal": file is not None, "cta": cta}


def page_link(page, label: str | None = None) -> dict:
    """A menu item for a page or article; the hire page (template "hire") is the button."""
    return link(label or page.title, page.url, page.save_as, page.template == "hire")


def default_menu(pages: Iterable, settings: dict) -> list[dict]:
    """Without MENU: the portfolio, the posts (the archives, or blog/ under a profile
    home), About, search and the hire page, if there."""
    pages = list(pages)

    def listing(label: str, name: str) -> list[dict]:
        saved = settings.get(f"{name}_SAVE_AS")
        return [link(label, settings.get(f"{name}_URL", ""), saved)] if saved else []

    def page(attribute: str, value: str) -> list[dict]:
        found = next((p for p in pages if getattr(p, attribute, None) == value), None)
        return [page_link(found)] if found else []

    return [
        *page("template", "portfolio"),
        *listing("Writing", "INDEX" if settings.get("HOME") == "profile" else "ARCHIVES"),
        *page("slug", "about"),
        *listing("Search", "SEARCH"),
        *page("template", "hire"),
    ]


def entry_line(source: str, entry: object) -> int | None:
    """The line of `entry` in the last `MENU = ...` of a settings file, else that line.

    None when the file does not assign MENU (or is not valid Python).
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    assigned = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "MENU" for t in node.targets)
    ]
    if not assigned:
        return None
    value = assigned[-1].value
    for item in getattr(value, "elts", []):
        try:
            if ast.literal_eval(item) == entry:
                return item.lineno
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
    return assigned[-1].lineno
