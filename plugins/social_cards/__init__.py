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

from freelancekit.forking import worker_count
from freelancekit.output_files import copy_missing

from .card import ColorProblem, check_colors
from .fonts import FONT_DIRS, find_fonts
from .making import FOLDER, CardProblem, card_for, draw_all, plan_card

__all__ = ["FOLDER", "CardProblem", "card_for", "register"]

# Forking a helper costs a few milliseconds; a card takes about ten to draw.
MINIMUM_PER_WORKER = 20

logger = logging.getLogger(__name__)


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
        "to_draw": {},  # site path -> Card the cache lacks
    }


def add_card(content) -> None:
    """An article with no `Image:` of its own gets its card as its share image."""
    state = content.settings.get("_SOCIAL_CARDS")
    title = getattr(content, "title", None)  # Pelican reports a missing one after this
    if (
        not state
        or not isinstance(content, Article)
        or not title
        or getattr(content, "image", None)
    ):
        return
    site = str(content.settings.get("SITENAME", ""))
    try:
        card = plan_card(str(title), site, state, getattr(content, "lang", "") or "")
    except CardProblem as problem:
        logger.warning(
            "Title: %s",
            problem,
            extra={"problem_file": content.source_path, "problem_needle": "Title:"},
        )
        return
    state["copies"][card.site_path] = card.cached
    if not card.cached.is_file():
        state["to_draw"][card.site_path] = card
    content.share_image = card.site_path
    content.share_image_alt = f"{title} · {site}" if site else str(title)


def draw_cards(generator) -> None:
    """Draw the cards the cache lacks once every article is read: on every CPU when
    there are many (BUILD_WORKERS), in this process with BUILD_ENGINE = False."""
    state = generator.settings.get("_SOCIAL_CARDS")
    if not state or not state["to_draw"]:
        return
    cards, state["to_draw"] = state["to_draw"], {}
    settings = generator.settings
    try:
        workers = worker_count(
            settings.get("BUILD_WORKERS"), os.cpu_count(), len(cards), MINIMUM_PER_WORKER
        )
    except ValueError:  # parallel_read and site_writer report the setting
        workers = 1
    draw_all(cards, state["colors"], workers if settings.get("BUILD_ENGINE", True) else 1)


def copy_cards(pelican) -> None:
    """Put the cards the build's articles use into output/images/cards/."""
    state = pelican.settings.get("_SOCIAL_CARDS") or {}
    copy_missing(state.get("copies", {}), Path(pelican.settings["OUTPUT_PATH"]))


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(add_card)
    signals.article_generator_finalized.connect(draw_cards)
    signals.finalized.connect(copy_cards)
