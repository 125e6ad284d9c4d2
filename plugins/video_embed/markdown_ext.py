"""Python-Markdown extension: a video URL alone in a paragraph becomes a facade.

The line may carry the video's title in double quotes, and the next line may be a
Markdown image, the poster (a local file, checked like every image):

    https://www.youtube.com/watch?v=aqz-KE-bpKQ "Big Buck Bunny"
    ![A drawn meadow with a tall tree](images/big-buck-bunny.jpg)
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.util import AtomicString

from .videos import Video, parse_video_url

logger = logging.getLogger(__name__)


class VideoFacadeProcessor(BlockProcessor):
    """Replace a paragraph holding only a YouTube or Vimeo URL by a click-to-play link."""

    CLASSNAME = "video-embed"
    FACADE_CLASS = "video-facade"
    WITH_POSTER_CLASS = "video-facade--poster"
    POSTER_CLASS = "video-facade__poster"
    PLAY_CLASS = "video-facade__play"
    CAPTION_CLASS = "video-facade__caption"
    TITLE_CLASS = "video-facade__title"
    LABEL_CLASS = "video-facade__label"
    # The URL, then an optional title in straight or curly double quotes.
    LINE = re.compile(r'^\s*(?P<url>\S+)(?:[ \t]+(?:"(?P<title>.+)"|“(?P<curly>.+)”))?\s*$')
    # A title the writer began but did not close (one quote mark, then no other).
    OPEN_TITLE = re.compile(r'^\s*\S+[ \t]+["“][^"”\n]*$')
    POSTER = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]+\)(?:\{[^}\n]*\})?\s*$")

    def test(self, parent: etree.Element, block: str) -> bool:
        lines = block.strip().split("\n")
        if len(lines) > 2 or (len(lines) == 2 and not self.POSTER.match(lines[1])):
            return False
        if self.LINE.match(lines[0]):
            return parse_video_url(self.LINE.match(lines[0])["url"]) is not None
        first = lines[0].split(maxsplit=1)[0] if lines[0].strip() else ""
        return bool(self.OPEN_TITLE.match(lines[0])) and parse_video_url(first) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        first, _, poster = block.strip().partition("\n")
        match = self.LINE.match(first)
        if not match:
            logger.warning(
                "video title not closed: write it in double quotes after the URL, "
                'as in https://youtu.be/ID "The title"',
                extra={"problem_needle": first.strip()[:40]},
            )
            etree.SubElement(parent, "p").text = block.strip()
            return
        video = parse_video_url(match["url"])
        self.build_facade(parent, video, match["title"] or match["curly"], poster.strip())

    def build_facade(self, parent: etree.Element, video: Video, title: str | None, poster: str):
        """Append the facade (the markup contract) to `parent`."""
        figure = etree.SubElement(parent, "figure", {"class": self.CLASSNAME})
        classes = f"{self.FACADE_CLASS} {self.WITH_POSTER_CLASS}" if poster else self.FACADE_CLASS
        link = etree.SubElement(
            figure,
            "a",
            {
                "class": classes,
                "href": video.watch_url,
                "data-video-id": video.id,
                "data-video-provider": video.provider,
                "data-embed-src": video.embed_url,
            },
        )
        if poster:
            # Left as Markdown: the image is read, checked and resized like any other.
            etree.SubElement(link, "span", {"class": self.POSTER_CLASS}).text = poster
        etree.SubElement(link, "span", {"class": self.PLAY_CLASS, "aria-hidden": "true"})
        caption = etree.SubElement(link, "span", {"class": self.CAPTION_CLASS})
        if title and title.strip():
            heading = etree.SubElement(caption, "span", {"class": self.TITLE_CLASS})
            heading.text = AtomicString(title.strip())
        # "Play video on YouTube" is a control's label, not text for search excerpts.
        attributes = {"class": self.LABEL_CLASS, "data-pagefind-ignore": ""}
        label = etree.SubElement(caption, "span", attributes)
        label.text = f"Play video on {video.provider_name}"


class VideoEmbedExtension(Extension):
    """Registers the video facade before paragraphs are made."""

    def extendMarkdown(self, md) -> None:
        # Above the paragraph processor (10), below lists and quotes.
        md.parser.blockprocessors.register(VideoFacadeProcessor(md.parser), "video_embed", 15)


def makeExtension(**kwargs) -> VideoEmbedExtension:
    return VideoEmbedExtension(**kwargs)
