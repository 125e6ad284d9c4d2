"""A local preview of output/ that answers the way GitHub Pages does.

Folders serve their index.html, a folder without its slash redirects, `/page`
falls back to `/page.html`, and a missing path gets the site's own 404.html
with status 404. Nothing outside the root is ever sent, symlinks included.
Standard library only.
"""

from __future__ import annotations

import io
import os
from contextlib import suppress
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO, ClassVar, NamedTuple
from urllib.parse import quote, unquote

HOST = "127.0.0.1"
PORT = 8000
NOT_FOUND_PAGE = "404.html"
HTML = "text/html; charset=utf-8"
PLAIN_NOT_FOUND = b"404 Not Found\n"

# Fixed here rather than left to mimetypes, whose answers depend on /etc/mime.types.
CONTENT_TYPES = {
    ".html": HTML,
    ".htm": HTML,
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    # Pagefind's index: gzipped binary chunks the browser fetches and unpacks itself.
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
}


class Found(NamedTuple):
    """What a request path leads to: a file to send, a URL to redirect to, or neither."""

    file: Path | None = None
    redirect: str | None = None


def _segments(url_path: str) -> list[str] | None:
    """The decoded segments of a URL path, or None when one could step out of the root."""
    parts = [part for part in unquote(url_path).split("/") if part]
    if any(part in (".", "..") or "\0" in part or "\\" in part for part in parts):
        return None
    return parts


def _inside(root: Path, path: Path) -> Path | None:
    """The real path of path (symlinks followed) when it lies under root, else None."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a symlink loop, Python 3.11
        return None
    return real if real.is_relative_to(root) else None


def _file_inside(root: Path, path: Path) -> Path | None:
    """The real path of path when it is a regular file under root, else None."""
    real = _inside(root, path)
    return real if real is not None and os.path.isfile(real) else None


def locate(root: Path, url_path: str) -> Found:
    """Find what GitHub Pages would answer for url_path in a site built into root."""
    parts = _segments(url_path)
    if parts is None:
        return Found()
    root = root.resolve()
    target = _inside(root, root.joinpath(*parts))
    if target is not None and os.path.isdir(target):
        if parts and not url_path.endswith("/"):
            return Found(redirect="/" + "/".join(quote(part) for part in parts) + "/")
        return Found(file=_file_inside(root, target / "index.html"))
    if url_path.endswith("/"):
        return Found()
    if target is not None and os.path.isfile(target):
        return Found(file=target)
    return Found(file=_file_inside(root, root.joinpath(*parts[:-1], parts[-1] + ".html")))


class PreviewHandler(SimpleHTTPRequestHandler):
    """Answers GET and HEAD like GitHub Pages, and logs errors only."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        **CONTENT_TYPES,
    }

    def send_head(self) -> BinaryIO | None:
        """Send the status and headers; return the body to copy, if any."""
        url_path, mark, query = self.path.partition("?")
        url_path = url_path.partition("#")[0]
        found = locate(Path(self.directory), url_path)
        if found.redirect is not None:
            return self._redirect(found.redirect + mark + query)
        if found.file is not None:
            try:
                return self._send_file(found.file)
            except OSError:
                pass
        return self._send_not_found()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Stay quiet: one line per request drowns the build's own output."""

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None

    def _send_file(self, path: Path) -> BinaryIO:
        body = path.open("rb")
        try:
            stat = os.fstat(body.fileno())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
        except BaseException:
            body.close()
            raise
        return body

    def _send_not_found(self) -> BinaryIO:
        root = Path(self.directory)
        page = _file_inside(root.resolve(), root / NOT_FOUND_PAGE)
        body, content_type = PLAIN_NOT_FOUND, "text/plain; charset=utf-8"
        if page is not None:
            with suppress(OSError):  # unreadable: the plain answer still says 404
                body, content_type = page.read_bytes(), HTML
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return io.BytesIO(body)


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that can restart at once on the same port."""

    allow_reuse_address = True


def make_server(root: Path, host: str = HOST, port: int = PORT) -> PreviewServer:
    """A server for the site in root, bound to host:port (0 picks a free port)."""
    handler = partial(PreviewHandler, directory=str(Path(root).resolve()))
    return PreviewServer((host, port), handler)


def serve_forever(root: Path, host: str = HOST, port: int = PORT) -> None:
    """Serve root until Ctrl+C, after one line saying where."""
    with make_server(root, host, port) as server:
        print(f"Serving {root} at http://{host}:{server.server_port}/ (Ctrl+C stops)", flush=True)
        with suppress(KeyboardInterrupt):
            server.serve_forever()
