"""Responsive images: width/height, lazy loading, WebP and resized srcsets, share crops.

Local images in articles and pages (under content/) become <picture> elements
with resized copies (480, 960, 1440 px; WebP plus the original format), made
with Pillow and cached in `.cache/images/` between builds. Alt text is
required; `![](photo.jpg){.decorative}` marks a decorative image (alt="").
An article's `Image:` gets a 1200x630 crop for Open Graph.
Setting: IMAGE_CACHE_PATH (default .cache/images beside the content folder).
"""

import logging
from pathlib import Path

from pelican import signals
from pelican.contents import Article, Page

from freelancekit.markup import link_prefix, markdown_extension, tag_attributes
from freelancekit.output_files import copy_missing
from freelancekit.pelican_internals import raw_html, set_raw_html

from .images import (
    ALT_TODO,
    ALT_TODO_CLASS,
    DECORATIVE,
    IMG_TAG,
    MISSING_ALT,
    ImageProblem,
    Picture,
    picture_for,
    picture_markup,
    resolve_source,
    share_crop,
)
from .markdown_ext import ResponsiveImagesExtension

__all__ = ["ImageProblem", "picture_data", "register"]

logger = logging.getLogger(__name__)


def configure(pelican) -> None:
    settings = pelican.settings
    markdown_extension(settings, ResponsiveImagesExtension)
    content_root = Path(settings["PATH"]).resolve()
    settings["_IMAGES"] = {
        "root": content_root,
        "cache": Path(settings.get("IMAGE_CACHE_PATH") or content_root.parent / ".cache/images"),
        "copies": {},  # site path -> file to copy into the output
        "todo": [],  # images marked {.alt-todo}: listed after the build
    }


def _not_remote(src: str) -> None:
    if src.startswith(("http:", "https:", "//", "data:")):
        raise ImageProblem(
            f"image {src!r} is loaded from another site: save it under content/images/ "
            "and link it there (no external requests)",
            src,
        )


def _local_picture(src: str, source_file: str, alt: str, state: dict, metadata=False) -> Picture:
    """The image `src` names from `source_file` (Pelican's link rules), measured, its
    resized copies made and listed for the output; raise ImageProblem. In metadata
    (`metadata`), a plain "images/x.jpg" not beside the file is looked for in content/."""
    file = resolve_source(src, Path(source_file), state["root"])
    if metadata and not file.is_file() and not src.startswith(("{", "/", ".")):
        file = (state["root"] / src).resolve()
    if not file.is_file():
        raise ImageProblem(f"image {src!r} not found (looked for {file})", src)
    if not file.is_relative_to(state["root"]):
        raise ImageProblem(f"image {src!r} is outside the content folder", src)
    site_path = file.relative_to(state["root"]).as_posix()
    picture = picture_for(file, site_path, alt, state["cache"])
    state["copies"][site_path] = file
    for variant in picture.webp + picture.same_format:
        state["copies"][variant.site_path] = variant.cached
    return picture


def _picture(tag: str, content, state: dict, prefix: str, eager: bool) -> str:
    """The <picture> for one <img> tag, or raise ImageProblem."""
    attrs = tag_attributes(tag)
    src = attrs.get("src", "")
    _not_remote(src)
    classes = attrs.get("class", "").split()
    todo = attrs.get("alt") == ALT_TODO or (
        ALT_TODO_CLASS in classes and not (attrs.get("alt") or "").strip()
    )
    if not todo and (attrs.get("alt") == MISSING_ALT or attrs.get("alt") is None):
        raise ImageProblem(
            f"image {src!r} has no alt text: describe it in ![...], mark a purely "
            "decorative image with ![](...){.decorative}, or one to describe later "
            "with ![](...){.alt-todo}",
            src,
        )
    alt = "" if todo or attrs.get("alt") == DECORATIVE else attrs.get("alt", "")
    picture = _local_picture(src, content.source_path, alt, state)
    if todo:
        state["todo"].append(f"{content.relative_source_path}: image {src} needs alt text")
    picture.title = attrs.get("title", "")
    # The writer's classes (WordPress's alignleft, size-medium...) stay on the image.
    picture.classes = " ".join(c for c in classes if c != ALT_TODO_CLASS)
    return picture_markup(picture, prefix, eager)


def process_images(content) -> None:
    """Rewrite every <img> of an article or page once, when Pelican has read it."""
    state = content.settings.get("_IMAGES")
    if not state or not isinstance(content, Article | Page):
        return
    _share_image(content, state)
    html = raw_html(content)
    if "<img" not in html:
        return
    prefix = link_prefix(content.save_as, content.settings)
    parts, last = [], 0
    for number, match in enumerate(IMG_TAG.finditer(html)):
        parts.append(html[last : match.start()])
        try:
            parts.append(_picture(match.group(0), content, state, prefix, eager=number == 0))
        except ImageProblem as problem:
            logger.warning(
                "%s",
                problem,
                extra={"problem_file": content.source_path, "problem_needle": problem.needle},
            )
            parts.append(match.group(0))
        last = match.end()
    parts.append(html[last:])
    set_raw_html(content, "".join(parts))


def _share_image(content, state: dict) -> None:
    """`Image:` metadata: a local file gets a 1200x630 crop for share previews."""
    image = getattr(content, "image", None)
    if not image or str(image).startswith(("http:", "https:")):
        return
    file = resolve_source(str(image), Path(content.source_path), state["root"])
    if not file.is_file():
        logger.warning(
            "Image: %r not found (looked for %s)",
            image,
            file,
            extra={"problem_file": content.source_path, "problem_needle": "Image:"},
        )
        return
    crop = share_crop(file, state["cache"])
    site_path = f"images/share/{crop.name}"
    state["copies"][site_path] = crop
    content.share_image = site_path


def picture_data(src: str, alt: str, source_file: str, settings) -> dict:
    """A local image (as a content file names it) as plain data for a template
    (theme/templates/partials/picture.html): the same resized copies as an image in
    an article, for pictures a template places, such as a project's cover.

    `src` follows Pelican's link rules, and a plain path such as "images/x.jpg"
    not beside the file is looked for in content/. Paths returned are relative to
    the site's root. Raises ImageProblem.
    """
    _not_remote(src)
    picture = _local_picture(src, source_file, alt, settings["_IMAGES"], metadata=True)
    return {
        "src": picture.site_path,
        "alt": alt,
        "width": picture.width,
        "height": picture.height,
        "webp": [(v.site_path, v.width) for v in picture.webp],
        "same_format": [(v.site_path, v.width) for v in picture.same_format]
        + [(picture.site_path, picture.width)],
    }


def copy_images(pelican) -> None:
    """Put the resized copies (and their originals) into the finished output."""
    state = pelican.settings.get("_IMAGES") or {}
    if state.get("todo"):  # the build's summary lists them (strict_build's report)
        pelican.settings.get("BUILD_REPORT", {})["todo"] = sorted(set(state["todo"]))
    copy_missing(state.get("copies", {}), Path(pelican.settings["OUTPUT_PATH"]))


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(process_images)
    signals.finalized.connect(copy_images)
