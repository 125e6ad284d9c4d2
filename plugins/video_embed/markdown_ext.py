"""Python-Markdown extension: a video URL alone in a paragraph becomes a facade."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor

from .videos import parse_video_url


class VideoFacadeProcessor(BlockProcessor):
    """Replace a paragraph holding only a YouTube or Vimeo URL by a click-to-play link."""

    CLASSNAME = "video-embed"
    FACADE_CLASS = "video-facade"
    PLAY_CLASS = "video-facade__play"
    LABEL_CLASS = "video-facade__label"

    def test(self, parent: etree.Element, block: str) -> bool:
        return "\n" not in block.strip() and parse_video_url(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        video = parse_video_url(blocks.pop(0))
        figure = etree.SubElement(parent, "figure", {"class": self.CLASSNAME})
        link = etree.SubElement(
            figure,
            "a",
            {
                "class": self.FACADE_CLASS,
                "href": video.watch_url,
                "data-video-id": video.id,
                "data-video-provider": video.provider,
                "data-embed-src": video.embed_url,
            },
        )
        etree.SubElement(link, "span", {"class": self.PLAY_CLASS, "aria-hidden": "true"})
        # "Play video on YouTube" is a control's label, not text for search excerpts.
        attributes = {"class": self.LABEL_CLASS, "data-pagefind-ignore": ""}
        label = etree.SubElement(link, "span", attributes)
        label.text = f"Play video on {video.provider_name}"


class VideoEmbedExtension(Extension):
    """Registers the video facade before paragraphs are made."""

    def extendMarkdown(self, md) -> None:
        # Above the paragraph processor (10), below lists and quotes.
        md.parser.blockprocessors.register(VideoFacadeProcessor(md.parser), "video_embed", 15)


def makeExtension(**kwargs) -> VideoEmbedExtension:
    return VideoEmbedExtension(**kwargs)
