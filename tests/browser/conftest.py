"""Browser suite: the fixture and torture sites served on 127.0.0.1, read by Debian's Chromium.

Nothing here is skipped: a missing tool fails the suite saying how to install it
(`invoke test` installs them all).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from freelancekit.screenshots import CHROMIUM, CHROMIUM_ARGS, SCHEMES, WIDTHS
from site_kit import FIXTURE_SETTINGS, ROOT, TORTURE_SETTINGS, build_site

AXE = ROOT / "node_modules/axe-core/axe.min.js"
VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
SCREENSHOTS = ROOT / "screenshots"
# The colour scheme the page is shown in now (an emulated one included).
SCHEME = "matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'"


def require(path: Path, how: str) -> None:
    if not path.exists():
        pytest.fail(f"{path} is missing: {how} (or run `invoke test`, which installs it)")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site like GitHub Pages: 404.html for any missing path."""

    def log_message(self, *args) -> None:
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@dataclass
class Site:
    url: str
    output: Path

    def at(self, path: str) -> str:
        return f"{self.url}/{path.lstrip('/')}"


@contextlib.contextmanager
def served_site(folder: Path, settings_file: Path = FIXTURE_SETTINGS, **settings):
    """Build the fixture site (or the one `settings_file` sets up) for, and serve it
    at, http://127.0.0.1:<free port>."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    # Live comments as in production, with a short wait before the fallback shows;
    # every feature on, search and social cards too, as a reader meets the site.
    settings = {
        "COMMENTS_IN_DEVELOPMENT": True,
        "COMMENTS_TIMEOUT": 1500,
        "SEARCH_INDEX": True,
        "SOCIAL_CARDS": True,
        **settings,
    }
    output = build_site(folder, settings_file=settings_file, SITEURL=url, **settings)
    handler = functools.partial(SiteHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(url, output)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The fixture site, served on 127.0.0.1."""
    with served_site(tmp_path_factory.mktemp("browser-site")) as served:
        yield served


@pytest.fixture(scope="session")
def torture_site(tmp_path_factory) -> Site:
    """The content torture site (tests/torture_site), served on 127.0.0.1."""
    with served_site(tmp_path_factory.mktemp("torture-site"), TORTURE_SETTINGS) as served:
        yield served


@pytest.fixture(scope="session")
def browser():
    require(CHROMIUM, "install Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """One page as a reader opens it, with everything that went wrong on the way."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, list[str]]:
        return {
            k: v
            for k, v in {
                "console errors": self.console_errors,
                "failed requests": self.failed,
                "requests to other hosts": self.external,
            }.items()
            if v
        }


@pytest.fixture
def open_page(browser, site):
    """open_page(path, width=1280, scheme="light", js=True, allow=(), zone=None, now=None)
    -> Visit. `zone` is the browser's IANA time zone, `now` a datetime its clock shows.

    Every request to a host other than 127.0.0.1 is recorded and blocked, unless
    its host is in `allow` (then it gets a stand-in page: `allow` may map hosts
    to the HTML to answer with).
    """
    contexts = []

    def open_(
        path, width=1280, scheme="light", js=True, allow=(), expect_status=200, zone=None, now=None
    ):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            color_scheme=scheme,
            java_script_enabled=js,
            timezone_id=zone,
        )
        contexts.append(context)
        page = context.new_page()
        if now is not None:  # the browser's clock stands still at this moment
            page.clock.set_fixed_time(now)
        visit = Visit(page)

        def route(route):
            host = urlsplit(route.request.url).hostname
            if host == "127.0.0.1":
                return route.continue_()
            visit.external.append(route.request.url)
            if host in allow:
                body = allow.get(host) if isinstance(allow, dict) else None
                return route.fulfill(
                    status=200, content_type="text/html", body=body or "<p>stand-in</p>"
                )
            return route.abort()

        context.route("**/*", route)

        url = path if path.startswith("http") else site.at(path)

        def console(message):
            # A 404 page is the document the server said 404 for: that one is expected.
            expected = expect_status == 404 and message.location.get("url") == url
            if message.type == "error" and not expected:
                visit.console_errors.append(message.text)

        page.on("console", console)
        page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
        page.on(
            "requestfailed",
            lambda r: urlsplit(r.url).hostname == "127.0.0.1" and visit.failed.append(r.url),
        )
        page.on(
            "response",
            lambda r: (
                r.status >= 400
                and r.request.resource_type != "document"
                and visit.failed.append(f"{r.status} {r.url}")
            ),
        )
        response = page.goto(url, wait_until="load")
        assert response.status == expect_status, path
        return visit

    yield open_
    for context in contexts:
        context.close()


def run_axe(page) -> list[dict]:
    """axe-core's violations of any impact on the current page."""
    require(AXE, "run `npm ci` in the project folder (installs axe-core)")
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def every_way(page, check, widths=WIDTHS, schemes=SCHEMES) -> dict[str, object]:
    """check(page) at each width and colour scheme, on one loaded page.

    The window is resized and the scheme emulated (media queries, container
    queries and the page's own CSS follow at once), instead of loading the page
    again for each: {"360 dark": what check found}, only where it found something.
    """
    found = {}
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        for scheme in schemes:
            # Reduced motion: the theme's colour transitions would still be running.
            page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
            result = check(page)
            if result:
                found[f"{width} {scheme}"] = result
    return found


def horizontal_overflow(page) -> int:
    """How many pixels the page is wider than the window (0 is good)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def trips(page, overflow=horizontal_overflow) -> dict[str, object]:
    """What the page, as shown now, has wrong: sideways scroll (`overflow(page)`)
    and axe violations; empty when there is nothing."""
    wider = overflow(page)  # pixels, or the elements that stick out
    found = {"overflow": max(wider, 0) if isinstance(wider, int) else wider, "axe": run_axe(page)}
    return {what: value for what, value in found.items() if value}


def nu_errors(folder: Path, pages: list[Path]) -> list[dict]:
    """The Nu Html Checker's errors on `pages` (files under `folder`): file, line, message."""
    require(VNU, "run `npm ci` in the project folder (installs vnu-jar)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install a JRE (apt-get install default-jre-headless)")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        {
            "file": m.get("url", "").rsplit(str(folder), 1)[-1],
            "line": m.get("lastLine"),
            "message": m["message"],
        }
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    assert errors or result.returncode == 0, result.stderr
    return errors


def dumps(value) -> str:
    return json.dumps(value, indent=1)
