"""The world map as inline SVG: base land in one path, client countries on top.

Markup contract: `svg.world-map`; every highlighted country or marker is an
element with `data-country` (ISO alpha-2) and an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from markupsafe import escape

from .portfolio import country_label, summary

MARKER_RADIUS = 8
TIP_FONT = 13
TIP_CHAR = 7.4  # average glyph width at TIP_FONT, for sizing the tooltip box
NAME_CLASS = ' class="world-map__tip-name"'


def _tip(country: Mapping, point: list[float], width: float) -> str:
    """A tooltip box above the country (below it near the top edge), inside the map."""
    lines = [country["name"]]
    if country["note"]:
        lines.append(country["note"])
    if country["projects"]:
        count = len(country["projects"])
        lines.append(f"{count} portfolio project{'s' * (count != 1)}")
    box_w = max(len(line) for line in lines) * TIP_CHAR + 20
    box_h = len(lines) * (TIP_FONT + 5) + 12
    x = min(max(point[0] - box_w / 2, 4), width - box_w - 4)
    y = point[1] - box_h - MARKER_RADIUS - 6
    if y < 4:
        y = point[1] + MARKER_RADIUS + 6
    texts = "".join(
        f'<text x="{x + 10:.0f}" y="{y + 2 + (i + 1) * (TIP_FONT + 5):.0f}"'
        f"{NAME_CLASS if i == 0 else ''}>{escape(line)}</text>"
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="world-map__tip" aria-hidden="true">'
        f'<rect x="{x:.0f}" y="{y:.0f}" width="{box_w:.0f}" height="{box_h:.0f}" rx="6"/>'
        f"{texts}</g>"
    )


def _country(country: Mapping, shape: Mapping, href: str | None, width: float) -> str:
    code = country["code"]
    label = escape(country_label(country))
    drawing = "" if shape["small"] else f'<path d="{shape["d"]}"/>'
    if shape["small"]:
        x, y = shape["point"]
        drawing += f'<circle class="world-map__marker" cx="{x}" cy="{y}" r="{MARKER_RADIUS}"/>'
    inner = drawing + _tip(country, shape["point"], width)
    if href:
        return (
            f'<a class="world-map__country" href="{escape(href)}" data-country="{code}" '
            f'aria-label="{label}">{inner}</a>'
        )
    return (
        f'<g class="world-map__country" tabindex="0" role="img" data-country="{code}" '
        f'aria-label="{label}">{inner}</g>'
    )


def base_land(geometry: Mapping, highlighted: set[str]) -> str:
    """Every other country (and the unassigned areas) as one path: drawn once, cheap."""
    shapes = [
        shape["d"]
        for code, shape in sorted(geometry["countries"].items())
        if shape["d"] and (code not in highlighted or shape["small"])
    ]
    return "".join(shapes + list(geometry["unassigned"]))


def render_map(
    geometry: Mapping,
    countries: list[Mapping],
    link: Callable[[Mapping], str | None],
    map_id: str = "world-map",
) -> str:
    """The map figure: SVG, one-line summary and the plain list of countries."""
    width, height = geometry["width"], geometry["height"]
    shapes = geometry["countries"]
    on_top = sorted(countries, key=lambda c: shapes[c["code"]]["point"][1])  # north first
    line = summary(countries)
    clients = "".join(_country(c, shapes[c["code"]], link(c), width) for c in on_top)
    items = "".join(_list_item(c, link(c)) for c in countries)
    return (
        f'<figure class="world-map-figure" id="{map_id}">'
        f'<svg class="world-map" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="{map_id}-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{map_id}-title">Map of client countries: {escape(line)}</title>'
        f'<path class="world-map__sphere" d="{geometry["outline"]}"/>'
        f'<path class="world-map__land" d="{base_land(geometry, {c["code"] for c in countries})}"/>'
        f'<g class="world-map__clients">{clients}</g></svg>'
        f'<figcaption class="world-map__caption"><p class="world-map__summary">{escape(line)}</p>'
        f'<ul class="world-map__list">{items}</ul></figcaption></figure>'
    )


def _list_item(country: Mapping, href: str | None) -> str:
    name = escape(country["name"])
    shown = f'<a href="{escape(href)}">{name}</a>' if href else name
    note = (
        f' <span class="world-map__note">({escape(country["note"])})</span>'
        if country["note"]
        else ""
    )
    return f'<li data-country-item="{country["code"]}">{shown}{note}</li>'
