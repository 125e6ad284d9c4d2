"""The site owner's default share image and favicons, drawn from their name and tagline.

`invoke init` writes what these functions return; they take strings and return
bytes or text, and read nothing but the system's fonts.
"""

import io
import unicodedata
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import regex
from PIL import Image, ImageDraw, ImageFont

# The theme's colours, copied from the custom properties in theme/static/css/site.css.
ACCENT = "#0f4c5c"  # --acc (light scheme)
ON_ACCENT = "#ffffff"  # --on-acc (light scheme)
TINT = "#e2ecea"  # --tint (light scheme)
ACCENT_LIGHT = "#7fcfdc"  # --acc (dark scheme): the accent that reads on a dark ground
BACKGROUND = "#f6f1e9"  # --bg (light scheme)
TEXT = "#1d2629"  # --text (light scheme)
# The same system stack as --sans, for the SVG favicon.
SANS_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

SHARE_SIZE = (1200, 630)
APPLE_TOUCH_SIZE = 180
ICO_SIZES = (16, 32, 48)

# System sans fonts, best first; Pillow's bundled font when none is installed.
FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "bold": ("dejavu/DejaVuSans-Bold.ttf", "liberation/LiberationSans-Bold.ttf"),
    "regular": ("dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf"),
}

# Share card layout, in pixels. The name gets what the tagline leaves of the height.
MARGIN_X, MARGIN_Y = 96, 72
RULE_WIDTH, RULE_HEIGHT, RULE_GAP = 96, 6, 40
TAGLINE_GAP = 28
NAME_SIZES = range(88, 43, -4)
NAME_LINE_HEIGHT, NAME_MAX_LINES = 1.15, 3
TAGLINE_SIZES = range(40, 25, -2)
TAGLINE_LINE_HEIGHT, TAGLINE_MAX_LINES = 1.4, 3
ELLIPSIS = "…"

# Icon design on a 64-unit square, shared by the SVG and the bitmaps.
ICON_UNITS = 64
ICON_RADIUS = 14
ICON_FONT_SIZE = {1: 34, 2: 27}
ICON_MAX_TEXT_WIDTH = 50
SUPERSAMPLE = 4


def _graphemes(text: str) -> list[str]:
    return regex.findall(r"\X", text)


def _is_letter(char: str) -> bool:
    return unicodedata.category(char).startswith("L")


def _first_letter(word: str) -> str | None:
    """The word's first grapheme cluster that holds a letter, in title case, or None."""
    for cluster in _graphemes(word):
        if not any(_is_letter(c) for c in cluster):
            continue
        # Drop what precedes the letter inside the cluster (prepended signs).
        while not _is_letter(cluster[0]):
            cluster = cluster[1:]
        # Title case is the form for a word's first letter (ǆ -> ǅ, Georgian stays
        # as written); keep the letter as written when casing would split it (ß -> Ss).
        titled = unicodedata.normalize("NFC", cluster.title())
        return titled if len(_graphemes(titled)) == 1 else cluster
    return None


def initials(name: str) -> str:
    """One or two letters for the icon: the first letters of the first and last words."""
    letters = [
        letter
        for word in unicodedata.normalize("NFC", name).split()
        if (letter := _first_letter(word)) is not None
    ]
    if not letters:
        raise ValueError(f"the name {name!r} has no letters to make initials from")
    return letters[0] if len(letters) == 1 else letters[0] + letters[-1]


@lru_cache(maxsize=64)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for relative in FONTS[weight]:
        path = FONT_DIR / relative
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _wrap(words: list[str], font, width: int) -> list[str]:
    """Greedy word wrap; a word wider than the line gets a line of its own."""
    lines: list[str] = []
    for word in words:
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _with_ellipsis(text: str, font, width: int) -> str:
    """The text cut to fit the width, ending in an ellipsis: at a word if possible."""
    words = text.split()
    while len(words) > 1 and font.getlength(" ".join(words) + ELLIPSIS) > width:
        words.pop()
    clusters = _graphemes(" ".join(words))
    while clusters and font.getlength("".join(clusters) + ELLIPSIS) > width:
        clusters.pop()
    return "".join(clusters).rstrip(" ,;:.-–—") + ELLIPSIS


def _fit(text: str, weight: str, sizes: range, line_height: float, max_lines: int, box):
    """The largest font and its lines that fit the box; an ellipsis only at the smallest size."""
    width, height = box
    words = text.split()
    for size in sizes:
        font = _font(weight, size)
        lines = _wrap(words, font, width)
        if (
            len(lines) <= max_lines
            and _block_height(font, lines, line_height) <= height
            and all(font.getlength(line) <= width for line in lines)
        ):
            return font, lines
    rows = min(max_lines, len(lines))
    while rows > 1 and _block_height(font, lines[:rows], line_height) > height:
        rows -= 1
    kept = [
        line if font.getlength(line) <= width else _with_ellipsis(line, font, width)
        for line in lines[:rows]
    ]
    if rows < len(lines):
        kept[-1] = _with_ellipsis(lines[rows - 1], font, width)
    return font, kept


def _block_height(font, lines: list[str], line_height: float) -> int:
    if not lines:
        return 0
    ascent, descent = font.getmetrics()
    return round(ascent + descent + (len(lines) - 1) * font.size * line_height)


def _draw_lines(draw, top: int, font, lines: list[str], line_height: float, fill: str) -> None:
    ascent, _ = font.getmetrics()
    for i, line in enumerate(lines):
        baseline = top + ascent + round(i * font.size * line_height)
        draw.text((MARGIN_X, baseline), line, font=font, fill=fill, anchor="ls")


def _png(image: Image.Image) -> bytes:
    # No pnginfo: Pillow writes no timestamp, so the same image gives the same bytes.
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def share_image(name: str, tagline: str | None) -> bytes:
    """A 1200x630 PNG card: the name large on the accent colour, the tagline below."""
    if not name.strip():
        raise ValueError("the name for the share image is empty")
    width, height = SHARE_SIZE
    text_width = width - 2 * MARGIN_X
    text_height = height - 2 * MARGIN_Y - RULE_HEIGHT - RULE_GAP
    tag_font, tag_lines = _font("regular", TAGLINE_SIZES[0]), []
    if tagline and tagline.strip():
        tag_box = (text_width, text_height // 2)
        tag_font, tag_lines = _fit(
            tagline, "regular", TAGLINE_SIZES, TAGLINE_LINE_HEIGHT, TAGLINE_MAX_LINES, tag_box
        )
    tag_height = _block_height(tag_font, tag_lines, TAGLINE_LINE_HEIGHT)
    name_box = (text_width, text_height - (tag_height + TAGLINE_GAP if tag_lines else 0))
    name_font, name_lines = _fit(
        name, "bold", NAME_SIZES, NAME_LINE_HEIGHT, NAME_MAX_LINES, name_box
    )
    name_height = _block_height(name_font, name_lines, NAME_LINE_HEIGHT)

    block = RULE_HEIGHT + RULE_GAP + name_height + (TAGLINE_GAP + tag_height if tag_lines else 0)
    top = (height - block) // 2
    image = Image.new("RGB", SHARE_SIZE, ACCENT)
    draw = ImageDraw.Draw(image)
    draw.rectangle((MARGIN_X, top, MARGIN_X + RULE_WIDTH - 1, top + RULE_HEIGHT - 1), ACCENT_LIGHT)
    top += RULE_HEIGHT + RULE_GAP
    _draw_lines(draw, top, name_font, name_lines, NAME_LINE_HEIGHT, ON_ACCENT)
    top += name_height + TAGLINE_GAP
    _draw_lines(draw, top, tag_font, tag_lines, TAGLINE_LINE_HEIGHT, TINT)
    return _png(image)


def favicon_svg(name: str) -> str:
    """A 64x64 SVG icon: the initials in white on a rounded accent square."""
    letters = initials(name)
    font_size = ICON_FONT_SIZE[min(2, len(_graphemes(letters)))]
    half = str(ICON_UNITS // 2)
    svg = ET.Element(
        "svg", xmlns="http://www.w3.org/2000/svg", viewBox=f"0 0 {ICON_UNITS} {ICON_UNITS}"
    )
    ET.SubElement(
        svg, "rect", width=str(ICON_UNITS), height=str(ICON_UNITS), rx=str(ICON_RADIUS), fill=ACCENT
    )
    text = ET.SubElement(
        svg,
        "text",
        {
            "x": half,
            "y": half,
            "dy": ".35em",
            "text-anchor": "middle",
            "font-family": SANS_STACK,
            "font-size": str(font_size),
            "font-weight": "700",
            "fill": ON_ACCENT,
        },
    )
    text.text = letters
    return ET.tostring(svg, encoding="unicode")


def _icon(name: str, size: int, rounded: bool) -> Image.Image:
    """The icon at `size` pixels, drawn larger and scaled down for smooth edges."""
    letters = initials(name)
    scale = size * SUPERSAMPLE / ICON_UNITS
    big = round(ICON_UNITS * scale)
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0) if rounded else ACCENT)
    draw = ImageDraw.Draw(image)
    if rounded:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), round(ICON_RADIUS * scale), ACCENT)
    font_size = round(ICON_FONT_SIZE[min(2, len(_graphemes(letters)))] * scale)
    font = _font("bold", font_size)
    while font_size > 1 and font.getlength(letters) > ICON_MAX_TEXT_WIDTH * scale:
        font_size -= 1
        font = _font("bold", font_size)
    # Centre the ink, not the line box, so capitals sit in the optical middle.
    left, top, right, bottom = draw.textbbox((0, 0), letters, font=font, anchor="ls")
    origin = ((big - left - right) / 2, (big - top - bottom) / 2)
    draw.text(origin, letters, font=font, fill=ON_ACCENT, anchor="ls")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def favicon_ico(name: str) -> bytes:
    """An ICO holding the icon at 16, 32 and 48 pixels, each drawn at its own size."""
    images = [_icon(name, size, rounded=True) for size in ICO_SIZES]
    buffer = io.BytesIO()
    images[-1].save(
        buffer,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    return buffer.getvalue()


def apple_touch_icon(name: str) -> bytes:
    """A 180x180 opaque PNG: iOS rounds the corners itself and shows black through alpha."""
    return _png(_icon(name, APPLE_TOUCH_SIZE, rounded=False).convert("RGB"))
