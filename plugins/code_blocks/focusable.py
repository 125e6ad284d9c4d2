"""Let keyboard users scroll wide code blocks."""

from __future__ import annotations

import re

# Every <pre>: Pygments' (via codehilite) and those written in HTML, as posts
# moved from WordPress hold them (verse, preformatted text).
PRE = re.compile(r"(<pre)(?=[\s>])(?![^>]*\btabindex=)", re.I)


def focusable_code(html: str) -> str:
    """Give every <pre> tabindex="0" so it can be scrolled by keyboard."""
    return PRE.sub(r'\1 tabindex="0"', html)
