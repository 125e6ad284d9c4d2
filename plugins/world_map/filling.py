"""Put the map where it belongs once every page and project has been read."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from pathlib import Path

from freelancekit.markup import link_prefix
from freelancekit.pelican_internals import raw_html, set_raw_html

from .markdown_ext import SLOT
from .portfolio import country_url
from .render import render_map

GEOMETRY = Path(__file__).with_name("geometry.json")
CONTENT_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
    "pages",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
    "draft_translations",
    "projects",
)


@functools.cache
def load_geometry(path: Path = GEOMETRY) -> dict:
    """The generated country shapes (see make_geometry.py), read once per process."""
    return json.loads(path.read_text(encoding="utf-8"))


def country_target(country: Mapping) -> str | None:
    """Where a country leads: its one project, or its page of projects and
    testimonials (portfolio/country/xx/). A testimonial of no project needs the page."""
    projects = country["projects"]
    own = [t for t in country.get("testimonials") or [] if not t.get("project_url")]
    if not projects and not own:
        return None
    if len(projects) == 1 and not own:
        return projects[0]["url"]
    return country_url(country["code"])


def linker(prefix: str) -> Callable[[Mapping], str | None]:
    """Links as the page that shows the map must write them (relative or absolute)."""

    def link(country: Mapping) -> str | None:
        target = country_target(country)
        return None if target is None else f"{prefix}/{target}"

    return link


def fill_maps(generators) -> None:
    """Render the map for the portfolio page and every `[WORLDMAP]` slot."""
    contents = []
    context = None
    for generator in generators:
        context = generator.context
        for name in CONTENT_LISTS:
            contents.extend(getattr(generator, name, []))
    countries = (context or {}).get("client_countries", [])
    settings = generators[0].settings
    index = next((p for p in contents if getattr(p, "template", "") == "portfolio"), None)
    cache: dict[str, str] = {}
    for content in dict.fromkeys(contents):
        slots = raw_html(content).count(SLOT)
        if not slots and content is not index:
            content.has_map = False
            continue
        prefix = link_prefix(content.save_as, settings)
        if prefix not in cache:
            cache[prefix] = render_map(load_geometry(), countries, linker(prefix))
        for number in range(1, slots + 1):
            markup = cache[prefix]
            if number > 1:
                markup = render_map(
                    load_geometry(), countries, linker(prefix), f"world-map-{number}"
                )
            set_raw_html(content, raw_html(content).replace(SLOT, markup, 1))
        if content is index:
            content.world_map = cache[prefix]
        content.has_map = True
