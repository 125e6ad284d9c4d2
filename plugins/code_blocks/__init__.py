"""Code blocks: highlighted <pre> elements are keyboard-focusable (they may scroll).

WCAG 2.1.1: a region that scrolls must be reachable without a mouse.
"""

from pelican import signals

from .focusable import focusable_code

__all__ = ["focusable_code", "register"]


def fix_code_blocks(content) -> None:
    """Rewrite the article's HTML once, when Pelican has read it."""
    if content._content and '<div class="highlight">' in content._content:
        content._content = focusable_code(content._content)


def register() -> None:
    signals.content_object_init.connect(fix_code_blocks)
