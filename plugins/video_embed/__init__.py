"""Video embeds: a YouTube or Vimeo URL alone on a line becomes a privacy facade.

Markup contract: the facade is `a.video-facade[data-video-id]`, a plain link
to the video page that `theme/static/js/video.js` swaps for the player. It
holds the writer's title (`.video-facade__title`, when given) and poster
(`.video-facade__poster`, a local image; the link is then `.video-facade--poster`).
"""

from pelican import signals

from freelancekit.markup import markdown_extension
from freelancekit.pelican_internals import raw_html

from .markdown_ext import VideoEmbedExtension, makeExtension
from .videos import Video, parse_video_url

__all__ = [
    "Video",
    "VideoEmbedExtension",
    "makeExtension",
    "parse_video_url",
    "register",
]


def add_extension(pelican) -> None:
    """Add the Markdown extension once to the site's MARKDOWN settings."""
    markdown_extension(pelican.settings, VideoEmbedExtension)


def flag_videos(content) -> None:
    """Tell templates whether a page needs the player script."""
    content.has_video = "data-video-id" in raw_html(content)


def register() -> None:
    signals.initialized.connect(add_extension)
    signals.content_object_init.connect(flag_videos)
