"""Python-Markdown extension: `[WORLDMAP]` alone on a line marks where the map goes.

The map itself needs every portfolio entry, which Pelican reads later, so the
extension leaves a slot that the plugin fills once everything is read.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor

SLOT = '<div class="world-map-slot"></div>'


class WorldMapProcessor(BlockProcessor):
    """A paragraph that is exactly `[WORLDMAP]` becomes the map's slot."""

    MARKER = "[WORLDMAP]"
    CLASSNAME = "world-map-slot"

    def test(self, parent, block: str) -> bool:
        return block.strip() == self.MARKER

    def run(self, parent, blocks: list[str]) -> None:
        blocks.pop(0)
        etree.SubElement(parent, "div", {"class": self.CLASSNAME})


class WorldMapExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.parser.blockprocessors.register(WorldMapProcessor(md.parser), "world_map", 16)


def makeExtension(**kwargs) -> WorldMapExtension:
    return WorldMapExtension(**kwargs)
