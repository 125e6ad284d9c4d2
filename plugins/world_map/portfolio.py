"""Portfolio entries and client countries, as plain data for the map and the templates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from freelancekit.markup import one_line as _text

from .continents import continent_of
from .countries import UnknownCountry, country_name, place_name, resolve_country

REQUIRED = ("client", "country", "year")


class ProjectError(ValueError):
    """A portfolio entry the writer must fix; `needle` finds its line."""

    def __init__(self, message: str, needle: str | None = None):
        self.needle = needle
        super().__init__(message)


def project_record(metadata: Mapping[str, object]) -> dict:
    """Check one entry's metadata and return its plain fields; raise ProjectError."""
    for key in REQUIRED:
        if not _text(metadata.get(key)):
            raise ProjectError(
                f"portfolio entry has no {key.capitalize()}: add a '{key.capitalize()}: ...' line"
            )
    year = _text(metadata["year"])
    if not re.fullmatch(r"(19|20)\d\d", year):
        raise ProjectError(f"Year {year!r} is not a four-digit year such as 2024", "Year:")
    try:
        code = resolve_country(_text(metadata["country"]))
    except UnknownCountry as error:
        raise ProjectError(str(error), "Country:") from None
    testimonial = _text(metadata.get("testimonial"))
    author = _text(metadata.get("testimonial-author") or metadata.get("testimonial_author"))
    if author and not testimonial:
        raise ProjectError("Testimonial-author without a Testimonial", "Testimonial-author:")
    return {
        "client": _text(metadata["client"]),
        "country": code,
        "country_name": country_name(code),
        "year": int(year),
        "services": [s.strip() for s in _text(metadata.get("services")).split(",") if s.strip()],
        "testimonial": testimonial,
        "testimonial_author": author,
    }


def client_country(entry: object) -> tuple[str, str]:
    """Read one CLIENT_COUNTRIES entry: a name or code, or {"country": ..., "note": ...}."""
    if isinstance(entry, Mapping):
        name = entry.get("country") or entry.get("name")
        note = _text(entry.get("note"))
    else:
        name, note = entry, ""
    if not isinstance(name, str) or not name.strip():
        raise UnknownCountry(repr(entry), [], "CLIENT_COUNTRIES")
    try:
        return resolve_country(name), note
    except UnknownCountry as error:
        raise UnknownCountry(name, error.suggestions, "CLIENT_COUNTRIES") from None


def country_record(code: str) -> dict:
    """A client country with nothing in it yet."""
    return {
        "code": code,
        "name": country_name(code),
        "continent": continent_of(code),
        "note": "",
        "projects": [],
    }


def merge_countries(clients: Iterable[tuple[str, str]], projects: Iterable[Mapping]) -> list[dict]:
    """One record per country from both sources, sorted by name.

    Each: code, name, continent, note, and the projects there (newest first).
    """
    merged: dict[str, dict] = {}

    def record(code: str) -> dict:
        return merged.setdefault(code, country_record(code))

    for code, note in clients:
        entry = record(code)
        entry["note"] = entry["note"] or note
    for project in projects:
        record(project["country"])["projects"].append(project)
    for entry in merged.values():
        entry["projects"].sort(key=lambda p: (-p["year"], p["client"]))
    return sorted(merged.values(), key=lambda c: c["name"])


def with_testimonials(countries: list[dict], testimonials: Iterable[Mapping]) -> list[dict]:
    """The client countries with each one's `testimonials`; a testimonial's country
    that is not a client country yet becomes one. Sorted by name, as merge_countries."""
    merged = {c["code"]: {**c, "testimonials": []} for c in countries}
    for testimonial in testimonials:
        code = testimonial.get("country")
        if not code:
            continue
        if code not in merged:
            merged[code] = {**country_record(code), "testimonials": []}
        merged[code]["testimonials"].append(testimonial)
    return sorted(merged.values(), key=lambda c: c["name"])


def summary(countries: list[Mapping]) -> str:
    """ "13 countries on 5 continents", in words that fit one and many."""
    count = len(countries)
    continents = len({c["continent"] for c in countries})
    return (
        f"{count} countr{'y' if count == 1 else 'ies'} on "
        f"{continents} continent{'' if continents == 1 else 's'}"
    )


def counts(country: Mapping) -> list[str]:
    """ "2 portfolio projects", "1 testimonial": what the country holds, for a tooltip."""
    found = []
    for key, noun in (("projects", "portfolio project"), ("testimonials", "testimonial")):
        if count := len(country.get(key) or ()):
            found.append(f"{count} {noun}{'s' * (count != 1)}")
    return found


def country_label(country: Mapping) -> str:
    """What a reader hears and sees for a country: name, note, projects."""
    parts = [country["name"]]
    if country["note"]:
        parts.append(country["note"])
    parts += counts(country)
    return ": ".join(parts[:1]) + (" (" + "; ".join(parts[1:]) + ")" if parts[1:] else "")


def filter_url(kind: str, slug: str) -> str:
    """The page of one filter of the portfolio: service, continent or country."""
    return f"portfolio/{kind}/{slug}/"


def country_url(code: str) -> str:
    """The page of a client country's projects and testimonials."""
    return filter_url("country", code.lower())


def portfolio_filters(
    projects: Iterable[Mapping], countries: Iterable[Mapping], slugify: Callable[[str], str]
) -> dict[str, list[dict]]:
    """The portfolio's filters, each a page of its own (plain links, no script):
    by service (as projects name them), by continent and by country.

    Each: kind, name, slug, url, projects (newest first) and testimonials. Only
    filters with something in them; a service two projects spell differently is one.
    """
    projects = sorted(projects, key=lambda p: (-p["year"], p["client"]))

    def entry(kind: str, name: str, slug: str) -> dict:
        url = filter_url(kind, slug)
        return {
            "kind": kind,
            "name": name,
            "slug": slug,
            "url": url,
            "projects": [],
            "testimonials": [],
        }

    services: dict[str, dict] = {}
    for project in projects:
        for name in project.get("services", []):
            found = services.setdefault(slugify(name), entry("service", name, slugify(name)))
            if project not in found["projects"]:
                found["projects"].append(project)
    continents: dict[str, dict] = {}
    by_country = []
    for country in countries:
        testimonials = list(country.get("testimonials") or [])
        if not country["projects"] and not testimonials:
            continue
        here = entry("country", country["name"], country["code"].lower())
        here.update(
            code=country["code"],
            place=place_name(country["code"]),
            projects=[p for p in projects if p["country"] == country["code"]],
            testimonials=testimonials,
        )
        by_country.append(here)
        slug = slugify(country["continent"])
        continent = continents.setdefault(slug, entry("continent", country["continent"], slug))
        continent["testimonials"] += testimonials
        continent["codes"] = {*continent.get("codes", ()), country["code"]}
    for continent in continents.values():
        codes = continent.pop("codes")
        continent["projects"] = [p for p in projects if p["country"] in codes]
    return {
        "services": sorted(services.values(), key=lambda e: e["name"].casefold()),
        "continents": sorted(continents.values(), key=lambda e: e["name"]),
        "countries": by_country,
    }
