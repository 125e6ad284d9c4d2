"""Responsive images: find a page's <img> tags, size them, make resized copies.

No Pelican import. Pillow does the image work; files are cached by content hash.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

WIDTHS = (480, 960, 1440)
SHARE_SIZE = (1200, 630)
IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
LINK_PREFIX = re.compile(r"^\{(static|attach|filename)\}")
# Set by the Markdown side so Pelican's own empty-alt check does not fire first.
DECORATIVE = "__decorative__"
MISSING_ALT = "__missing_alt__"
# `![](photo.jpg){.alt-todo}` (or `class="alt-todo"` on an <img>): no alt text yet,
# knowingly; shown with alt="" and listed as a to-do after every build.
ALT_TODO = "__alt_todo__"
ALT_TODO_CLASS = "alt-todo"
SIZES = "(min-width: 40rem) 37rem, calc(100vw - 2rem)"
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}


class ImageProblem(ValueError):
    """An image the writer must fix; `needle` finds its line."""

    def __init__(self, message: str, needle: str):
        self.needle = needle
        super().__init__(message)


@dataclass
class Variant:
    """One resized copy: where it is cached and where it goes in the site."""

    cached: Path
    site_path: str  # relative to the output folder
    width: int


@dataclass
class Picture:
    """Everything the <picture> markup needs for one image."""

    site_path: str  # the original, relative to the output folder
    width: int
    height: int
    alt: str
    title: str = ""
    classes: str = ""
    webp: list[Variant] = field(default_factory=list)
    same_format: list[Variant] = field(default_factory=list)


def resolve_source(src: str, source_file: Path, content_root: Path) -> Path:
    """The file an <img src> in a content file points at (Pelican's link rules)."""
    src = html.unescape(src).split("#")[0].split("?")[0]
    if LINK_PREFIX.match(src):
        rest = LINK_PREFIX.sub("", src)
        base = content_root if rest.startswith("/") else source_file.parent
        return (base / rest.lstrip("/")).resolve()
    if src.startswith("/"):
        return (content_root / src.lstrip("/")).resolve()
    return (source_file.parent / src).resolve()


def file_hash(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()[:12]


def resized(path: Path, width: int, suffix: str, cache: Path) -> Path:
    """A copy of `path` `width` pixels wide in the format of `suffix`, made once."""
    target = cache / f"{path.stem}-{file_hash(path)}-{width}{suffix}"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with Image.open(path) as image:
            image = ImageOps.exif_transpose(image)
            height = round(image.height * width / image.width)
            copy = image.resize((width, height), Image.Resampling.LANCZOS)
            if suffix in {".jpg", ".webp"} and copy.mode not in {"RGB", "L"}:
                copy = copy.convert("RGB")
            options = {"quality": 80, "method": 6} if suffix == ".webp" else {"optimize": True}
            if suffix == ".jpg":
                options["quality"] = 82
            copy.save(target, **options)
    return target


def share_crop(path: Path, cache: Path) -> Path:
    """A 1200x630 crop (centred) of `path` for Open Graph, made once."""
    target = cache / f"{path.stem}-{file_hash(path)}-share.jpg"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with Image.open(path) as image:
            fitted = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), SHARE_SIZE)
            fitted.save(target, quality=85, optimize=True)
    return target


def picture_for(file: Path, site_path: str, alt: str, cache: Path) -> Picture:
    """Measure an image and make its resized copies (WebP and its own format)."""
    with Image.open(file) as image:
        width, height = ImageOps.exif_transpose(image).size
        suffix = FORMATS.get(image.format or "", file.suffix.lower())
    folder = site_path.rsplit("/", 1)[0] + "/resized" if "/" in site_path else "resized"
    picture = Picture(site_path, width, height, alt)
    for target_width in [w for w in WIDTHS if w < width]:
        for suffix_, bucket in ((".webp", picture.webp), (suffix, picture.same_format)):
            if suffix_ == ".gif":
                continue  # animated GIFs keep their frames: no resized copies
            cached = resized(file, target_width, suffix_, cache)
            bucket.append(Variant(cached, f"{folder}/{cached.name}", target_width))
    return picture


def picture_markup(picture: Picture, prefix: str, eager: bool) -> str:
    """<picture> with WebP and same-format srcsets, width/height, lazy below the fold."""

    def srcset(variants: list[Variant], original: bool) -> str:
        items = [f"{prefix}/{v.site_path} {v.width}w" for v in variants]
        if original:
            items.append(f"{prefix}/{picture.site_path} {picture.width}w")
        return ", ".join(items)

    loading = "eager" if eager else "lazy"
    img = (
        f'<img src="{prefix}/{html.escape(picture.site_path)}" alt="{html.escape(picture.alt)}" '
        f'width="{picture.width}" height="{picture.height}" loading="{loading}" '
        f'decoding="async"'
    )
    if picture.title:
        img += f' title="{html.escape(picture.title)}"'
    if picture.classes:
        img += f' class="{html.escape(picture.classes)}"'
    if picture.same_format:
        img += f' srcset="{html.escape(srcset(picture.same_format, True))}" sizes="{SIZES}"'
    img += ">"
    if not picture.webp:
        return f"<picture>{img}</picture>"
    source = (
        f'<source type="image/webp" srcset="{html.escape(srcset(picture.webp, False))}" '
        f'sizes="{SIZES}">'
    )
    return f"<picture>{source}{img}</picture>"
