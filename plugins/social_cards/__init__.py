"""Social cards: each article without its own `Image:` gets a 1200x630 PNG of its
title and the site's name (card.py), used for og:image and twitter:image.

A card's file name is a hash of everything its pixels depend on (title, site
name, colours, font files, DRAWING_VERSION), drawn once into the cache folder
and copied to output/images/cards/ at the end of the build; an unchanged
article is not drawn again. Pages keep DEFAULT_SHARE_IMAGE (the owner's card).
Settings: SOCIAL_CARDS (True), SOCIAL_CARD_COLORS (None: the theme's light
scheme; {"background", "text", "accent"}), SOCIAL_CARD_FONTS (font files tried
first), SOCIAL_CARD_FONT_DIRS (None: the system's font folders),
SOCIAL_CARD_CACHE_PATH (default .cache/cards beside the content folder).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pelican import signals
from pelican.contents import Article

from freelancekit.output_files import copy_missing

from .card import ColorProblem, card_key, check_colors, draw_card
from .fonts import (
    FONT_DIRS,
    FontProblem,
    choose_font,
    drawable,
    find_fonts,
    has_raqm,
    needs_shaping,
)

__all__ = ["CardProblem", "card_for", "register"]

FOLDER = "images/cards"

logger = logging.getLogger(__name__)


class CardProblem(Exception):
    """A card that cannot be drawn readably: the message says what to install or set."""


def configure(pelican) -> None:
    settings = pelican.settings
    if not settings.get("SOCIAL_CARDS", True):
        return
    try:
        colors = check_colors(settings.get("SOCIAL_CARD_COLORS"))
    except ColorProblem as problem:
        logger.warning("%s", problem, extra={"problem_setting": "SOCIAL_CARD_COLORS"})
        return
    root = Path(settings["PATH"]).resolve().parent
    fonts = find_fonts(
        [str(root / path) for path in settings.get("SOCIAL_CARD_FONTS") or ()],
        settings.get("SOCIAL_CARD_FONT_DIRS") or FONT_DIRS,
    )
    for font in fonts[:-1]:
        if not Path(font.path).is_file():
            logger.warning(
                "SOCIAL_CARD_FONTS: %s is not a font file",
                font.path,
                extra={"problem_setting": "SOCIAL_CARD_FONTS"},
            )
            return
    cache = settings.get("SOCIAL_CARD_CACHE_PATH") or root / ".cache/cards"
    settings["_SOCIAL_CARDS"] = {
        "colors": colors,
        "fonts": fonts,
        "cache": Path(cache),
        "copies": {},  # site path -> cached card
    }


def card_for(title: str, site: str, state: dict) -> tuple[str, Path]:
    """(site path, cached PNG) of the card for `title`, drawn if the cache lacks it.
    Raises CardProblem."""
    try:
        title_font = choose_font(title, state["fonts"])
        site_font = choose_font(site, state["fonts"])
    except FontProblem as problem:
        raise CardProblem(str(problem)) from None
    title, site = drawable(title, title_font), drawable(site, site_font)
    if not has_raqm() and needs_shaping(title + site):
        raise CardProblem(
            "its social card needs Pillow's text layout (libraqm) to join and order "
            "right-to-left letters: install Debian's libfribidi0 (apt-get install libfribidi0)"
        )
    key = card_key(title, site, state["colors"], (title_font, site_font))
    cached = state["cache"] / f"{key}.png"
    if not cached.is_file():
        state["cache"].mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(draw_card(title, site, state["colors"], title_font, site_font))
        partial.replace(cached)  # another build never reads half a card
    return f"{FOLDER}/{cached.name}", cached


def add_card(content) -> None:
    """An article with no `Image:` of its own gets its card as its share image."""
    state = content.settings.get("_SOCIAL_CARDS")
    if not state or not isinstance(content, Article) or getattr(content, "image", None):
        return
    site = str(content.settings.get("SITENAME", ""))
    try:
        site_path, cached = card_for(str(content.title), site, state)
    except CardProblem as problem:
        logger.warning(
            "Title: %s",
            problem,
            extra={"problem_file": content.source_path, "problem_needle": "Title:"},
        )
        return
    state["copies"][site_path] = cached
    content.share_image = site_path
    content.share_image_alt = f"{content.title} · {site}" if site else str(content.title)


def copy_cards(pelican) -> None:
    """Put the cards the build's articles use into output/images/cards/."""
    state = pelican.settings.get("_SOCIAL_CARDS") or {}
    copy_missing(state.get("copies", {}), Path(pelican.settings["OUTPUT_PATH"]))


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(add_card)
    signals.finalized.connect(copy_cards)
