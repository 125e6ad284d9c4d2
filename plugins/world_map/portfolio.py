"""Portfolio entries and client countries, as plain data for the map and the templates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .continents import continent_of
from .countries import UnknownCountry, country_name, resolve_country

REQUIRED = ("client", "country", "year")


class ProjectError(ValueError):
    """A portfolio entry the writer must fix; `needle` finds its line."""

    def __init__(self, message: str, needle: str | None = None):
        self.needle = needle
        super().__init__(message)


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in HTML or XML


def _text(value: object) -> str:
    """One line of the writer's text: control characters dropped, spaces folded."""
    if isinstance(value, list | tuple):
        value = ", ".join(map(str, value))
    return re.sub(r"\s+", " ", CONTROL.sub("", str(value or ""))).strip()


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


def merge_countries(clients: Iterable[tuple[str, str]], projects: Iterable[Mapping]) -> list[dict]:
    """One record per country from both sources, sorted by name.

    Each: code, name, continent, note, and the projects there (newest first).
    """
    merged: dict[str, dict] = {}

    def record(code: str) -> dict:
        return merged.setdefault(
            code,
            {
                "code": code,
                "name": country_name(code),
                "continent": continent_of(code),
                "note": "",
                "projects": [],
            },
        )

    for code, note in clients:
        entry = record(code)
        entry["note"] = entry["note"] or note
    for project in projects:
        record(project["country"])["projects"].append(project)
    for entry in merged.values():
        entry["projects"].sort(key=lambda p: (-p["year"], p["client"]))
    return sorted(merged.values(), key=lambda c: c["name"])


def summary(countries: list[Mapping]) -> str:
    """ "13 countries on 5 continents", in words that fit one and many."""
    count = len(countries)
    continents = len({c["continent"] for c in countries})
    return (
        f"{count} countr{'y' if count == 1 else 'ies'} on "
        f"{continents} continent{'' if continents == 1 else 's'}"
    )


def country_label(country: Mapping) -> str:
    """What a reader hears and sees for a country: name, note, projects."""
    parts = [country["name"]]
    if country["note"]:
        parts.append(country["note"])
    count = len(country["projects"])
    if count:
        parts.append(f"{count} portfolio project{'s' * (count != 1)}")
    return ": ".join(parts[:1]) + (" (" + "; ".join(parts[1:]) + ")" if parts[1:] else "")
