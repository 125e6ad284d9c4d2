"""Plain functions over a page's HTML and the site's files: no Pelican import."""

from __future__ import annotations

import difflib
import html
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

# href/src of links and media (responsive_images checks <img> itself).
_REF = re.compile(
    r"<(?:a|audio|video|source|track|iframe)\b[^>]*?\s(?:href|src)=\"(?P<ref>[^\"]*)\"",
    re.IGNORECASE,
)
_ID = re.compile(r"""\s(?:id|name)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
# Markdown files, as GitHub, Obsidian and every editor's preview link them.
MARKDOWN_FILE = re.compile(r"\.(?:md|markdown|mdown|mkd)$", re.IGNORECASE)
_MARKDOWN_HREF = re.compile(r"(<a\b[^>]*?\shref=\")([^\"]*)\"", re.IGNORECASE)
# Pelican's own intra-site links ({filename}, {static}, |filename|...): Pelican checks them.
_PELICAN_LINK = ("{", "|")


def refs(page_html: str) -> list[str]:
    """Every href/src the page's own HTML holds, as written (unescaped once)."""
    return [html.unescape(match["ref"]) for match in _REF.finditer(page_html)]


def element_ids(page_html: str) -> set[str]:
    """The ids (and <a name>) a page has: what a #fragment can point at."""
    return {html.unescape(value) for value in _ID.findall(page_html)}


def markdown_target(href: str) -> str | None:
    """The content path a link to a Markdown file names (`../pages/about.md#x` ->
    `../pages/about.md`), or None when `href` is not such a link."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(_PELICAN_LINK):
        return None
    path = unquote(parts.path)
    return path if MARKDOWN_FILE.search(path) else None


def link_markdown_files(page_html: str, exists: Callable[[str], bool]) -> str:
    """Rewrite links to Markdown files that `exists` as Pelican's `{filename}` links.

    `exists` gets the path as written; a link to a file that is not there is left
    as it is, for the link check to report with the closest file there is.
    """

    def rewrite(match: re.Match) -> str:
        href = html.unescape(match[2])
        target = markdown_target(href)
        if target is None or not exists(target):
            return match[0]
        return f'{match[1]}{{filename}}{match[2]}"'

    return _MARKDOWN_HREF.sub(rewrite, page_html)


def filename_link(href: str) -> tuple[str, str] | None:
    """(content path, fragment) of a `{filename}path#fragment` link, else None."""
    for prefix in ("{filename}", "|filename|"):
        if href.startswith(prefix):
            path, _, fragment = href[len(prefix) :].partition("#")
            return unquote(path.partition("?")[0]), unquote(fragment)
    return None


@dataclass(frozen=True)
class Target:
    """Where an internal link goes: a file of the site (relative path) and a fragment.

    `file` is empty for a root-relative link outside the site's path (`/about/` on
    a site at https://me.github.io/blog).
    """

    file: str
    fragment: str


def site_target(href: str, page_url: str, siteurl: str) -> Target | None:
    """The site file `href` on the page at `page_url` (relative to the site root)
    names, or None for links elsewhere (other hosts, mailto:, Pelican's own).

    `siteurl` is the build's SITEURL: links starting with it are internal, and a
    root-relative link is read under its path (https://me.github.io/blog/).
    """
    href = href.strip()
    if not href or href.startswith(_PELICAN_LINK):
        return None
    site = urlsplit(siteurl)
    root = site.path.rstrip("/")
    absolute = urljoin(f"https://site.invalid{root}/{page_url.lstrip('/')}", href)
    parts = urlsplit(absolute)
    if parts.netloc != "site.invalid":
        ours = (parts.scheme, parts.netloc) == (site.scheme, site.netloc)
        if not ours:
            return None
    path = unquote(parts.path)
    if not path.startswith(f"{root}/"):
        return Target("", unquote(parts.fragment))
    rel = posixpath.normpath(path[len(root) + 1 :] or ".")
    rel = "" if rel == "." else rel
    if not rel or path.endswith("/"):
        rel = posixpath.join(rel, "index.html")
    return Target(rel, unquote(parts.fragment))


def url_of(file: str) -> str:
    """The URL path a site file is reached by: `about/index.html` -> `/about/`."""
    if file == "index.html" or file.endswith("/index.html"):
        return "/" + file.removesuffix("index.html")
    return "/" + file


def closest(wanted: str, candidates: Iterable[str], cutoff: float = 0.5) -> str | None:
    """The candidate nearest to `wanted` (difflib's ratio), if any is near enough."""
    found = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=cutoff)
    return found[0] if found else None
