"""Small HTML helpers shared by several plugins (not a Pelican plugin itself)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


class _Attributes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        self.attrs = {k: v or "" for k, v in attrs}

    handle_startendtag = handle_starttag


def tag_attributes(tag: str) -> dict[str, str]:
    """The attributes of one start tag such as `<img src="..." alt="...">`, decoded."""
    parser = _Attributes()
    parser.feed(tag)
    return parser.attrs


def plain_text(fragment: str | None) -> str:
    """HTML as one line of text: markup and entities gone, white space folded."""
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", fragment or ""))).strip()
