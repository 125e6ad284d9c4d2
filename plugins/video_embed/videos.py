"""Recognise YouTube and Vimeo URLs and derive the links a facade needs.

Plain functions: no Pelican or Markdown import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_PATH = re.compile(r"^/(?:embed|shorts|live|v)/(?P<id>[^/?#]+)/?$")
VIMEO_PATH = re.compile(r"^/(?:video/)?(?P<id>\d+)(?:/(?P<hash>[0-9a-f]+))?/?$")
TIME = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s?)?$")

PROVIDER_NAMES = {"youtube": "YouTube", "vimeo": "Vimeo"}


@dataclass(frozen=True)
class Video:
    """One video as the facade needs it."""

    provider: str  # "youtube" or "vimeo"
    id: str
    start: int = 0  # seconds
    hash: str = ""  # Vimeo's key for unlisted videos

    @property
    def provider_name(self) -> str:
        return PROVIDER_NAMES[self.provider]

    @property
    def watch_url(self) -> str:
        """The provider's own page: what a reader without JavaScript opens."""
        if self.provider == "youtube":
            query = {"v": self.id, **({"t": f"{self.start}s"} if self.start else {})}
            return f"https://www.youtube.com/watch?{urlencode(query)}"
        path = f"{self.id}/{self.hash}" if self.hash else self.id
        return f"https://vimeo.com/{path}" + (f"#t={self.start}s" if self.start else "")

    @property
    def embed_url(self) -> str:
        """The player loaded only after the reader clicks play (no tracking cookies)."""
        if self.provider == "youtube":
            query = {"autoplay": 1, **({"start": self.start} if self.start else {})}
            return f"https://www.youtube-nocookie.com/embed/{self.id}?{urlencode(query)}"
        query = {"autoplay": 1, "dnt": 1, **({"h": self.hash} if self.hash else {})}
        suffix = f"#t={self.start}s" if self.start else ""
        return f"https://player.vimeo.com/video/{self.id}?{urlencode(query)}{suffix}"


def parse_start(value: str | None) -> int:
    """Read a start time such as '90', '90s' or '1m30s' into seconds (0 if unreadable)."""
    match = TIME.match((value or "").strip())
    if not match or not any(match.groups()):
        return 0
    h, m, s = (int(match[k] or 0) for k in ("h", "m", "s"))
    return h * 3600 + m * 60 + s


def _youtube_id(host: str, path: str, query: dict[str, list[str]]) -> str | None:
    if host == "youtu.be":
        candidate = path.strip("/")
    elif host in YOUTUBE_HOSTS and path.rstrip("/") == "/watch":
        candidate = query.get("v", [""])[0]
    elif host in YOUTUBE_HOSTS and (match := YOUTUBE_PATH.match(path)):
        candidate = match["id"]
    else:
        return None
    return candidate if YOUTUBE_ID.match(candidate) else None


def parse_video_url(url: str) -> Video | None:
    """Return the Video a YouTube or Vimeo URL points at, or None for anything else."""
    url = url.strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1]
    if not re.match(r"^https?://\S+$", url):
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    fragment = parse_qs(parts.fragment)
    start = parse_start((query.get("t") or query.get("start") or fragment.get("t") or [""])[0])
    if video_id := _youtube_id(host, parts.path, query):
        return Video("youtube", video_id, start)
    if host in {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}:
        match = VIMEO_PATH.match(parts.path)
        if match and (host == "player.vimeo.com") == parts.path.startswith("/video/"):
            return Video("vimeo", match["id"], start, match["hash"] or query.get("h", [""])[0])
    return None
