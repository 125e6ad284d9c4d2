"""What `invoke check` finds wrong in a built site: links, feeds, page metadata, other hosts.

Reads a production build (RELATIVE_URLS = False, an absolute https SITEURL) the way a
reader's browser, a feed reader and a search engine would, without opening a browser:
each page is parsed once and every link is looked up in one set of the site's files.
Every problem is one line that names the file and says what to do.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
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
# These fetch no file, but still tell another host who is reading.
CONNECTING_LINK_RELS = {"preconnect", "dns-prefetch"}
FEED_TYPES = ["application/atom+xml", "application/rss+xml"]
FEED_ROOTS = {"{http://www.w3.org/2005/Atom}feed", "rss"}
SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
NOT_FETCHED = ("data:", "blob:", "about:", "javascript:", "mailto:", "tel:")
LIMIT = 50  # problems shown of each kind; a broken template would otherwise flood the list

SRCSET_URL = re.compile(r"[\s,]*(\S+)")
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_REFS = [
    re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I),  # url(x), also @import url(x)
    re.compile(r"""@import\s+(['"])(.+?)\1""", re.I),  # @import "x"
]
REFRESH_URL = re.compile(r"^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?['\"]?([^'\"]*)", re.I)

MISSING = {
    "link": "link to {ref} goes nowhere (no {target} in the site): fix or remove the link",
    "load": "loads {ref}, which is not in the site (no {target}): add it or fix the reference",
    "redirect": "redirects to {ref}, which goes nowhere (no {target} in the site): "
    "fix the redirect's target",
}


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
    found = []
    for tag, attr in LOADING:
        for element in page.find_all(tag, attrs={attr: True}):
            value = element[attr]
            found += srcset_urls(value) if "srcset" in attr else [value]
    for link in page.find_all("link", href=True):
        if LOADING_LINK_RELS & set(link.get("rel", [])):
            found.append(link["href"])
    return found


def _on_site(siteurl: str, absolute_url: str) -> bool:
    return absolute_url.startswith(siteurl) and absolute_url[len(siteurl) :][:1] in "/?#"


def target_file(output: Path, siteurl: str, absolute_url: str) -> Path | None:
    """The output file a same-site URL points at, or None when it is elsewhere."""
    if not _on_site(siteurl, absolute_url):
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


def is_redirect(page: BeautifulSoup) -> bool:
    """A stub that only sends the reader on (an old address of a moved page)."""
    return bool(_refresh(page))


def is_noindex(page: BeautifulSoup) -> bool:
    """A page that asks search engines to leave it out (404, redirect stubs)."""
    robots = page.find("meta", attrs={"name": "robots", "content": True})
    return bool(robots and "noindex" in re.split(r"[\s,]+", robots["content"].lower()))


def _refresh(page: BeautifulSoup) -> str | None:
    meta = page.find("meta", attrs={"http-equiv": re.compile("^refresh$", re.I)})
    return REFRESH_URL.match(meta.get("content", "")).group(1).strip() if meta else None


def _title(page: BeautifulSoup) -> str:
    # An inline SVG's <title> names the drawing, not the page.
    titles = (t for t in page.find_all("title") if t.find_parent("svg") is None)
    return next((t.get_text(strip=True) for t in titles), "")


class Problems:
    """Problems grouped by what is wrong, each naming the files it is wrong in."""

    def __init__(self) -> None:
        self._where: dict[tuple[str, str], list[str]] = {}

    def add(self, kind: str, where: str, what: str) -> None:
        places = self._where.setdefault((kind, what), [])
        if where not in places:
            places.append(where)

    def lines(self, others: str = "pages") -> list[str]:
        """One line per problem, at most LIMIT of each kind."""
        shown, hidden, lines = Counter(), Counter(), []
        for (kind, what), places in self._where.items():
            if shown[kind] == LIMIT:
                hidden[kind] += 1
                continue
            shown[kind] += 1
            n = len(places) - 1
            more = f" (and {n} other {others if n > 1 else others[:-1]})" if n else ""
            lines.append(f"{places[0]}{more}: {what}")
        return lines + [
            f"... and {n} more {kind} problems: fix those above and check again"
            for kind, n in hidden.items()
        ]


class Site:
    """A built site: its files as one set of relative paths, its pages parsed once."""

    def __init__(self, output: Path, siteurl: str) -> None:
        self.output, self.siteurl = output, siteurl.rstrip("/")
        self.files = {
            (Path(folder) / name).relative_to(output).as_posix()
            for folder, _, names in os.walk(output)
            for name in names
        }
        self.pages = {
            rel: BeautifulSoup((output / rel).read_text(encoding="utf-8"), "html.parser")
            for rel in sorted(f for f in self.files if f.endswith(".html"))
        }
        self._ids: dict[str, set[str]] = {}

    def url(self, rel: str) -> str:
        return page_url(self.output, self.output / rel, self.siteurl)

    def local(self, absolute_url: str) -> str | None:
        """The site file a URL names (existing or not), or None when it is elsewhere."""
        target = target_file(self.output, self.siteurl, absolute_url)
        if target is None:
            return None
        rel = target.relative_to(self.output).as_posix()
        # GitHub Pages, like most servers, sends /about on to /about/.
        return f"{rel}/index.html" if f"{rel}/index.html" in self.files else rel

    def ids(self, rel: str) -> set[str]:
        if rel not in self._ids:
            page = self.pages[rel]
            named = page.find_all("a", attrs={"name": True})
            self._ids[rel] = {t["id"] for t in page.find_all(id=True)} | {a["name"] for a in named}
        return self._ids[rel]


def check_site(output: Path, siteurl: str) -> list[str]:
    """Everything wrong with a production build, one actionable line per problem."""
    site, problems = Site(output, siteurl), Problems()
    for rel, page in site.pages.items():
        _check_page_refs(site, rel, page, problems)
    _check_stylesheets(site, problems)
    _check_sitemap(site, problems)
    _check_feeds(site, problems)
    for rel, page in site.pages.items():
        _check_metadata(site, rel, page, problems)
    return problems.lines()


def _page_refs(page: BeautifulSoup) -> list[tuple[str, str]]:
    refs = [("link", a["href"]) for a in page.find_all("a", href=True)]
    refs += [("load", ref) for ref in loads(page)]
    refs += [("load", ref) for style in page.find_all("style") for ref in css_refs(style.text)]
    refs += [("load", ref) for tag in page.find_all(style=True) for ref in css_refs(tag["style"])]
    refs += [
        ("connect", link["href"])
        for link in page.find_all("link", href=True)
        if CONNECTING_LINK_RELS & set(link.get("rel", []))
    ]
    redirect = _refresh(page)
    return refs + ([("redirect", redirect)] if redirect else [])


def _check_page_refs(site: Site, rel: str, page: BeautifulSoup, problems: Problems) -> None:
    base = base_of(page, site.url(rel))
    for verb, ref in _page_refs(page):
        _check_ref(site, rel, verb, ref, urljoin(base, ref.strip()), problems)


def _check_ref(
    site: Site, rel: str, verb: str, ref: str, absolute: str, problems: Problems
) -> None:
    if absolute.lower().startswith(NOT_FETCHED):
        return
    if verb in ("load", "connect") and not _on_site(site.siteurl, absolute):
        parts = urlsplit(absolute)
        does = "loads" if verb == "load" else "connects to"
        problems.add(
            "other-host",
            rel,
            f"{does} {absolute} from {parts.scheme}://{parts.netloc}, not from {site.siteurl}: "
            "serve a copy from the site or remove it",
        )
        return
    target = site.local(absolute)
    if target is None or verb == "connect":
        return
    if target not in site.files:
        problems.add("link", rel, MISSING[verb].format(ref=ref, target=target))
        return
    fragment = unquote(urlsplit(absolute).fragment)
    # "#top" needs no id: browsers scroll to the top of the page.
    if fragment.lower() in ("", "top") or target not in site.pages:
        return
    if fragment not in site.ids(target):
        problems.add(
            "link",
            rel,
            f'link to {ref} goes to {target}, which has no element with id="{fragment}": '
            "fix the link or add the id",
        )


def _check_stylesheets(site: Site, problems: Problems) -> None:
    for rel in sorted(f for f in site.files if f.endswith(".css")):
        css = (site.output / rel).read_text(encoding="utf-8", errors="replace")
        for ref in css_refs(css):
            _check_ref(site, rel, "load", ref, urljoin(f"{site.siteurl}/{rel}", ref), problems)


def _parse_xml(site: Site, rel: str, problems: Problems) -> ET.Element | None:
    try:
        return ET.parse(site.output / rel).getroot()
    except ET.ParseError as error:
        problems.add("feed", rel, f"is not valid XML ({error}): fix the template that writes it")
        return None


def _check_sitemap(site: Site, problems: Problems) -> None:
    if "sitemap.xml" not in site.files:
        problems.add("feed", "sitemap.xml", "missing: keep 'sitemap' in DIRECT_TEMPLATES")
        return
    root = _parse_xml(site, "sitemap.xml", problems)
    say = functools.partial(problems.add, "feed", "sitemap.xml")
    for loc in [] if root is None else root.iter(SITEMAP_LOC):
        url = (loc.text or "").strip()
        target = site.local(url)
        if target is None:
            say(f"lists {url!r}, not under {site.siteurl}: check SITEURL in publishconf.py")
        elif target not in site.files:
            say(f"lists {url}, but there is no {target} in the site: publish it or drop it")
        elif target in site.pages and is_noindex(site.pages[target]):
            say(f"lists {url}, which asks search engines not to index it: leave it out")


def _check_feeds(site: Site, problems: Problems) -> None:
    feeds = {f for f in site.files if f.startswith("feeds/") and f.endswith(".xml")}
    for rel, page in site.pages.items():
        base = base_of(page, site.url(rel))
        for link in page.find_all("link", href=True, type=FEED_TYPES):
            if "alternate" not in link.get("rel", []):
                continue
            target = site.local(urljoin(base, link["href"].strip()))
            if target in site.files:
                feeds.add(target)
            elif target is not None:
                problems.add(
                    "feed",
                    rel,
                    f"feed link {link['href']} goes nowhere (no {target} in the site): "
                    "fix the FEED_* settings or remove the link",
                )
    for rel in sorted(feeds):
        root = _parse_xml(site, rel, problems)
        if root is not None and root.tag not in FEED_ROOTS:
            problems.add(
                "feed",
                rel,
                f"is not a feed (its root is <{root.tag}>, not Atom's <feed> or RSS's <rss>): "
                "fix the template that writes it",
            )


def _check_metadata(site: Site, rel: str, page: BeautifulSoup, problems: Problems) -> None:
    if is_redirect(page):
        return
    say = functools.partial(problems.add, "metadata", rel)
    if not _title(page):
        say("has no <title> (or an empty one): give the page a title")
    description = page.find("meta", attrs={"name": "description", "content": True})
    if not (description and description["content"].strip()):
        say(
            'has no <meta name="description"> (or an empty one): give it a Summary: in its '
            "metadata, or fill the template's description block"
        )
    if is_noindex(page):  # search engines will not list it, so it needs no canonical address
        return
    expected = site.url(rel)
    canonical = page.find("link", rel="canonical", href=True)
    if canonical is None:
        say(f'has no <link rel="canonical">: add one with href="{expected}"')
    elif urljoin(base_of(page, expected), canonical["href"].strip()) != expected:
        say(
            f"has canonical link {canonical['href']}, not its own address {expected}: "
            "point it there (and check SITEURL in publishconf.py)"
        )


def validate_html(
    output: Path, vnu_jar: Path | None, java: str | None
) -> tuple[list[str], str | None]:
    """The Nu Html Checker's errors on every page, or a note saying what it needs to run."""
    missing = []
    if java is None:
        missing.append("java (apt-get install default-jre-headless)")
    if vnu_jar is None or not vnu_jar.is_file():
        jar = vnu_jar or "vnu.jar"
        missing.append(f"the Nu Html Checker, {jar} (run `npm ci` in the project folder)")
    if missing:
        return [], f"HTML not validated: {' and '.join(missing)} missing"
    folder = output.resolve()
    command = [java, "-jar", str(vnu_jar), "--errors-only", "--format", "json", "--skip-non-html"]
    try:
        result = subprocess.run(
            [*command, str(folder)], capture_output=True, text=True, timeout=600, check=False
        )
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (OSError, subprocess.TimeoutExpired, ValueError, KeyError) as error:
        return [], f"HTML not validated: the Nu Html Checker did not run ({error})"
    problems = Problems()
    for message in messages:
        if message["type"] in {"error", "non-document-error"}:
            problems.add("html", _vnu_place(folder, message), message["message"])
    return problems.lines(others="places"), None


def _vnu_place(folder: Path, message: dict) -> str:
    path = unquote(urlsplit(message.get("url", "")).path)
    place = Path(path).relative_to(folder).as_posix() if path.startswith(f"{folder}/") else path
    line = message.get("lastLine")
    return f"{place or 'vnu'}:{line}" if line else place or "vnu"
