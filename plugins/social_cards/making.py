"""Which card an article gets, and drawing the ones the cache lacks (on every CPU)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from freelancekit.forking import Helper, can_fork, chunks

from .card import card_key, draw_card
from .fonts import (
    FontFile,
    FontProblem,
    choose_font,
    drawable,
    has_raqm,
    in_language,
    needs_shaping,
)

FOLDER = "images/cards"  # in output/


class CardProblem(Exception):
    """A card that cannot be drawn readably: the message says what to install or set."""


@dataclass(frozen=True)
class Card:
    """A card's place on the site and in the cache, and what to draw it from."""

    site_path: str
    cached: Path
    title: str
    site: str
    fonts: tuple[FontFile, FontFile]


def plan_card(title: str, site: str, state: dict, lang: str = "") -> Card:
    """The card for `title` (in language `lang`): its fonts chosen, its name the hash of
    what it shows. Raises CardProblem."""
    try:
        fonts = tuple(
            in_language(choose_font(text, state["fonts"]), lang) for text in (title, site)
        )
    except FontProblem as problem:
        raise CardProblem(str(problem)) from None
    title, site = drawable(title, fonts[0]), drawable(site, fonts[1])
    if not has_raqm() and needs_shaping(title + site):
        raise CardProblem(
            "its social card needs Pillow's text layout (libraqm) to join and order "
            "right-to-left letters: install Debian's libfribidi0 (apt-get install libfribidi0)"
        )
    key = card_key(title, site, state["colors"], fonts)
    return Card(f"{FOLDER}/{key}.png", Path(state["cache"]) / f"{key}.png", title, site, fonts)


def draw(card: Card, colors: dict) -> bool:
    """Write the card into the cache unless it is there; True."""
    if not card.cached.is_file():
        card.cached.parent.mkdir(parents=True, exist_ok=True)
        partial = card.cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(draw_card(card.title, card.site, colors, *card.fonts))
        partial.replace(card.cached)  # another build never reads half a card
    return True


def card_for(title: str, site: str, state: dict) -> tuple[str, Path]:
    """(site path, cached PNG) of the card for `title`, drawn now if the cache lacks it."""
    card = plan_card(title, site, state)
    draw(card, state["colors"])
    return card.site_path, card.cached


def draw_all(cards: dict[str, Card], colors: dict, workers: int) -> None:
    """Draw `cards` ({site path: card}), a run of them in each of `workers` processes."""
    paths = sorted(cards)
    runs = chunks(paths, workers) if workers > 1 and can_fork() else [paths]

    def work(path: str) -> bool:
        return draw(cards[path], colors)

    helpers = [Helper(run, work) for run in runs[1:]]
    try:
        for path in runs[0]:
            work(path)
        for helper, run in zip(helpers, runs[1:], strict=True):
            done = helper.results()
            for path in run:
                if path not in done:  # the helper failed or died: draw it here
                    work(path)
    finally:
        for helper in helpers:
            helper.close()
