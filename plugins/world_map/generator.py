"""Pelican side of the portfolio: read content/portfolio/, write a page per project."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican.contents import Page
from pelican.generators import Generator
from pelican.utils import slugify

from freelancekit.markup import one_line
from freelancekit.page_files import file_slug, read_page

from .countries import UnknownCountry
from .filling import load_geometry
from .portfolio import (
    ProjectError,
    client_country,
    merge_countries,
    portfolio_filters,
    project_record,
    summary,
)
from .render import render_teaser

logger = logging.getLogger(__name__)
CLIENT_MAP = "portfolio/client-map.svg"  # the teaser picture of the map


class PortfolioGenerator(Generator):
    """Projects from PORTFOLIO_PATH, at portfolio/<slug>/, with the `project` template."""

    def generate_context(self) -> None:
        self.projects: list[Page] = []
        records = []
        folder = self.settings.get("PORTFOLIO_PATH", "portfolio")
        for path in self.get_files([folder], extensions=self.readers.extensions):
            project = self._read(path)
            if project is not None:
                self.projects.append(project)
                records.append(project.record)
        records.sort(key=lambda r: (-r["year"], r["client"]))
        self.context["portfolio"] = records
        self.context["client_countries"] = merge_countries(self._clients(), records)

    def _read(self, path: str) -> Page | None:
        page = read_page(self, path)
        if page is None or not page.is_valid():
            return None
        try:
            record = project_record(page.metadata)
        except ProjectError as error:
            logger.warning(
                "%s",
                error,
                extra={"problem_file": page.source_path, "problem_needle": error.needle},
            )
            return None
        slug = file_slug(page, path)
        page.slug = slug
        page.override_url = f"portfolio/{slug}/"
        page.override_save_as = f"portfolio/{slug}/index.html"
        page.template = "project"
        page.record = record
        record.update(title=page.title, url=page.url, slug=slug, summary=page.summary)
        record["cover"] = self._cover(page)
        self.add_source_path(page)
        return page

    def _cover(self, page: Page) -> dict | None:
        """`Cover:` (a local image) and `Cover-alt:`, resized as article images are."""
        cover = one_line(page.metadata.get("cover"))
        if not cover:
            return None
        alt = one_line(page.metadata.get("cover-alt") or page.metadata.get("cover_alt"))
        if not alt:
            problem = "Cover: needs a 'Cover-alt: ...' line describing the image"
        else:
            try:
                from responsive_images import ImageProblem, picture_data  # a plugin: loaded
            except ImportError:
                problem = "Cover: needs the responsive_images plugin in PLUGINS"
            else:
                try:
                    return picture_data(cover, alt, page.source_path, self.settings)
                except ImageProblem as error:
                    problem = str(error)
        logger.warning(
            "%s", problem, extra={"problem_file": page.source_path, "problem_needle": "Cover:"}
        )
        return None

    def _clients(self) -> list[tuple[str, str]]:
        clients = []
        for entry in self.settings.get("CLIENT_COUNTRIES", []):
            try:
                clients.append(client_country(entry))
            except UnknownCountry as error:
                logger.warning(
                    "%s",
                    error,
                    extra={"problem_setting": "CLIENT_COUNTRIES", "problem_needle": error.needle},
                )
        return clients

    def generate_output(self, writer) -> None:
        self._write_filters(writer)
        if self.context.get("client_map"):
            geometry = load_geometry()
            target = Path(self.output_path) / CLIENT_MAP
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                render_teaser(geometry, self.context["client_countries"]), encoding="utf-8"
            )
        for project in self.projects:
            writer.write_file(
                project.save_as,
                self.get_template(project.template),
                self.context,
                page=project,
                project=project.record,
                relative_urls=self.settings["RELATIVE_URLS"],
                override_output=True,
                url=project.url,
            )

    def _write_filters(self, writer) -> None:
        """A page per filter of the portfolio: service, continent, country."""
        filters = self.context.get("portfolio_filters") or {}
        for entries in filters.values():
            for entry in entries:
                writer.write_file(
                    f"{entry['url']}index.html",
                    self.get_template("portfolio_filter"),
                    self.context,
                    relative_urls=self.settings["RELATIVE_URLS"],
                    override_output=True,
                    url=entry["url"],
                    filter=entry,
                    filter_kind=entry["kind"],
                    page_name=entry["url"] + "index",
                )


def note_filters(generators) -> None:
    """all_generators_finalized: the portfolio's filters and the teaser picture,
    once every plugin has added to the client countries (the storefront adds
    testimonials' countries)."""
    context = generators[0].context
    settings = generators[0].settings
    subs = settings.get("SLUG_REGEX_SUBSTITUTIONS") or []

    def slug(name: str) -> str:
        return slugify(name, regex_subs=subs)

    context["portfolio_filters"] = portfolio_filters(
        context.get("portfolio", []), context.get("client_countries", []), slug
    )
    # The map as one picture (the home page's teaser), once every plugin has added
    # its countries (a testimonial's country may be the only one).
    countries = context.get("client_countries", [])
    geometry = load_geometry()
    context["client_map"] = (
        {
            "url": CLIENT_MAP,
            "summary": summary(countries),
            "width": geometry["width"],
            "height": geometry["height"],
        }
        if countries
        else None
    )
