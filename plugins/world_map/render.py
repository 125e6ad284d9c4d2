"""The world map as inline SVG: base land in one path, client countries on top.

Markup contract: `svg.world-map`; every highlighted country or marker is an
element with `data-country` (ISO alpha-2) and an accessible name. Crowded
countries are also in a close-up (`svg.world-map-closeup`) under the map, with
`data-country` and a name there too; site.css shows it on narrow screens only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from markupsafe import escape

from .legibility import DOT, layout, piece_boxes
from .portfolio import country_label, counts, summary

SVG_NS = "http://www.w3.org/2000/svg"
# Radii in map units, for a map 1000 px wide: site.css scales them up on narrower
# maps so that the target stays at least 24 px round and the dot about 10 px.
DOT_RADIUS = 5
TARGET_RADIUS = 12
# A close-up is CLOSEUP_UNITS wide (site.css: --map-u is CLOSEUP_UNITS / 1000): a
# close-up is about a third as wide as a map, and its tooltips stay as legible.
CLOSEUP_UNITS = 300
TIP_FONT = 13
TIP_CHAR = 7.4  # average glyph width at TIP_FONT, for sizing the tooltip box
TIP_NAME_CHAR = 8.2  # the same, for the name in bold
NAME_CLASS = ' class="world-map__tip-name"'


def _tip(country: Mapping, point: Sequence[float], width: float) -> str:
    """A tooltip box above the country (below it near the top edge), inside the map."""
    lines = [country["name"]]
    if country["note"]:
        lines.append(country["note"])
    lines += counts(country)
    box_w = max(len(lines[0]) * TIP_NAME_CHAR, *(len(line) * TIP_CHAR for line in lines)) + 20
    box_h = len(lines) * (TIP_FONT + 5) + 12
    x = min(max(point[0] - box_w / 2, 4), width - box_w - 4)
    y = point[1] - box_h - TARGET_RADIUS - 2
    if y < 4:
        y = point[1] + TARGET_RADIUS + 2
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


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _markers(point: Sequence[float], kind: str | None, narrow_only: bool = False) -> str:
    """A visible dot (DOT), and a round target that shows as the focus ring (DOT, TARGET)."""
    if kind is None:
        return ""
    x, y = _number(point[0]), _number(point[1])
    modifier = " world-map__marker--narrow" * narrow_only
    dot = f'<circle class="world-map__marker{modifier}" cx="{x}" cy="{y}" r="{DOT_RADIUS}"/>'
    target = f'<circle class="world-map__target" cx="{x}" cy="{y}" r="{TARGET_RADIUS}"/>'
    return (dot if kind == DOT else "") + target


def _element(country: Mapping, href: str | None, inner: str, modifier: str = "") -> str:
    """A country as a link (or, without projects, a focusable image) with its name."""
    code = country["code"]
    label = escape(country_label(country))
    classes = f"world-map__country{modifier}"
    if href:
        return (
            f'<a class="{classes}" href="{escape(href)}" data-country="{code}" '
            f'aria-label="{label}">{inner}</a>'
        )
    return (
        f'<g class="{classes}" tabindex="0" role="img" data-country="{code}" '
        f'aria-label="{label}">{inner}</g>'
    )


def shape_id(map_id: str, code: str) -> str:
    """The id of a client country's path, which its close-up draws again with <use>."""
    return f"{map_id}-shape-{code.lower()}"


def base_land(geometry: Mapping, highlighted: set[str]) -> str:
    """Every other country (and the unassigned areas) as one path: drawn once, cheap."""
    shapes = [
        shape["d"]
        for code, shape in sorted(geometry["countries"].items())
        if shape["d"] and code not in highlighted
    ]
    return "".join(shapes + list(geometry["unassigned"]))


def _crowded_layer(shapes: Mapping, closeups: list[dict], map_id: str) -> str:
    """Crowded countries drawn again, inert, and a frame round each close-up's region:
    what the map shows of them on narrow screens, where they are reached in the close-up."""
    uses = "".join(
        f'<use href="#{shape_id(map_id, code)}"/>'
        for closeup in closeups
        for code in closeup["codes"]
        if shapes[code]["d"]
    )
    frames = "".join(
        f'<rect class="world-map__frame" x="{x0:.0f}" y="{y0:.0f}" '
        f'width="{x1 - x0:.0f}" height="{y1 - y0:.0f}" rx="3"/>'
        for x0, y0, x1, y1 in (closeup["region"] for closeup in closeups)
    )
    return f'<g class="world-map__crowded" aria-hidden="true">{uses}{frames}</g>'


def _others(shapes: Mapping, countries: list[Mapping], closeup: dict, map_id: str) -> str:
    """The other client countries that show in a close-up's region, inert."""
    return "".join(
        f'<use href="#{shape_id(map_id, c["code"])}"/>'
        for c in countries
        if c["code"] not in closeup["codes"]
        and any(_overlap(box, closeup["region"]) for box in piece_boxes(shapes[c["code"]]["d"]))
    )


def _closeup(
    geometry: Mapping,
    closeup: dict,
    countries: list[Mapping],
    link: Callable[[Mapping], str | None],
    map_id: str,
    number: int,
) -> str:
    """One close-up: the region's land, other clients inert, the crowded ones reachable."""
    width, shapes = CLOSEUP_UNITS, geometry["countries"]
    x0, y0, x1, y1 = closeup["region"]
    zoom = width / (x1 - x0)
    height = round((y1 - y0) * zoom)
    place = f"scale({zoom:.4g}) translate({-x0:.1f} {-y0:.1f})"
    svg_id = f"{map_id}-closeup-{number}"
    members = sorted(
        (c for c in countries if c["code"] in closeup["codes"]),
        key=lambda c: shapes[c["code"]]["point"][1],
    )
    drawn = []
    for country in members:
        code, shape = country["code"], shapes[country["code"]]
        point = ((shape["point"][0] - x0) * zoom, (shape["point"][1] - y0) * zoom)
        use = f'<use href="#{shape_id(map_id, code)}" transform="{place}"/>' if shape["d"] else ""
        inner = use + _markers(point, closeup["kinds"][code]) + _tip(country, point, width)
        drawn.append(_element(country, link(country), inner))
    return (
        f'<div class="world-map__closeup"><svg class="world-map-closeup" '
        f'viewBox="0 0 {width} {height}" role="group" aria-labelledby="{svg_id}-title" '
        f'xmlns="{SVG_NS}">'
        f'<title id="{svg_id}-title">Close-up: {escape(_and([c["name"] for c in members]))}</title>'
        f'<rect class="world-map__sea" width="{width}" height="{height}"/>'
        f'<g class="world-map__others" transform="{place}"><use href="#{map_id}-land"/>'
        f"{_others(shapes, countries, closeup, map_id)}</g>"
        f'<g class="world-map__clients">{"".join(drawn)}</g></svg></div>'
    )


def _overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _world_clients(
    geometry: Mapping, countries: list[Mapping], plan: dict, link: Callable, map_id: str
) -> str:
    """The client countries on the world map, marked ones last and north first: a dot
    is never under a larger neighbour."""
    shapes, markers = geometry["countries"], plan["markers"]
    crowded = {code for closeup in plan["closeups"] for code in closeup["codes"]}
    drawn = []
    for country in sorted(
        countries, key=lambda c: (bool(markers[c["code"]]["kind"]), shapes[c["code"]]["point"][1])
    ):
        code, shape, marker = country["code"], shapes[country["code"]], markers[country["code"]]
        path = f'<path id="{shape_id(map_id, code)}" d="{shape["d"]}"/>' if shape["d"] else ""
        inner = (
            path
            + _markers(shape["point"], marker["kind"], marker["narrow_only"])
            + _tip(country, shape["point"], geometry["width"])
        )
        modifier = " world-map__country--crowded" * (code in crowded)
        drawn.append(_element(country, link(country), inner, modifier))
    return "".join(drawn)


def render_map(
    geometry: Mapping,
    countries: list[Mapping],
    link: Callable[[Mapping], str | None],
    map_id: str = "world-map",
) -> str:
    """The map figure: SVG, close-ups of crowded countries, one-line summary, plain list."""
    width, height = geometry["width"], geometry["height"]
    shapes = geometry["countries"]
    plan = layout(shapes, [c["code"] for c in countries], width)
    closeups = plan["closeups"]
    zoomed = "".join(
        _closeup(geometry, closeup, countries, link, map_id, number)
        for number, closeup in enumerate(closeups, 1)
    )
    if zoomed:
        zoomed = f'<div class="world-map__closeups">{zoomed}</div>'
    line = summary(countries)
    highlighted = {c["code"] for c in countries}
    return (
        f'<figure class="world-map-figure" id="{map_id}">'
        f'<svg class="world-map" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="{map_id}-title" xmlns="{SVG_NS}">'
        f'<title id="{map_id}-title">Map of client countries: {escape(line)}</title>'
        f'<path class="world-map__sphere" d="{geometry["outline"]}"/>'
        f'<path class="world-map__land" id="{map_id}-land" d="{base_land(geometry, highlighted)}"/>'
        f"{_crowded_layer(shapes, closeups, map_id) if closeups else ''}"
        f'<g class="world-map__clients">{_world_clients(geometry, countries, plan, link, map_id)}'
        f"</g></svg>"
        f"{zoomed}"
        f'<figcaption class="world-map__caption"><p class="world-map__summary">{escape(line)}</p>'
        f'<ul class="world-map__list">{"".join(_list_item(c, link(c)) for c in countries)}</ul>'
        f"</figcaption></figure>"
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


# The teaser's colours: site.css's --card, --line and --acc, light and dark (an SVG
# shown as an image cannot read the page's custom properties). Chromium matches its
# media query to the <img>'s color-scheme: the reader's choice of scheme, too.
TEASER_STYLE = (
    ".s{fill:#fffcf6;stroke:#ddd3c4}.l{fill:#ddd3c4}.c{fill:#0f4c5c}"
    "@media (prefers-color-scheme:dark){.s{fill:#1b252b;stroke:#2f3d44}.l{fill:#2f3d44}"
    ".c{fill:#7fcfdc}}"
)


def render_teaser(geometry: Mapping, countries: list[Mapping]) -> str:
    """The map as a picture (an SVG file of its own): land, and the client countries
    with a dot on those too small to see. No links or tooltips: the home page shows
    it as one image that leads to the portfolio."""
    width, height = geometry["width"], geometry["height"]
    shapes = geometry["countries"]
    plan = layout(shapes, [c["code"] for c in countries], width)
    highlighted = {c["code"] for c in countries}
    clients = []
    for country in countries:
        shape, marker = shapes[country["code"]], plan["markers"][country["code"]]
        if shape["d"]:
            clients.append(f'<path d="{shape["d"]}"/>')
        if marker["kind"]:
            x, y = (_number(v) for v in shape["point"])
            clients.append(f'<circle cx="{x}" cy="{y}" r="{DOT_RADIUS * 1.6:g}"/>')
    return (
        f'<svg xmlns="{SVG_NS}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}"><style>{TEASER_STYLE}</style>'
        f'<path class="s" d="{geometry["outline"]}"/>'
        f'<path class="l" d="{base_land(geometry, highlighted)}"/>'
        f'<g class="c">{"".join(clients)}</g></svg>'
    )
