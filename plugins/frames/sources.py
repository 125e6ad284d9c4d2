"""Find the <iframe> sources in a page's HTML and tell this site's from others'."""

from __future__ import annotations

import re

from freelancekit.markup import tag_attributes

IFRAME = re.compile(r"<iframe\b[^>]*>", re.I)
# A scheme ("https:", "data:", "javascript:") or a host ("//example.com"): not a path here.
ELSEWHERE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|[/\\]{2})", re.I)


def frame_sources(html: str) -> list[str]:
    """The src of each <iframe> in `html`, as written (an iframe without one is left out)."""
    sources = (tag_attributes(tag).get("src") for tag in IFRAME.findall(html))
    return [src for src in sources if src is not None]


def is_local(src: str, siteurl: str = "") -> bool:
    """True for a path on this site: relative, {static}/{filename}, or under SITEURL."""
    if siteurl and src.strip().startswith(siteurl.rstrip("/") + "/"):
        return True
    return not ELSEWHERE.match(src)
