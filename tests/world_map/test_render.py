"""The map markup: valid XML, every country drawable, links and names where promised."""

import xml.etree.ElementTree as ET

import pycountry
from hypothesis import given
from hypothesis import strategies as st

from world_map.continents import continent_of
from world_map.countries import country_name
from world_map.filling import country_target, linker, load_geometry
from world_map.portfolio import client_country
from world_map.render import render_map

SVG = "{http://www.w3.org/2000/svg}"


def country(code, note="", projects=(), testimonials=()):
    return {
        "code": code,
        "name": country_name(code),
        "continent": continent_of(code),
        "note": note,
        "projects": list(projects),
        "testimonials": list(testimonials),
    }


def parse(markup):
    return ET.fromstring(markup)


def test_every_iso_country_is_drawable_when_highlighted():
    codes = sorted(c.alpha_2 for c in pycountry.countries)
    figure = parse(render_map(load_geometry(), [country(c) for c in codes], lambda c: None))
    svg = figure.find(f"{SVG}svg")
    assert svg.get("class") == "world-map"
    found = {}
    for element in svg.iter():
        if element.get("data-country"):
            found[element.get("data-country")] = element
    assert sorted(found) == codes
    for code, element in found.items():
        assert element.get("aria-label").startswith(country_name(code))
        shapes = [e for e in element if e.tag in {f"{SVG}path", f"{SVG}circle"}]
        assert shapes, code
        assert all(e.get("d") or e.tag == f"{SVG}circle" for e in shapes), code


FIXTURE_CLIENTS = ["IN", "CN", "SG", "CA", "DE", "GB", "FR", "IL", "NZ", "AU", "BR", "PA", "AI"]


def on_the_map(figure) -> dict:
    svg = figure.find(f"{SVG}svg")
    return {e.get("data-country"): e for e in svg.iter() if e.get("data-country")}


def circles(element) -> set[str]:
    return {c.get("class") for c in element.findall(f"{SVG}circle")}


def test_slivers_and_specks_get_a_named_marker_and_large_countries_none():
    clients = [country(c, projects=[{"url": f"portfolio/{c}/"}]) for c in FIXTURE_CLIENTS]
    by_code = on_the_map(parse(render_map(load_geometry(), clients, linker(".."))))
    assert sorted(by_code) == sorted(FIXTURE_CLIENTS)  # data-country kept on every one
    for code in ("IL", "PA", "SG", "AI"):
        element = by_code[code]
        assert circles(element) == {"world-map__marker", "world-map__target"}, code
        assert element.get("aria-label") == country_name(code) + " (1 portfolio project)"
        assert element.get("href") == f"../portfolio/{code}/"
    for code in ("IN", "CN", "CA", "AU", "BR"):
        assert not circles(by_code[code]), code
    # Germany is a speck on a phone, a shape on a laptop: its dot shows on narrow maps only.
    assert by_code["DE"].find(f"{SVG}circle").get("class").endswith("--narrow")


def test_crowded_countries_are_reachable_in_a_close_up():
    clients = [country(c, projects=[{"url": f"portfolio/{c}/"}]) for c in FIXTURE_CLIENTS]
    figure = parse(render_map(load_geometry(), clients, linker("..")))
    main = on_the_map(figure)
    closeups = figure.findall(f".//{SVG}svg[@class='world-map-closeup']")
    titles = [c.find(f"{SVG}title").text for c in closeups]
    assert titles == [
        "Close-up: Anguilla and Panama",
        "Close-up: United Kingdom, Germany and France",
    ]
    for closeup, codes in zip(closeups, [{"AI", "PA"}, {"GB", "DE", "FR"}], strict=True):
        members = {e.get("data-country"): e for e in closeup.iter() if e.get("data-country")}
        assert set(members) == codes
        for code, element in members.items():
            assert element.get("aria-label") == main[code].get("aria-label")
            assert element.get("href") == main[code].get("href")
            assert main[code].get("class") == "world-map__country world-map__country--crowded"
    ids = {e.get("id") for e in figure.iter() if e.get("id")}
    used = {e.get("href") for e in figure.iter(f"{SVG}use")}
    assert used and {href.removeprefix("#") for href in used} <= ids


def test_links_lead_to_the_country_projects():
    one = country("AI", projects=[{"url": "portfolio/villas/"}])
    two = country("IN", projects=[{"url": "portfolio/a/"}, {"url": "portfolio/b/"}])
    none = country("FR")
    quoted = country("CA", testimonials=[{"project_url": ""}])  # a testimonial of no project
    own_quote = country(
        "GB", projects=[{"url": "portfolio/c/"}], testimonials=[{"project_url": "x"}]
    )
    link = linker("..")
    assert link(one) == "../portfolio/villas/"
    assert link(two) == "../portfolio/country/in/"
    assert link(none) is None
    assert country_target(quoted) == "portfolio/country/ca/"
    assert country_target(own_quote) == "portfolio/c/"  # its testimonial is on the project
    figure = parse(render_map(load_geometry(), [one, two, none], link))
    by_code = {e.get("data-country"): e for e in figure.iter() if e.get("data-country")}
    assert by_code["AI"].tag == f"{SVG}a" and by_code["AI"].get("href") == "../portfolio/villas/"
    assert by_code["FR"].tag == f"{SVG}g" and by_code["FR"].get("tabindex") == "0"
    assert by_code["FR"].get("role") == "img"


def test_summary_and_plain_list_are_the_text_alternative():
    figure = parse(
        render_map(load_geometry(), [country("IN", "4 clients"), country("FR")], lambda c: None)
    )
    caption = figure.find("figcaption")
    assert caption.find("p").text == "2 countries on 2 continents"
    items = ["".join(li.itertext()) for li in caption.find("ul")]
    assert items == ["India (4 clients)", "France"]


@given(st.text(min_size=1, max_size=30))
def test_notes_are_cleaned_and_escaped(note):
    _, clean = client_country({"country": "France", "note": note})
    markup = render_map(load_geometry(), [country("FR", clean)], lambda c: None)
    figure = parse(markup)  # would fail on unescaped markup or control characters
    label = next(e for e in figure.iter() if e.get("data-country")).get("aria-label")
    assert label == (f"France ({clean})" if clean else "France")
