"""Downloading an old blog's images and media: only what we mean to fetch, within limits.

A URL from an export is data: it is fetched only over http(s) (never `file:`,
`ftp:` or another scheme, also after a redirect), from the old blog's own
hosts and WordPress's media hosts, or, for files the old posts hotlinked,
from another host only if every address it has is a public one. Each file has
a size cap and a deadline (a server that trickles a byte at a time is cut
off), the whole import has a deadline, and the answer must say it is the kind
of file we asked for. Whatever fails is a reason, never an exception.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_BYTES = 25 * 1024 * 1024  # a photo from a phone is a few MB; a video may be more
FILE_SECONDS = 30.0
TOTAL_SECONDS = 15 * 60.0
CHUNK = 64 * 1024
WORDPRESS_MEDIA = (".files.wordpress.com", ".wp.com", ".wordpress.com")


class Refused(Exception):
    """Why a URL was not fetched (said in the import report)."""


def public_host(host: str, resolve: Callable = socket.getaddrinfo) -> bool:
    """Whether every address `host` has is a public one (not loopback, private, link-local).

    Raises Refused if the name cannot be resolved (offline, or no such host).
    """
    try:
        addresses = {info[4][0] for info in resolve(host, None)}
    except (OSError, UnicodeError):
        raise Refused(f"{host} could not be found (offline, or the host is gone)") from None
    try:
        return bool(addresses) and all(
            ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses
        )
    except ValueError:
        return False


@dataclass
class Fetcher:
    """Fetch files for one import, under its rules and its overall deadline."""

    old_hosts: Iterable[str]
    max_bytes: int = MAX_BYTES
    file_seconds: float = FILE_SECONDS
    total_seconds: float = TOTAL_SECONDS
    clock: Callable[[], float] = time.monotonic
    is_public: Callable[[str], bool] = public_host
    _started: float | None = field(default=None, init=False)

    def __post_init__(self):
        hosts = {h.lower().strip(".") for h in self.old_hosts if h}
        self.old_hosts = (
            hosts | {f"www.{h}" for h in hosts} | {h.removeprefix("www.") for h in hosts}
        )
        self._opener = urllib.request.build_opener(_CheckedRedirects(self))

    def check(self, url: str) -> None:
        """Raise Refused unless `url` is one we may fetch."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise Refused(f"not an http(s) address ({parts.scheme or 'no'} scheme)")
        host = (parts.hostname or "").lower()
        if not host:
            raise Refused("no host")
        if parts.username or parts.password:
            raise Refused("the address carries a user name or password")
        if host in self.old_hosts or host.endswith(WORDPRESS_MEDIA):
            return
        if not self.is_public(host):
            raise Refused(f"{host} is not a public address (a local or private network)")

    def fetch(self, url: str, kinds: tuple[str, ...]) -> bytes:
        """The file at `url` if its content type starts with one of `kinds`; else Refused."""
        now = self.clock()
        self._started = now if self._started is None else self._started
        if now - self._started > self.total_seconds:
            raise Refused(f"the import's {self.total_seconds:.0f} s for downloads ran out")
        self.check(url)
        request = urllib.request.Request(url, headers={"User-Agent": "freelancekit-import"})
        deadline = now + self.file_seconds
        try:
            with self._opener.open(request, timeout=min(self.file_seconds, 20)) as response:
                kind = response.headers.get_content_type()
                if not kind.startswith(kinds):
                    raise Refused(f"the server sent {kind}, not {' or '.join(kinds)}")
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise Refused(f"larger than {self.max_bytes // 2**20} MB")
                return self._read(response, deadline)
        except Refused:
            raise
        except urllib.error.HTTPError as error:
            raise Refused(f"the server answered {error.code}") from None
        except (OSError, ValueError) as error:
            reason = getattr(error, "reason", None) or error
            if isinstance(reason, socket.gaierror):
                host = urlsplit(url).hostname
                raise Refused(f"{host} could not be found (offline, or the host is gone)") from None
            raise Refused(f"could not connect: {reason}") from None

    def _read(self, response, deadline: float) -> bytes:
        data = bytearray()
        while (
            chunk := response.read1(CHUNK) if hasattr(response, "read1") else response.read(CHUNK)
        ):
            data += chunk
            if len(data) > self.max_bytes:
                raise Refused(f"larger than {self.max_bytes // 2**20} MB")
            if self.clock() > deadline:
                raise Refused(f"took longer than {self.file_seconds:.0f} s")
        return bytes(data)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to an address the fetcher would fetch itself."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.fetcher.check(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
