"""Series: the articles that name one `Series:` are its parts, linked to each other.

An article's `Series: Pricing for freelancers` (and, optionally, `Series_order:
2`) makes it a part. Parts go in Series_order when every part has one, else by
date, oldest first. Each part's page shows where it stands ("Part 2 of 4", the
parts, the previous and next part: `article.series`), and each series gets a
page listing its parts (SERIES_URL / SERIES_SAVE_AS, like CATEGORY_URL; an
empty SERIES_SAVE_AS writes none); `series_pages` in the context lists them.

Drafts and scheduled articles are not parts until they are published, but
their lines are checked like any: a series name written two ways ("did you
mean"), Series_order on some parts only, twice the same number, a number that
is not a whole number from 1 up, Series_order without Series all fail the
build naming the file.
"""

from __future__ import annotations

import logging

from pelican import signals
from pelican.utils import slugify

from freelancekit.names import distinct_names
from freelancekit.site_contents import DRAFTS, PUBLISHED, SCHEDULED, items

from .parts import Member, SeriesError, mistakes, ordered_parts, read_member, read_name, read_order

__all__ = [
    "Member",
    "SeriesError",
    "mistakes",
    "ordered_parts",
    "read_member",
    "read_name",
    "read_order",
    "register",
]

logger = logging.getLogger(__name__)
# The lists whose articles can be parts one day (translations are checked, never parts).
ORIGINALS = ("articles", "drafts", "scheduled_articles")
HIDDEN = ("hidden_articles", "hidden_translations")
URL, SAVE_AS = "series/{slug}/", "series/{slug}/index.html"


def _report(message: object, source: str, needle: str | None) -> None:
    logger.warning("%s", message, extra={"problem_file": source, "problem_needle": needle})


def _addresses(settings) -> tuple[str, str]:
    """SERIES_URL and SERIES_SAVE_AS, checked: ("", "") when one is wrong (and said)."""
    found = []
    for name, default in (("SERIES_URL", URL), ("SERIES_SAVE_AS", SAVE_AS)):
        pattern = settings.get(name, default) or ""
        try:
            pattern.format(slug="a-series")
        except (KeyError, IndexError, ValueError, AttributeError):
            logger.warning(
                "%s is %r: write it with {slug} and no other {...}, as %r",
                name,
                pattern,
                default,
                extra={"problem_setting": name},
            )
            return "", ""
        found.append(pattern)
    return found[0], found[1]


def _slugger(settings):
    def slug(name: str) -> str:
        return slugify(
            name,
            regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS") or [],
            preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
            use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
        )

    return slug


def _members(generator) -> tuple[list[Member], dict]:
    """Every article that names a series, checked line by line; {key: article}."""
    public = {id(a) for a in generator.articles if not getattr(a, "scheduled", False)}
    originals = {id(a) for a in items([generator], ORIGINALS)}
    members, by_key = [], {}
    for article in items([generator], PUBLISHED + DRAFTS + SCHEDULED + HIDDEN):
        article.series = None  # every build: Pelican's cache brings back last build's
        try:
            found = read_member(article.metadata)
        except SeriesError as error:
            _report(error, article.source_path, error.needle)
            continue
        if found is None or id(article) not in originals:
            continue
        key = article.relative_source_path
        by_key[key] = article
        name, order = found
        members.append(Member(key, name, order, article.date.timestamp(), id(article) in public))
    return members, by_key


def link_parts(generator) -> None:
    """article_generator_finalized: each part's place in its series, and the series pages."""
    settings = generator.settings
    members, by_key = _members(generator)
    slug = _slugger(settings)
    distinct = distinct_names(settings.get("DISTINCT_NAMES", []))
    broken = set()
    for mistake in mistakes(members, distinct, slug):
        _report(mistake.message, by_key[mistake.key].source_path, mistake.needle)
        broken.add(mistake.key)
    # The build fails; a part in the wrong makes no page of its own (one more error).
    members = [m for m in members if m.key not in broken]
    url_pattern, save_as_pattern = _addresses(settings)
    pages = []
    for name, keys in ordered_parts(members).items():
        save_as = save_as_pattern.format(slug=slug(name))
        url = url_pattern.format(slug=slug(name)) if save_as else ""  # no page: no link
        parts = [by_key[key] for key in keys]
        pages.append({"name": name, "url": url, "save_as": save_as, "parts": parts})
        shown = [{"title": part.title, "url": part.url} for part in parts]
        for number, part in enumerate(parts, start=1):
            part.series = {
                "name": name,
                "url": url,
                "number": number,
                "parts": shown,
                "previous": shown[number - 2] if number > 1 else None,
                "next": shown[number] if number < len(shown) else None,
            }
    generator.context["series_pages"] = pages


def write_pages(generator, writer) -> None:
    """article_writer_finalized: a page per series, listing its parts in order."""
    template = generator.get_template("series")
    for series in generator.context.get("series_pages", []):
        if series["save_as"]:
            writer.write_file(
                series["save_as"],
                template,
                generator.context,
                relative_urls=generator.settings["RELATIVE_URLS"],
                url=series["url"],
                series=series,
                page_name=series["save_as"].removesuffix(".html"),
            )


def register() -> None:
    signals.article_generator_finalized.connect(link_parts)
    signals.article_writer_finalized.connect(write_pages)
