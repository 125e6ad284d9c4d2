"""Code blocks: <pre> elements are keyboard-focusable (they may scroll).

WCAG 2.1.1: a region that scrolls must be reachable without a mouse. A page
with highlighted code (`.highlight`) has `has_code`: the template then loads
js/copy-code.js, which gives each block a "Copy" button.
"""

from pelican import signals

from freelancekit.markup import focusable_code
from freelancekit.pelican_internals import raw_html, set_raw_html

__all__ = ["focusable_code", "register"]


def fix_code_blocks(content) -> None:
    """Rewrite the article's HTML once, when Pelican has read it."""
    content.has_code = '<div class="highlight"' in raw_html(content)
    if "<pre" in raw_html(content).lower():
        set_raw_html(content, focusable_code(raw_html(content)))


def register() -> None:
    signals.content_object_init.connect(fix_code_blocks)
