"""Testimonials: from portfolio projects, and from content/testimonials/ for
ones without a project, as plain data.

A project's `Testimonial:` and `Testimonial-author:` make one, linked to the
project and its country. A file in content/testimonials/ makes one of its own:

    Name: Maria López, head of marketing
    Client: Norte Studio
    Country: Mexico
    Year: 2024

    The quote, in Markdown.

Name is required; Client, Country and Year are optional. Newest first; those
without a year after those with one, by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from markupsafe import escape

from freelancekit.markup import one_line, plain_text

from .text import StorefrontError


def from_project(project: Mapping) -> dict | None:
    """A project's testimonial (None if it has none)."""
    if not project.get("testimonial"):
        return None
    return {
        "id": f"from-{project['slug']}",
        "quote_html": f"<p>{escape(project['testimonial'])}</p>",
        "quote_text": project["testimonial"],
        "name": project.get("testimonial_author", ""),
        "client": project["client"],
        "country": project["country"],
        "country_name": project["country_name"],
        "year": project["year"],
        "project_url": project["url"],
        "project_title": project["title"],
    }


def from_file(
    metadata: Mapping[str, object],
    quote_html: str,
    slug: str,
    country: Callable[[str], tuple[str, str]],
) -> dict:
    """A testimonial of its own; `country(name)` gives (code, name) or raises
    StorefrontError. Raise StorefrontError for what the writer must fix."""
    name = one_line(metadata.get("name"))
    if not name:
        raise StorefrontError(
            "testimonial has no Name: add a 'Name: ...' line (the person, and their role)"
        )
    quote_text = plain_text(quote_html).strip()
    if not quote_text:
        raise StorefrontError("testimonial has no text: write the quote under the header")
    year = one_line(metadata.get("year"))
    if year and not re.fullmatch(r"(19|20)\d\d", year):
        raise StorefrontError(f"Year {year!r} is not a four-digit year such as 2024", "Year:")
    code, country_name = (
        country(one_line(metadata["country"])) if metadata.get("country") else ("", "")
    )
    return {
        "id": slug,
        "quote_html": quote_html,
        "quote_text": quote_text,
        "name": name,
        "client": one_line(metadata.get("client")),
        "country": code,
        "country_name": country_name,
        "year": int(year) if year else None,
        "project_url": "",
        "project_title": "",
    }


def gather(projects: Iterable[Mapping], own: Iterable[dict]) -> list[dict]:
    """Every testimonial, newest first (those without a year last, by name)."""
    found = [t for t in map(from_project, projects) if t] + list(own)
    return sorted(found, key=lambda t: (t["year"] is None, -(t["year"] or 0), t["name"].casefold()))
