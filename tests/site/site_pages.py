"""Reading a built site: its pages, links and loads (shared by the site tests)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

# Attributes that make the browser fetch something when the page loads.
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


def html_pages(output: Path) -> dict[Path, BeautifulSoup]:
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
    base = page.find("base", href=True)
    return urljoin(url, base["href"]) if base else url


def loads(page: BeautifulSoup) -> list[str]:
    """Every URL the page fetches when it is opened."""
    found = []
    for tag, attr in LOADING:
        for element in page.find_all(tag, attrs={attr: True}):
            value = element[attr]
            found += [part.split()[0] for part in value.split(",")] if "srcset" in attr else [value]
    for link in page.find_all("link", href=True):
        if LOADING_LINK_RELS & set(link.get("rel", [])):
            found.append(link["href"])
    return found


def target_file(output: Path, siteurl: str, absolute_url: str) -> Path | None:
    """The output file a same-site URL points at, or None when it is elsewhere."""
    if not absolute_url.startswith(siteurl + "/") and absolute_url != siteurl:
        return None
    path = unquote(urlsplit(absolute_url[len(siteurl) :]).path).lstrip("/")
    candidate = output / path
    return candidate / "index.html" if path == "" or path.endswith("/") else candidate
