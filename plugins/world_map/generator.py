"""Pelican side of the portfolio: read content/portfolio/, write a page per project."""

from __future__ import annotations

import logging
import os

from pelican.contents import Page
from pelican.generators import Generator

from .countries import UnknownCountry
from .portfolio import ProjectError, client_country, merge_countries, project_record

logger = logging.getLogger(__name__)


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
        try:
            page = self.readers.read_file(
                base_path=self.path, path=path, content_class=Page, context=self.context
            )
        except Exception:
            logger.exception("Could not process %s", path)
            return None
        if not page.is_valid():
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
        # Project URLs follow the file name unless the entry sets a Slug: they
        # stay put when a title is reworded.
        slug = page.metadata.get("slug") or os.path.splitext(os.path.basename(path))[0]
        page.slug = slug
        page.override_url = f"portfolio/{slug}/"
        page.override_save_as = f"portfolio/{slug}/index.html"
        page.template = "project"
        page.record = record
        record.update(title=page.title, url=page.url, slug=slug, summary=page.summary)
        self.add_source_path(page)
        return page

    def _clients(self) -> list[tuple[str, str]]:
        clients = []
        for entry in self.settings.get("CLIENT_COUNTRIES", []):
            try:
                clients.append(client_country(entry))
            except UnknownCountry as error:
                logger.warning(
                    "%s",
                    error,
                    extra={"problem_file": "pelicanconf.py", "problem_needle": error.needle},
                )
        return clients

    def generate_output(self, writer) -> None:
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
