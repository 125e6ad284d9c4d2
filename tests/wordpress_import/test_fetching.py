"""Downloads during an import: only http(s), only the hosts we mean, within limits."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from freelancekit.wordpress_import import import_wordpress
from freelancekit.wordpress_import.fetching import Fetcher, Refused, public_host

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


class OldBlog(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/photo.png":
            self._send(PNG, "image/png")
        elif self.path == "/page.html":
            self._send(b"<html></html>", "text/html")
        elif self.path == "/huge.png":
            self._send(b"\0" * 4096, "image/png")
        elif self.path in ("/to-file", "/to-ftp"):
            self.send_response(302)
            where = "file:///etc/passwd" if self.path == "/to-file" else "ftp://127.0.0.1/x.png"
            self.send_header("Location", where)
            self.end_headers()
        elif self.path == "/trickle.png":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.05)
        else:
            self.send_error(404)

    def _send(self, body: bytes, kind: str):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def blog():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), OldBlog)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_an_image_on_the_old_blog_is_fetched(blog):
    assert Fetcher(["127.0.0.1"]).fetch(f"{blog}/photo.png", ("image/",)) == PNG


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file://localhost/etc/passwd", "not an http(s) address (file scheme)"),
        ("ftp://127.0.0.1/photo.png", "not an http(s) address (ftp scheme)"),
        ("{blog}/to-file", "the server answered 302"),  # urllib refuses it itself
        ("{blog}/to-ftp", "not an http(s) address (ftp scheme)"),
        ("{blog}/page.html", "the server sent text/html, not image/"),
        ("{blog}/huge.png", "larger than"),
        ("{blog}/missing.png", "the server answered 404"),
        ("http://user:pw@127.0.0.1/photo.png", "user name or password"),
        ("http://intranet.example/photo.png", "intranet.example is not a public address"),
    ],
)
def test_anything_else_is_refused_with_a_reason(blog, url, reason):
    fetcher = Fetcher(["127.0.0.1"], max_bytes=1024, is_public=lambda host: False)
    with pytest.raises(Refused, match=reason.replace("(", r"\(").replace(")", r"\)")):
        fetcher.fetch(url.format(blog=blog), ("image/",))


def test_a_server_that_trickles_is_cut_off_at_the_files_deadline(blog):
    fetcher = Fetcher(["127.0.0.1"], file_seconds=0.5)
    started = time.monotonic()
    with pytest.raises(Refused, match="took longer than"):
        fetcher.fetch(f"{blog}/trickle.png", ("image/",))
    assert time.monotonic() - started < 1.5


def test_the_whole_import_has_a_deadline_for_downloads(blog):
    clock = iter([0.0, 0.0, 5000.0, 5000.0]).__next__
    fetcher = Fetcher(["127.0.0.1"], total_seconds=60, clock=clock)
    fetcher.fetch(f"{blog}/photo.png", ("image/",))
    with pytest.raises(Refused, match="ran out"):
        fetcher.fetch(f"{blog}/photo.png", ("image/",))


def test_only_public_addresses_count_as_public():
    assert not public_host("localhost")
    with pytest.raises(Refused, match="could not be found"):
        public_host("host.invalid")
    fake = lambda host, port: [(0, 0, 0, "", ("10.0.0.1", 0))]  # noqa: E731
    assert not public_host("internal.example", resolve=fake)
    real = lambda host, port: [(0, 0, 0, "", ("93.184.215.14", 0))]  # noqa: E731
    assert public_host("example.org", resolve=real)


def test_an_image_that_cannot_be_fetched_becomes_a_link_with_its_alt_text(tmp_path, blog):
    from test_hostile import export

    body = (
        f'<p><img src="{blog}/photo.png" alt="A desk"> and '
        f'<img src="{blog}/missing.png" alt="Coffee"> and '
        '<img src="/wp-content/uploads/gone.png" alt="Old logo"></p>'
    )
    path = export(tmp_path, {"body": body})
    text = path.read_text().replace("https://old.example", blog)
    path.write_text(text)
    content = tmp_path / "site/content"
    content.mkdir(parents=True)
    summary = import_wordpress(path, content, download=True)
    article = (content / "articles/post-1.md").read_text()
    assert "![A desk]({static}/images/wp/" in article
    assert f"[Coffee]({blog}/missing.png)" in article
    assert f"[Old logo]({blog}/wp-content/uploads/gone.png)" in article  # root-relative: resolved
    assert summary.downloaded == 1
    lines = "\n".join(summary.lines())
    assert f"image {blog}/missing.png not downloaded (the server answered 404)" in lines
