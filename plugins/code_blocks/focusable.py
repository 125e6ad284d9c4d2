"""Let keyboard users scroll wide code blocks."""

from __future__ import annotations

import re

# Pygments via codehilite writes exactly this opening; nothing else needs a look.
HIGHLIGHT_PRE = re.compile(r'(<div class="highlight"><pre)(?![^>]*\btabindex=)')


def focusable_code(html: str) -> str:
    """Give every highlighted <pre> tabindex="0" so it can be scrolled by keyboard."""
    return HIGHLIGHT_PRE.sub(r'\1 tabindex="0"', html)
