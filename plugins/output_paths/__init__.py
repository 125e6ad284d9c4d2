"""Strict errors, before anything is written, for output paths that cannot work:

- a page whose file or folder name is longer than the file system allows (a very
  long title or tag makes a very long slug), naming the file and its metadata;
- two things that would be written to one path, such as an article whose slug
  takes a listing's (`Slug: tags` and the tags page) or a page's, naming both.
"""

from __future__ import annotations

import logging

from pelican import signals

from freelancekit.site_contents import items

from .checks import collisions, too_long

__all__ = ["collisions", "register", "too_long"]

logger = logging.getLogger(__name__)


def _claims(generators, settings) -> list[tuple[str, str, object]]:
    """(save_as, who, content or None) for each content item, listing and direct page."""
    found = []
    for generator in generators:
        for item in items([generator]):
            if item.save_as:
                found.append((item.save_as, item.relative_source_path, item))
        for name, kind in (("tags", "tag"), ("categories", "category"), ("authors", "author")):
            collection = getattr(generator, name, None)
            if not isinstance(collection, dict):
                continue  # {Tag: [articles]} on the articles generator only
            for wrapper, articles in collection.items():
                if wrapper.save_as:  # named after the first article that uses it
                    shown = wrapper.name if len(wrapper.name) <= 40 else wrapper.name[:40] + "..."
                    who = f"the {kind} page of '{shown}'"
                    found.append((wrapper.save_as, who, articles[0] if articles else None))
    for series in generators[0].context.get("series_pages", []) if generators else []:
        if series["save_as"]:  # plugins/series: named after its first part
            shown = series["name"] if len(series["name"]) <= 40 else series["name"][:40] + "..."
            found.append((series["save_as"], f"the series page of '{shown}'", series["parts"][0]))
    for template in settings.get("DIRECT_TEMPLATES", []):
        save_as = settings.get(f"{template.upper()}_SAVE_AS", f"{template}.html")
        if save_as:
            found.append((save_as, f"the {template} page ({template.upper()}_SAVE_AS)", None))
    return found


def _needle(who: str, item) -> str:
    """The metadata line to point at: the listing's, or the page's slug or title."""
    if who.startswith("the category"):
        return "Category:"
    if who.startswith("the series"):
        return "Series:"
    if who.startswith("the "):
        return "Tags:"
    return "Slug:" if "slug" in item.metadata else "Title:"


def check_paths(generators) -> None:
    """Report over-long names and shared paths before any page is written."""
    generators = list(generators)
    if not generators:
        return
    claims = _claims(generators, generators[0].settings)
    for save_as, who, item in claims:
        if (part := too_long(save_as)) and item is not None:
            listing = who.startswith("the ")
            logger.warning(
                "%s would be saved as '%s...' (%d bytes), longer than the file system allows "
                "(255): give it a shorter %s",
                who if listing else "its page",
                part[:40],
                len(part.encode()),
                "name" if listing else "Slug: (or title)",
                extra={"problem_file": item.source_path, "problem_needle": _needle(who, item)},
            )
    by_content = {who: item for _, who, item in claims if not who.startswith("the ")}
    for path, owners in collisions((save_as, who) for save_as, who, _ in claims).items():
        kinds = {type(by_content[w]) if w in by_content else None for w in owners}
        if None not in kinds and len(kinds) == 1:
            continue  # two articles (or pages) with one slug: Pelican says so itself
        first = next((by_content[w] for w in owners if w in by_content), None)
        logger.warning(
            "%s would %s be written to %s: give one of them another Slug:",
            " and ".join(owners),
            "both" if len(owners) == 2 else "all",
            path,
            extra={
                "problem_file": first.source_path if first else None,
                "problem_needle": "Slug:" if first and "slug" in first.metadata else None,
            },
        )


def register() -> None:
    signals.all_generators_finalized.connect(check_paths)
