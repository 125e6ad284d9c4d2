"""Page styles: an article or page loads pages.css only when its content uses a
class styled there alone: a world map, WordPress's alignments, image sizes,
galleries, block columns and verse. A post written in Markdown carries none of
it, which keeps an article page within its 15 KB budget.

Which classes those are is read from the theme's two stylesheets at each build,
so a rule moved between them moves the decision with it. Runs once every
generator is done (after world_map has put its maps into the content).
"""

from __future__ import annotations

import re
from pathlib import Path

from pelican import signals

from freelancekit.pelican_internals import raw_html
from freelancekit.site_contents import items

__all__ = ["content_classes", "only_in", "register", "selector_classes"]

COMMENT = re.compile(r"/\*.*?\*/", re.S)
PRELUDE = re.compile(r"([^{}]*)\{")  # the text before a "{": a selector or an @-rule
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
CLASS_ATTRIBUTE = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def selector_classes(css: str) -> set[str]:
    """Every class a selector of `css` names (not the numbers in its declarations)."""
    preludes = PRELUDE.findall(COMMENT.sub(" ", css))
    return {
        name
        for prelude in preludes
        if not prelude.strip().startswith("@")
        for name in CLASS_IN_SELECTOR.findall(prelude)
    }


def only_in(extra_css: str, base_css: str) -> frozenset[str]:
    """The classes `extra_css` styles and `base_css` does not."""
    return frozenset(selector_classes(extra_css) - selector_classes(base_css))


def content_classes(html: str) -> set[str]:
    """Every class named in a class attribute of `html`."""
    return {
        name
        for match in CLASS_ATTRIBUTE.finditer(html)
        for name in (match.group(1) or match.group(2) or match.group(3) or "").split()
    }


def _pages_only(settings: dict) -> frozenset[str]:
    css = Path(settings["THEME"]) / "static/css"
    if not (css / "pages.css").is_file() or not (css / "site.css").is_file():
        return frozenset()  # another theme: nothing to decide
    return only_in(
        (css / "pages.css").read_text(encoding="utf-8"),
        (css / "site.css").read_text(encoding="utf-8"),
    )


def mark_contents(generators) -> None:
    """Set `needs_pages_css` on every article, page and project, drafts too."""
    only = _pages_only(generators[0].settings)
    for content in items(generators):
        content.needs_pages_css = bool(only & content_classes(raw_html(content)))


def register() -> None:
    signals.all_generators_finalized.connect(mark_contents)
