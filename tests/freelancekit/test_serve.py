"""The preview server answers like GitHub Pages and never leaves its root."""

from __future__ import annotations

import string
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit import serve
from freelancekit.serve import make_server, serve_forever

SECRET = b"TOP-SECRET-do-not-serve-7f3a"
NOT_FOUND = b'<!doctype html><base href="http://127.0.0.1:8000/"><h1>Lost</h1>'
CSS = b"body { color: black; }\n"
SITE = {
    "index.html": b"<h1>Home</h1>",
    "a/index.html": b"<h1>Folder A</h1>",
    "404.html": NOT_FOUND,
    "theme/css/site.css": CSS,
    "page.html": b"<h1>A page</h1>",
    "sitemap.xml": b"<urlset/>",
    "images/logo.svg": b"<svg/>",
    "images/photo.webp": b"RIFF",
    "pagefind/pagefind.js": b"export {}",
    "pagefind/pagefind-entry.json": b"{}",
    "pagefind/pagefind.en_1.pf_meta": b"\x1f\x8b",
    "pagefind/index/en_1.pf_index": b"\x1f\x8b",
    "pagefind/fragment/en_1.pf_fragment": b"\x1f\x8b",
    "pagefind/wasm.en.pagefind": b"\x1f\x8b",
    "pagefind/pagefind.wasm": b"\0asm",
}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand a redirect back as it is: the redirect is what some tests check."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# Never a proxy: the server is on this machine.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())


def build_site(tmp: Path, not_found_page: bool = True) -> Path:
    """A tiny built site in tmp/site, a secret in tmp/outside, and symlinks between them."""
    root, outside = tmp / "site", tmp / "outside"
    for name, data in SITE.items():
        if name != "404.html" or not_found_page:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    (outside / "index.html").write_bytes(SECRET)
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "sneaky.html").symlink_to(outside / "secret.txt")
    (root / "leakdir").symlink_to(outside)
    (root / "alias.html").symlink_to(root / "page.html")
    return root


@contextmanager
def running(root: Path) -> Iterator[str]:
    """A server for root on a free port, in a thread; yields its base URL."""
    server = make_server(root, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def fetch(url: str, method: str = "GET") -> tuple[int, Message, bytes]:
    """Status, headers and body of one request, errors included."""
    request = urllib.request.Request(url, method=method)
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    with running(site) as url:
        yield url


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/", b"<h1>Home</h1>"),
        ("/index.html", b"<h1>Home</h1>"),
        ("/a/", b"<h1>Folder A</h1>"),
        ("/page", b"<h1>A page</h1>"),
        ("/page.html", b"<h1>A page</h1>"),
        ("/page?utm=x", b"<h1>A page</h1>"),
        ("/alias", b"<h1>A page</h1>"),
    ],
)
def test_pages_folders_and_extensionless_paths_are_served(base: str, path: str, body: bytes):
    status, headers, got = fetch(base + path)
    assert (status, got) == (200, body)
    assert headers["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize(("path", "location"), [("/a", "/a/"), ("/a?x=1", "/a/?x=1")])
def test_folder_without_slash_redirects_to_slash(base: str, path: str, location: str):
    status, headers, _ = fetch(base + path)
    assert (status, headers["Location"]) == (301, location)


@pytest.mark.parametrize(
    "path",
    ["/nope", "/nope/", "/deep/missing/path/", "/a/missing.html", "/a/b/c/d", "/page/", "/a/x/"],
)
def test_missing_path_answers_the_sites_404_page(base: str, path: str):
    status, headers, body = fetch(base + path)
    assert (status, body) == (404, NOT_FOUND)
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_404_page_is_sent_unchanged_and_its_css_loads(base: str):
    _, _, body = fetch(base + "/deep/missing/path/")
    assert b'<base href="http://127.0.0.1:8000/">' in body
    status, headers, css = fetch(base + "/theme/css/site.css")
    assert (status, css) == (200, CSS)
    assert headers["Content-Type"].startswith("text/css")


def test_a_second_server_on_a_random_port_answers_404_too(site: Path, base: str):
    with running(site) as other:
        assert other != base
        status, _, body = fetch(other + "/deep/missing/path/")
    assert (status, body) == (404, NOT_FOUND)


def test_head_on_missing_path_is_404_without_body(base: str):
    status, headers, body = fetch(base + "/deep/missing/", method="HEAD")
    assert (status, body) == (404, b"")
    assert headers["Content-Length"] == str(len(NOT_FOUND))


def test_site_without_404_page_answers_plain_text(tmp_path: Path):
    with running(build_site(tmp_path, not_found_page=False)) as url:
        status, headers, body = fetch(url + "/missing")
    assert (status, body) == (404, b"404 Not Found\n")
    assert headers["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    [
        "/../outside/secret.txt",
        "/a/../../outside/secret.txt",
        "/%2e%2e/outside/secret.txt",
        "/%2E%2E%2Foutside%2Fsecret.txt",
        "/a/%2e%2e/%2e%2e/outside/secret.txt",
        "/..%5coutside%5csecret.txt",
        "/leak.txt",
        "/sneaky",
        "/sneaky.html",
        "/leakdir/",
        "/leakdir/secret.txt",
        "/leakdir/index.html",
        "/%00/etc/passwd",
    ],
)
def test_paths_out_of_the_root_get_404_never_the_file(base: str, path: str):
    status, _, body = fetch(base + path)
    assert status == 404
    assert SECRET not in body


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/sitemap.xml", "application/xml"),
        ("/images/logo.svg", "image/svg+xml"),
        ("/images/photo.webp", "image/webp"),
        ("/pagefind/pagefind.js", "text/javascript; charset=utf-8"),
        ("/pagefind/pagefind-entry.json", "application/json"),
        ("/pagefind/pagefind.wasm", "application/wasm"),
        ("/pagefind/pagefind.en_1.pf_meta", "application/octet-stream"),
        ("/pagefind/index/en_1.pf_index", "application/octet-stream"),
        ("/pagefind/fragment/en_1.pf_fragment", "application/octet-stream"),
        ("/pagefind/wasm.en.pagefind", "application/octet-stream"),
    ],
)
def test_content_types_match_what_browsers_expect(base: str, path: str, content_type: str):
    status, headers, _ = fetch(base + path)
    assert (status, headers["Content-Type"]) == (200, content_type)


def test_requests_leave_no_lines_on_stderr(base: str, capfd: pytest.CaptureFixture[str]):
    fetch(base + "/")
    fetch(base + "/missing")
    assert capfd.readouterr().err == ""


def test_serve_forever_prints_one_line_and_stops_on_ctrl_c(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    def interrupted(self: serve.PreviewServer, poll_interval: float = 0.5) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(serve.PreviewServer, "serve_forever", interrupted)
    serve_forever(site, port=0)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].startswith(f"Serving {site} at http://127.0.0.1:")
    assert out[0].endswith("/ (Ctrl+C stops)")


TRICKS = ["..", ".", "%2e%2e", "%2E%2e", "..%2f..", "%2f", "%5c", "%00", "", "a", "leakdir"]
TARGETS = ["outside", "secret.txt", "leak.txt", "sneaky", "index.html"]
SEGMENT = st.one_of(
    st.sampled_from(TRICKS + TARGETS),
    st.text(string.printable, max_size=12).map(quote),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(SEGMENT, max_size=8).map("/".join))
def test_no_path_reaches_the_secret_or_breaks_the_server(base: str, path: str):
    status, _, body = fetch(f"{base}/{path}")
    assert status < 500
    assert SECRET not in body
