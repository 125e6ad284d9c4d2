"""Pictures of a built site as readers see it: at a phone's and a laptop's width,
in light and dark, for a person to look at before publishing (`invoke screenshots`,
and the end of `invoke test`).

The pages: the home page, the first article it lists (a pinned one, else the
newest), each page the header links to, and the 404 page. Each is loaded once in
Debian's Chromium (Playwright), then the window is resized and the colour scheme
emulated for each picture. Nothing but 127.0.0.1 is reached: any other request is
blocked.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from freelancekit.serve import make_server

CHROMIUM = Path("/usr/bin/chromium")
# What headless Chromium needs here: no sandbox as root, no GPU, nothing fetched
# on its own (updates, sync, QUIC probes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = (360, 1280)
SCHEMES = ("light", "dark")
MISSING_PATH = "no-such-page/"


class NoBrowser(RuntimeError):
    """Chromium is not installed: say how to install it."""


LOAD_LAZY_IMAGES = """
Promise.all([...document.querySelectorAll('img[loading="lazy"]')].map((img) => {
  img.loading = "eager";
  return img.complete ? null : new Promise((done) => { img.onload = img.onerror = done; });
}))
"""


def picture_name(text: str) -> str:
    """A file-name part from a link's words: lower case letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "page"


def pages_to_show(site: Path) -> dict[str, str]:
    """{picture name: URL path} for the home page, its first article card (pinned or newest),
    each local page the header links to, and a missing page (the 404 page)."""
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    # Links are relative, or absolute with the site's address (its canonical URL).
    canonical = home.select_one('link[rel="canonical"][href]')
    root = urlsplit(urljoin("http://site/", canonical["href"] if canonical else "/"))
    pages = {"home": ""}
    # (a profile home also has service cards: the article is the first post card)
    card = home.select_one(".card:not(.service-card, .project-card) .card__title a[href]")
    links = [("article", card["href"])] if card else []
    links += [(a.get_text(" ", strip=True), a["href"]) for a in home.select("header a[href]")]
    for name, href in links:
        url = urlsplit(urljoin(root.geturl(), href))
        if url.netloc != root.netloc or not url.path.startswith(root.path) or not name:
            continue  # another site, or a link with no words
        path = url.path[len(root.path) :]
        if path:  # not the home page again
            pages.setdefault(picture_name(name), path)
    pages["404"] = MISSING_PATH
    return pages


def take(site: Path, folder: Path, widths=WIDTHS, schemes=SCHEMES) -> list[Path]:
    """Save full-page pictures of `site` (a built output folder) into `folder` as
    <page>-<width>-<scheme>.png; return their paths."""
    if not CHROMIUM.exists():
        raise NoBrowser(
            f"{CHROMIUM} is missing: install Debian's chromium package "
            "(`invoke test` installs it, as root)"
        )
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    with make_server(site, port=0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                context = browser.new_context(viewport={"width": widths[0], "height": 900})
                context.route(
                    "**/*",
                    lambda route: (
                        route.continue_()
                        if urlsplit(route.request.url).hostname == "127.0.0.1"
                        else route.abort()
                    ),
                )
                page = context.new_page()
                for name, path in pages_to_show(site).items():
                    page.goto(base + path, wait_until="load")
                    # A full-page picture shows what is below the fold, but images
                    # there load only when scrolled to: load them first.
                    page.evaluate(LOAD_LAZY_IMAGES)
                    page.wait_for_load_state("networkidle")
                    for width in widths:
                        page.set_viewport_size({"width": width, "height": 900})
                        for scheme in schemes:
                            page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
                            picture = folder / f"{name}-{width}-{scheme}.png"
                            page.screenshot(path=str(picture), full_page=True)
                            saved.append(picture)
                browser.close()
        finally:
            server.shutdown()
    return saved
