"""Frames: an <iframe> in a post shows a page of this site, or the build says why not.

The Content-Security-Policy lets a page frame only what its content needs: this
site's own pages when the content holds a local iframe (`has_local_frame`, which
partials/csp.html reads), the video players when it holds a video facade. A
frame from anywhere else would stay blank, with an error in the console; the
build fails instead, naming the file, the line and what to do.
"""

import logging

from pelican import signals

from freelancekit.pelican_internals import raw_html

from .sources import frame_sources, is_local

__all__ = ["frame_sources", "is_local", "register"]

logger = logging.getLogger(__name__)


def check_frames(content) -> None:
    """Flag a page whose content frames this site; report frames from elsewhere."""
    sources = frame_sources(raw_html(content))
    site = content.settings.get("SITEURL", "")
    content.has_local_frame = any(is_local(src, site) for src in sources)
    for src in sources:
        if not is_local(src, site):
            logger.warning(
                "iframe %r cannot load: the site's Content-Security-Policy lets a page "
                "frame only this site's own files. Link to it instead (a YouTube or Vimeo "
                "address alone on a line becomes a video), or put the page under content/extra/",
                src,
                extra={"problem_file": content.source_path, "problem_needle": src},
            )


def register() -> None:
    signals.content_object_init.connect(check_frames)
