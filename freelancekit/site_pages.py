"""Reading a built site as a browser would: its pages, what they link to and load.

Shared by `invoke check` (freelancekit.site_check) and the kit's site tests.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin

from bs4 import BeautifulSoup, Tag

LOADING = [
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("img", "srcset"),
    ("source", "srcset"),
]
LOADING_LINK_RELS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "preload",
    "modulepreload",
    "prefetch",
    "manifest",
    "mask-icon",
}
LOADING_ATTRS = {tag: [a for t, a in LOADING if t == tag] for tag, _ in LOADING}
LOADING_TAGS = [*LOADING_ATTRS, "link"]
# These fetch no file, but still tell another host who is reading.
CONNECTING_LINK_RELS = {"preconnect", "dns-prefetch"}
FEED_TYPES = ["application/atom+xml", "application/rss+xml", "application/feed+json"]
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
FEED_ROOTS = {"{http://www.w3.org/2005/Atom}feed", "rss"}
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
NOT_FETCHED = ("data:", "blob:", "about:", "javascript:", "mailto:", "tel:")

SRCSET_URL = re.compile(r"[\s,]*(\S+)")
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_REFS = [
    re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I),  # url(x), also @import url(x)
    re.compile(r"""@import\s+(['"])(.+?)\1""", re.I),  # @import "x"
]
REFRESH_URL = re.compile(r"^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?['\"]?([^'\"]*)", re.I)


def html_pages(output: Path) -> dict[Path, BeautifulSoup]:
    """Every HTML page under output, parsed."""
    return {
        path: BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for path in sorted(output.rglob("*.html"))
    }


def page_url(output: Path, path: Path, siteurl: str) -> str:
    """The URL a page is served at (directory URL for index.html)."""
    rel = path.relative_to(output).as_posix()
    rel = rel[: -len("index.html")] if rel.endswith("index.html") else rel
    return f"{siteurl}/{rel}"


def base_of(page: BeautifulSoup, url: str) -> str:
    """The URL the page's relative links resolve against (its <base>, if it has one)."""
    base = page.find("base", href=True)
    return urljoin(url, base["href"]) if base else url


def srcset_urls(value: str) -> list[str]:
    """The URLs in a srcset: whitespace ends a URL, so data: URLs keep their commas."""
    urls, pos = [], 0
    while match := SRCSET_URL.match(value, pos):
        url, pos = match.group(1), match.end()
        if url.endswith(","):
            url = url.rstrip(",")
        else:  # skip this candidate's descriptors ("480w", "2x")
            comma = value.find(",", pos)
            pos = len(value) if comma < 0 else comma + 1
        urls.append(url)
    return urls


def loads(page: BeautifulSoup) -> list[str]:
    """Every URL the page fetches when it is opened."""
    return [url for element in page.find_all(LOADING_TAGS) for url in element_loads(element)]


def element_loads(element: Tag) -> list[str]:
    """The URLs one element makes the browser fetch when the page opens."""
    found = []
    for attr in LOADING_ATTRS.get(element.name, ()):
        value = element.get(attr)
        if value is not None:
            found += srcset_urls(value) if attr == "srcset" else [value]
    if element.name == "link" and rels(element) & LOADING_LINK_RELS and element.has_attr("href"):
        found.append(element["href"])
    return found


def rels(element: Tag) -> set[str]:
    return set(element.get("rel") or [])


def on_site(siteurl: str, absolute_url: str) -> bool:
    return absolute_url.startswith(siteurl) and absolute_url[len(siteurl) :][:1] in "/?#"


def target_file(output: Path, siteurl: str, absolute_url: str) -> Path | None:
    """The output file a same-site URL points at, or None when it is elsewhere."""
    if not on_site(siteurl, absolute_url):
        return None
    path = unquote(re.split(r"[?#]", absolute_url[len(siteurl) :], maxsplit=1)[0]).lstrip("/")
    segments = path.split("/")
    if ".." in segments:  # a way out of the output folder, however it was spelled
        return None
    candidate = output / path
    return candidate / "index.html" if segments[-1] in ("", ".") else candidate


def css_refs(css: str) -> list[str]:
    """Every URL a stylesheet (or a style attribute) fetches."""
    css = CSS_COMMENT.sub("", css)
    refs = [m.group(2).strip() for pattern in CSS_REFS for m in pattern.finditer(css)]
    # url(#id) points into the page itself (SVG filters, masks).
    return [ref for ref in dict.fromkeys(refs) if ref and not ref.startswith("#")]


def is_noindex(page: BeautifulSoup) -> bool:
    """A page that asks search engines to leave it out (404, redirect stubs)."""
    robots = page.find("meta", attrs={"name": "robots", "content": True})
    return bool(robots and "noindex" in re.split(r"[\s,]+", robots["content"].lower()))


def refresh_target(page: BeautifulSoup) -> str | None:
    """Where a redirect stub (an old address of a moved page) sends the reader."""
    meta = page.find("meta", attrs={"http-equiv": re.compile("^refresh$", re.I)})
    return REFRESH_URL.match(meta.get("content", "")).group(1).strip() if meta else None


def page_title(page: BeautifulSoup) -> str:
    # An inline SVG's <title> names the drawing, not the page.
    titles = (t for t in page.find_all("title") if t.find_parent("svg") is None)
    return next((t.get_text(strip=True) for t in titles), "")
