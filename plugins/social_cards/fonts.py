"""Which font draws a card's text: the writer's, the system's, or Pillow's own.

A title is drawn in one font, the first that has a glyph for each of its
letters, digits and punctuation: the writer's SOCIAL_CARD_FONTS, then the
system fonts below (looked for by file name under the font folders), then the
font Pillow carries (Latin only), so a Latin site builds on a machine with no
font package at all. Symbols no font has (most emoji) are left off the card;
a letter no font has is an error naming the package that has it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont, features

# Noto Sans CJK is one file of faces, each with the glyph shapes its language expects
# (Chinese set in the Japanese face reads wrong): the face for the article's `Lang`.
CJK_COLLECTION = "NotoSansCJK-Bold.ttc"
CJK_FACES = {"ja": 0, "ko": 1, "zh": 2, "zh-cn": 2, "zh-hans": 2, "zh-sg": 2}
CJK_FACES |= {"zh-tw": 3, "zh-hant": 3, "zh-hk": 4, "zh-mo": 4}
# Bold sans fonts, best first, by file name: Debian's package for each in the comment.
SYSTEM_FONTS = (
    ("DejaVuSans-Bold.ttf", 0),  # fonts-dejavu-core: Latin, Greek, Cyrillic, Arabic, Hebrew
    ("NotoSans-Bold.ttf", 0),  # fonts-noto-core
    ("NotoSansArabic-Bold.ttf", 0),  # fonts-noto-core
    ("NotoSansHebrew-Bold.ttf", 0),  # fonts-noto-core
    (CJK_COLLECTION, 0),  # fonts-noto-cjk: Chinese, Japanese, Korean (and Latin)
    ("LiberationSans-Bold.ttf", 0),  # fonts-liberation
)
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
)
# The package to name when no font has a character, by the start of its Unicode name.
PACKAGES = (
    (("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"), "fonts-noto-cjk"),
    (("ARABIC", "HEBREW", "LATIN", "GREEK", "CYRILLIC"), "fonts-dejavu-core"),
)
OTHER_PACKAGE = "fonts-noto-core"
# A code point no font maps: what a font draws for it is its "missing glyph" box.
UNMAPPED = "\U0010fffd"
PROBE_SIZE = 24


class FontProblem(Exception):
    """No font has some characters of a text, or it needs a layout Pillow lacks."""


@dataclass(frozen=True)
class FontFile:
    """A font file and its face in a collection; path None: Pillow's own font."""

    path: str | None
    index: int = 0

    def load(self, size: int, basic: bool = False) -> ImageFont.FreeTypeFont:
        """The font at `size` pixels, with raqm's layout unless `basic` (or Pillow lacks it)."""
        return _loaded(self, size, basic or not has_raqm())

    def identity(self) -> str:
        """What the font's glyphs depend on: its bytes' hash, or Pillow's version."""
        if self.path is None:
            return f"pillow-{PIL.__version__}"
        stat = Path(self.path).stat()
        return f"{_file_hash(self.path, stat.st_size, stat.st_mtime_ns)}-{self.index}"


BUILTIN = FontFile(None)


@lru_cache(maxsize=64)
def _loaded(font: FontFile, size: int, basic: bool) -> ImageFont.FreeTypeFont:
    engine = ImageFont.Layout.BASIC if basic else ImageFont.Layout.RAQM
    if font.path is None:  # Pillow loads its own font with its basic layout
        return ImageFont.load_default(size=size).font_variant(layout_engine=engine)
    return ImageFont.truetype(font.path, size, index=font.index, layout_engine=engine)


def has_raqm() -> bool:
    """Whether Pillow can shape text (Arabic joining, bidi order): libraqm."""
    return bool(features.check("raqm"))


@lru_cache(maxsize=32)
def _file_hash(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def find_fonts(writer_fonts: list[str], font_dirs: list[str] | tuple[str, ...]) -> list[FontFile]:
    """The fonts to try, best first: the writer's, the system's found, Pillow's own."""
    found = [FontFile(str(Path(path).expanduser())) for path in writer_fonts]
    folders = [Path(folder).expanduser() for folder in font_dirs]
    for name, index in SYSTEM_FONTS:
        for folder in folders:
            match = next(iter(sorted(folder.rglob(name))), None) if folder.is_dir() else None
            if match:
                found.append(FontFile(str(match), index))
                break
    return [*found, BUILTIN]


def _drawn(font: ImageFont.FreeTypeFont, text: str) -> bytes:
    left, top, right, bottom = font.getbbox(text)
    image = Image.new("L", (max(1, right - left), max(1, bottom - top)))
    ImageDraw.Draw(image).text((-left, -top), text, font=font, fill=255)
    return image.tobytes() + str(font.getlength(text)).encode()


@lru_cache(maxsize=8192)
def has_glyph(font: FontFile, char: str) -> bool:
    """Whether the font draws `char` as itself, not as its missing-glyph box."""
    loaded = font.load(PROBE_SIZE, basic=True)
    return _drawn(loaded, char) != _drawn(loaded, UNMAPPED)


def needs_glyph(char: str) -> bool:
    """Letters, digits, punctuation and spacing marks must be drawn; not spaces or controls."""
    return unicodedata.category(char)[0] in "LNP" or unicodedata.category(char) == "Mc"


def is_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] == "S"


def package_for(char: str) -> str:
    """The Debian package whose fonts have `char`."""
    name = unicodedata.name(char, "")
    return next((package for starts, package in PACKAGES if name.startswith(starts)), OTHER_PACKAGE)


def choose_font(text: str, fonts: list[FontFile]) -> FontFile:
    """The first font with every letter, digit and punctuation mark of `text`."""
    needed = list(dict.fromkeys(char for char in text if needs_glyph(char)))  # as written
    for font in fonts:
        if all(has_glyph(font, char) for char in needed):
            return font
    missing = "".join(c for c in needed if not any(has_glyph(font, c) for font in fonts))
    if not missing:  # each has a font, none has them all (Arabic and Chinese, say)
        raise FontProblem(
            f"no one font has all of {''.join(needed)!r} to draw its social card (a title "
            "is drawn in one font): set SOCIAL_CARD_FONTS to a font file that has them all"
        )
    packages = sorted({package_for(char) for char in missing})
    raise FontProblem(
        f"no font has the characters {missing!r} to draw its social card: install Debian's "
        f"{', '.join(packages)} (apt-get install {' '.join(packages)}), or set "
        "SOCIAL_CARD_FONTS to a font file that has them"
    )


def drawable(text: str, font: FontFile) -> str:
    """`text` less the symbols (emoji) the font lacks and the joiners they leave behind."""
    kept = "".join(c for c in text if not (is_symbol(c) and not has_glyph(font, c)))
    if kept != text:  # an emoji's zero-width joiners and variation selectors go with it
        kept = "".join(c for c in kept if c not in "\u200d\ufe0e\ufe0f")
    return " ".join(kept.split())


def needs_shaping(text: str) -> bool:
    """Right-to-left text or joined scripts: unreadable without libraqm."""
    return any(
        unicodedata.bidirectional(c) in ("R", "AL") or unicodedata.category(c) == "Mc" for c in text
    )


def in_language(font: FontFile, lang: str) -> FontFile:
    """The face of a collection for text in `lang` ("zh-TW"); other fonts as they are."""
    if font.path is None or not font.path.endswith(CJK_COLLECTION):
        return font
    lang = lang.lower().replace("_", "-")
    return replace(font, index=CJK_FACES.get(lang, CJK_FACES.get(lang.split("-")[0], 0)))
