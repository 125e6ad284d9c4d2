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
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from freelancekit.site_pages import (
    CONNECTING_LINK_RELS,
    FEED_ROOTS,
    FEED_TYPES,
    JSON_FEED_VERSION,
    NOT_FETCHED,
    SITEMAP_LOC,
    base_of,
    css_refs,
    element_loads,
    is_noindex,
    on_site,
    page_title,
    page_url,
    refresh_target,
    rels,
    target_file,
)

LIMIT = 50  # problems shown of each kind; a broken template would otherwise flood the list
MISSING = {
    "link": "link to {ref} goes nowhere (no {target} in the site): fix or remove the link",
    "load": "loads {ref}, which is not in the site (no {target}): add it or fix the reference",
    "redirect": "redirects to {ref}, which goes nowhere (no {target} in the site): "
    "fix the redirect's target",
}


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
            rel: BeautifulSoup(
                (output / rel).read_text(encoding="utf-8", errors="replace"), "html.parser"
            )
            for rel in sorted(f for f in self.files if f.endswith(".html"))
        }
        # Each is one search of the whole page when the tag is absent: do it once.
        self.bases = {rel: base_of(page, self.url(rel)) for rel, page in self.pages.items()}
        self.redirects = {rel: refresh_target(page) for rel, page in self.pages.items()}
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
    if not output.is_dir():
        return [f"{output}: no built site here: build the site first"]
    site, problems = Site(output, siteurl), Problems()
    for rel, page in site.pages.items():
        _check_page_refs(site, rel, page, problems)
    _check_stylesheets(site, problems)
    _check_sitemap(site, problems)
    _check_feeds(site, problems)
    for rel, page in site.pages.items():
        _check_metadata(site, rel, page, problems)
    return problems.lines()


def _page_refs(page: BeautifulSoup, redirect: str | None) -> list[tuple[str, str]]:
    refs = []
    for element in page.find_all(True):  # one walk over the tree: the slow part is walking
        href, css = element.get("href"), element.get("style")
        refs += [("load", url) for url in element_loads(element)]
        refs += [("load", url) for url in css_refs(css)] if css is not None else []
        if element.name == "style":
            refs += [("load", url) for url in css_refs(element.text)]
        elif href is not None and element.name == "a":
            refs.append(("link", href))
        elif href is not None and element.name == "link" and rels(element) & CONNECTING_LINK_RELS:
            refs.append(("connect", href))
    return refs + ([("redirect", redirect)] if redirect else [])


def _check_page_refs(site: Site, rel: str, page: BeautifulSoup, problems: Problems) -> None:
    for verb, ref in _page_refs(page, site.redirects[rel]):
        _check_ref(site, rel, verb, ref, urljoin(site.bases[rel], ref.strip()), problems)


def _check_ref(
    site: Site, rel: str, verb: str, ref: str, absolute: str, problems: Problems
) -> None:
    if absolute.lower().startswith(NOT_FETCHED):
        return
    if verb in ("load", "connect") and not on_site(site.siteurl, absolute):
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
    feeds = {f for f in site.files if f.startswith("feeds/") and f.endswith((".xml", ".json"))}
    for rel, page in site.pages.items():
        for link in page.find_all("link", href=True, type=FEED_TYPES):
            if "alternate" not in link.get("rel", []):
                continue
            target = site.local(urljoin(site.bases[rel], link["href"].strip()))
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
        if rel.endswith(".json"):
            _check_json_feed(site, rel, problems)
            continue
        root = _parse_xml(site, rel, problems)
        if root is not None and root.tag not in FEED_ROOTS:
            problems.add(
                "feed",
                rel,
                f"is not a feed (its root is <{root.tag}>, not Atom's <feed> or RSS's <rss>): "
                "fix the template that writes it",
            )


def _check_json_feed(site: Site, rel: str, problems: Problems) -> None:
    """A JSON Feed (plugins/feeds) parses and says which JSON Feed it is."""
    try:
        feed = json.loads((site.output / rel).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        problems.add("feed", rel, f"is not valid JSON ({error}): fix what writes it")
        return
    version = feed.get("version") if isinstance(feed, dict) else None
    if version != JSON_FEED_VERSION or not isinstance(feed.get("items"), list):
        problems.add(
            "feed",
            rel,
            f"is not a JSON Feed (no version {JSON_FEED_VERSION} and items): fix what writes it",
        )


def _check_metadata(site: Site, rel: str, page: BeautifulSoup, problems: Problems) -> None:
    if site.redirects[rel]:
        return
    say = functools.partial(problems.add, "metadata", rel)
    if not page_title(page):
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
    elif urljoin(site.bases[rel], canonical["href"].strip()) != expected:
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
        missing.append("Java is missing (`apt-get install default-jre-headless`)")
    if vnu_jar is None or not vnu_jar.is_file():
        missing.append("the Nu Html Checker is missing (`npm ci` in the project folder)")
    if missing:
        return [], f"HTML not validated: {'; '.join(missing)}"
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
