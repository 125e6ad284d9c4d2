"""The kit's own content folders (content/portfolio/, services/, testimonials/):
each file read as a Pelican Page by the generator that owns the folder."""

from __future__ import annotations

import logging
import os

from pelican.contents import Page

logger = logging.getLogger(__name__)


def read_page(generator, path: str) -> Page | None:
    """`path` (relative to the content folder) read as a Page, or None when Pelican
    could not read it (the strict build reports why, at the file)."""
    try:
        return generator.readers.read_file(
            base_path=generator.path, path=path, content_class=Page, context=generator.context
        )
    except Exception:
        logger.exception("Could not process %s", path)
        return None


def file_slug(page: Page, path: str) -> str:
    """A page's `Slug:`, else its file name: its address stays put when its title is
    reworded."""
    return page.metadata.get("slug") or os.path.splitext(os.path.basename(path))[0]
