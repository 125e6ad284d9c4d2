"""One social card: 1200x630, the title large, the site name small, the owner's colours.

    +--+--------------------------------------------+
    |  |  The article's title, as large as fits,    |
    |  |  in at most four lines                     |
    |  |                                            |
    |  |  ----                                      |
    |  |  Site name                                 |
    +--+--------------------------------------------+

The band and the rule are the accent colour, the title the text colour on the
background: the theme's light scheme (freelancekit.brand), or SOCIAL_CARD_COLORS.
Right-to-left titles are set from the right edge, the band on that side too.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass

from PIL import Image, ImageColor, ImageDraw, ImageFont

from freelancekit import brand

from .fonts import FontFile, has_raqm
from .layout import direction, ellipsize, fit

# Bump when the drawing below changes: every cached card is then drawn again.
DRAWING_VERSION = 2

SIZE = WIDTH, HEIGHT = brand.SHARE_SIZE
BAND = 24  # the accent band along the side the text starts from
MARGIN = 80  # between the band or the edge and any text
TOP = 72
TITLE_SIZES = tuple(range(76, 43, -4))
TITLE_LINE_HEIGHT = 1.2
TITLE_MAX_LINES = 4
SITE_SIZE = 34
RULE = (72, 6)  # the accent rule above the site name
RULE_GAP = 24
TEXT_WIDTH = WIDTH - BAND - 2 * MARGIN
# The text and the site name must read: WCAG's ratio for text.
MIN_CONTRAST = 4.5

INKS = ("text", "accent")  # the palette's two runs of shades, in this order
LEVELS = 128  # shades of each ink over the background: more than antialiasing shows

DEFAULT_COLORS = {"background": brand.BACKGROUND, "text": brand.TEXT, "accent": brand.ACCENT}
HEX = re.compile(r"#[0-9a-fA-F]{6}")


class ColorProblem(ValueError):
    """SOCIAL_CARD_COLORS is not three readable colours."""


@dataclass(frozen=True)
class Line:
    """One line of text to draw: where its baseline starts (or ends, right-anchored)."""

    text: str
    font: ImageFont.FreeTypeFont
    xy: tuple[int, int]
    anchor: str
    ink: str  # "text" or "accent"
    direction: str


def luminance(color: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def check_colors(value) -> dict[str, str]:
    """SOCIAL_CARD_COLORS (None: the theme's) as three "#rrggbb" that read on each other."""
    colors = {**DEFAULT_COLORS, **value} if isinstance(value, dict) else DEFAULT_COLORS
    if (value is not None and not isinstance(value, dict)) or set(colors) != set(DEFAULT_COLORS):
        raise ColorProblem(
            f"SOCIAL_CARD_COLORS {value!r}: write a dict with the keys background, text "
            "and accent, each a colour such as '#0f4c5c'"
        )
    for key, color in colors.items():
        if not isinstance(color, str) or not HEX.fullmatch(color):
            raise ColorProblem(
                f"SOCIAL_CARD_COLORS[{key!r}] is {color!r}: write a colour as '#rrggbb'"
            )
    for key in ("text", "accent"):
        ratio = contrast(colors[key], colors["background"])
        if ratio < MIN_CONTRAST:
            raise ColorProblem(
                f"SOCIAL_CARD_COLORS: the {key} {colors[key]} on the background "
                f"{colors['background']} has a contrast of {ratio:.1f}, under "
                f"{MIN_CONTRAST}: choose a darker or lighter one"
            )
    return {key: color.lower() for key, color in colors.items()}


def card_key(title: str, site: str, colors: dict, fonts: tuple[FontFile, FontFile]) -> str:
    """A hash of everything the card's pixels depend on: its file name in cache and output."""
    parts = [DRAWING_VERSION, title, site, colors, [f.identity() for f in fonts], has_raqm()]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]


def card_lines(title: str, site: str, title_font: FontFile, site_font: FontFile) -> list[Line]:
    """What the card draws: the title's lines at its fitted size, then the site name."""
    lines: list[Line] = []
    if title:
        fitted = fit(
            title,
            lambda size: title_font.load(size).getlength,
            TITLE_SIZES,
            TEXT_WIDTH,
            TITLE_MAX_LINES,
        )
        font = title_font.load(fitted.size)
        ascent = font.getmetrics()[0]
        step = round(fitted.size * TITLE_LINE_HEIGHT)
        for number, text in enumerate(fitted.lines):
            lines.append(_line(text, font, TOP + ascent + number * step, "text", direction(title)))
    font = site_font.load(SITE_SIZE)
    name = ellipsize(site, font.getlength, TEXT_WIDTH)
    lines.append(_line(name, font, HEIGHT - TOP, "accent", direction(site)))
    return lines


def _line(text: str, font, baseline: int, ink: str, way: str) -> Line:
    """A line set from the left edge, or from the right for right-to-left text."""
    start = WIDTH - BAND - MARGIN if way == "rtl" else BAND + MARGIN
    return Line(text, font, (start, baseline), "rs" if way == "rtl" else "ls", ink, way)


def _palette(colors: dict) -> list[int]:
    """LEVELS shades from the background to the text colour, then to the accent."""
    ground = ImageColor.getrgb(colors["background"])
    flat: list[int] = []
    for role in INKS:
        ink = ImageColor.getrgb(colors[role])
        for level in range(LEVELS):
            flat += [
                round(g + (i - g) * level / (LEVELS - 1)) for g, i in zip(ground, ink, strict=True)
            ]
    return flat


def draw_card(
    title: str, site: str, colors: dict, title_font: FontFile, site_font: FontFile
) -> bytes:
    """The card as PNG bytes: the same inputs give the same bytes."""
    # A palette image, drawn as indexes: 0 to LEVELS - 1 are the text colour's shades
    # over the background (what antialiasing with fill=LEVELS - 1 gives), LEVELS to
    # 2 * LEVELS - 1 the accent's. Exact colours, and a PNG four times smaller than RGB.
    full = LEVELS - 1
    indexes = Image.new("L", SIZE)
    draw = ImageDraw.Draw(indexes)
    lines = card_lines(title, site, title_font, site_font)
    band_x = WIDTH - BAND if lines[0].anchor == "rs" else 0
    draw.rectangle((band_x, 0, band_x + BAND - 1, HEIGHT - 1), LEVELS + full)
    *title_lines, site_line = lines
    rule_top = site_line.xy[1] - site_line.font.getmetrics()[0] - RULE_GAP - RULE[1]
    rule_x = site_line.xy[0] - RULE[0] if site_line.anchor == "rs" else site_line.xy[0]
    draw.rectangle((rule_x, rule_top, rule_x + RULE[0] - 1, rule_top + RULE[1] - 1), LEVELS + full)
    for line in title_lines:
        draw.text(
            line.xy, line.text, font=line.font, fill=full, anchor=line.anchor, **_shaping(line)
        )
    # The site name in accent shades: drawn apart, moved up the palette, pasted where inked.
    box = draw.textbbox(site_line.xy, site_line.text, font=site_line.font, anchor=site_line.anchor)
    box = (max(0, box[0]), max(0, box[1]), min(WIDTH, box[2]), min(HEIGHT, box[3]))
    if box[2] > box[0] and box[3] > box[1]:
        ink = Image.new("L", (box[2] - box[0], box[3] - box[1]))
        at = (site_line.xy[0] - box[0], site_line.xy[1] - box[1])
        ImageDraw.Draw(ink).text(
            at,
            site_line.text,
            font=site_line.font,
            fill=full,
            anchor=site_line.anchor,
            **_shaping(site_line),
        )
        shades = ink.point([LEVELS + v if v else 0 for v in range(256)])
        indexes.paste(shades, box[:2], ink.point([255 if v else 0 for v in range(256)]))
    card = Image.frombytes("P", SIZE, indexes.tobytes())
    card.putpalette(_palette(colors))
    buffer = io.BytesIO()
    card.save(buffer, format="PNG", compress_level=3)  # 9 is 50x slower for 13% less
    return buffer.getvalue()


def _shaping(line: Line) -> dict:
    """Pillow's direction argument, which only its raqm layout takes."""
    return {"direction": line.direction} if has_raqm() else {}
