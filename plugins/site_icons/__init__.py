"""Site icons: every page links favicon.ico, favicon.svg and apple-touch-icon.png
(theme/templates/partials/head_links.html), so every build has them.

`invoke init` draws the three from the owner's name into content/extra/; a site
without them (deleted, or a content folder made by hand) gets the same drawings
from SITENAME, written where the page links point, instead of three dead links in
every page's head and a 404 in every reader's console. The writer's own icons,
when content/extra/ holds them, are copied by Pelican as before and never replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from freelancekit import brand

ICONS = {
    "favicon.svg": lambda name: brand.favicon_svg(name).encode("utf-8"),
    "favicon.ico": brand.favicon_ico,
    "apple-touch-icon.png": brand.apple_touch_icon,
}

logger = logging.getLogger(__name__)


def missing_icons(output: Path, name: str) -> dict[str, bytes]:
    """{file name: bytes} for each icon `output` lacks, drawn from the site's name."""
    return {file: draw(name) for file, draw in ICONS.items() if not (output / file).exists()}


def write_missing_icons(pelican) -> None:
    output = Path(pelican.output_path)
    name = pelican.settings.get("SITENAME", "")
    try:
        icons = missing_icons(output, name)
    except ValueError:  # no letter to draw
        logger.warning(
            "SITENAME %r has no letter to draw the site's icon from: put favicon.svg, "
            "favicon.ico and apple-touch-icon.png in content/extra/ (invoke init draws them)",
            name,
            extra={"problem_setting": "SITENAME"},
        )
        return
    for file, data in icons.items():
        (output / file).write_bytes(data)


def register() -> None:
    signals.finalized.connect(write_missing_icons)
