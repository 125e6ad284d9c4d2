"""Pelican side of the storefront: read services, testimonials and the home
intro; write the services and testimonials pages; check articles' `Service:`."""

from __future__ import annotations

import difflib
import logging
from pathlib import Path

from pelican.contents import Page
from pelican.generators import Generator

from freelancekit.markup import one_line, plain_text
from freelancekit.page_files import file_slug, read_page
from world_map import UnknownCountry, country_name, resolve_country, with_testimonials

from . import structured
from .hours import CITIES, hours_in_cities, read_working_hours
from .services import budget_ranges, find_service, projects_for, service_record, sort_services
from .testimonials import from_file, gather
from .text import StorefrontError

logger = logging.getLogger(__name__)

# The pages the storefront writes, and the template of a page in content/pages/
# that gives one its title and intro (it is then written at that address).
PAGES = {"services": "services/", "testimonials": "testimonials/"}


def report(message: object, source: str, needle: str | None = None) -> None:
    logger.warning("%s", message, extra={"problem_file": source, "problem_needle": needle})


def _country(name: str) -> tuple[str, str]:
    try:
        code = resolve_country(name)
    except UnknownCountry as error:
        raise StorefrontError(str(error), "Country:") from None
    return code, country_name(code)


class StorefrontGenerator(Generator):
    """Services (SERVICES_PATH), testimonials (TESTIMONIALS_PATH), the home intro (HOME_FILE)."""

    def generate_context(self) -> None:
        self.written: dict[str, dict] = {}
        self.broken: list[dict] = []  # services whose file failed: reported there, once
        projects = self.context.get("portfolio", [])
        services = sort_services(self._read_folder("SERVICES_PATH", "services", self._service))
        for service in services:
            service["projects"] = projects_for(service, projects)
        own = self._read_folder("TESTIMONIALS_PATH", "testimonials", self._testimonial)
        testimonials = gather(projects, own)
        self.context["services"] = services
        self.context["enquiry_budgets"] = self.settings.get("ENQUIRY_BUDGETS") or budget_ranges(
            services
        )
        self.context["testimonials"] = testimonials
        countries = with_testimonials(self.context.get("client_countries", []), testimonials)
        self.context["client_countries"] = countries
        self.context["profile"] = self._profile()
        self._place_pages(services, testimonials)
        self.context["blog_page"] = self._blog_page()
        self.context["working_hours"] = self._working_hours()
        self._link_articles(services)
        self.context["storefront_jsonld"] = self._structured_data(services, testimonials)

    # --- Reading -------------------------------------------------------------------

    def _read_folder(self, setting: str, default: str, make) -> list[dict]:
        folder = self.settings.get(setting, default)
        records = []
        for path in self.get_files([folder], extensions=self.readers.extensions):
            page = read_page(self, path)
            if page is None:
                continue
            slug = file_slug(page, path)
            try:
                records.append(make(page, slug))
            except StorefrontError as error:
                report(error, page.source_path, error.needle)
                self.broken.append({"title": one_line(page.metadata.get("title")), "slug": slug})
            else:
                self.add_source_path(page)
        return records

    def _service(self, page: Page, slug: str) -> dict:
        record = service_record(page.metadata, slug)
        summary = page.metadata.get("summary") or ""
        record.update(
            summary_html=str(summary),
            summary_text=plain_text(str(summary)),
            included_html=page.content,
            url=f"{PAGES['services']}#{slug}",
        )
        return record

    def _testimonial(self, page: Page, slug: str) -> dict:
        return from_file(page.metadata, page.content, slug, _country)

    def _profile(self) -> dict | None:
        """The home page's pitch (Title), photo and intro, from HOME_FILE, if there."""
        name = self.settings.get("HOME_FILE", "home.md")
        if not (Path(self.path) / name).is_file():
            return None
        page = read_page(self, name)
        if page is None:
            return None
        self.add_source_path(page)
        return {
            "pitch": page.title,
            "intro_html": page.content,
            "photo": one_line(page.metadata.get("photo")),
        }

    # --- Pages and articles --------------------------------------------------------

    def _place_pages(self, services: list[dict], testimonials: list[dict]) -> None:
        """A page in content/pages/ with Template: services (or testimonials) is that
        page, at services/; without one, the kit writes it when there is something."""
        pages = self.context.get("pages", [])
        wanted = {"services": services, "testimonials": testimonials}
        for template, url in PAGES.items():
            own = [p for p in pages if p.template == template]
            for page in own[1:]:
                report(
                    f"two pages have Template: {template} ({own[0].relative_source_path} "
                    f"and this one): keep one",
                    page.source_path,
                    "Template:",
                )
            if own:
                own[0].override_url = url
                own[0].override_save_as = f"{url}index.html"
                self.context[f"{template}_url"] = url
            elif wanted[template]:
                self.written[template] = {"url": url}
                self.context[f"{template}_url"] = url
            else:
                self.context[f"{template}_url"] = ""

    def _working_hours(self) -> dict | None:
        """WORKING_HOURS and REPLY_WITHIN, for the hire page (see hours.py)."""
        settings = self.settings
        try:
            hours = read_working_hours(settings.get("WORKING_HOURS"))
        except StorefrontError as error:
            logger.warning("%s", error, extra={"problem_setting": "WORKING_HOURS"})
            return None
        reply = one_line(settings.get("REPLY_WITHIN"))
        if hours is None:
            return {"reply_within": reply, "hours": None} if reply else None
        zone = settings["TIMEZONE"]
        today = self.context["build_time"].date()
        return {
            "hours": hours,
            "zone": zone,
            "reply_within": reply,
            **hours_in_cities(hours, zone, today, settings.get("HOURS_CITIES") or CITIES),
        }

    def _blog_page(self) -> Page | None:
        """A page at the posts' address (blog/ under a profile home: WordPress's
        "posts page", which an import brings) gives the list its title and intro;
        it is not written on its own, so it and the list never clash."""
        if self.settings.get("HOME") != "profile":
            return None
        for page in self.context.get("pages", []):
            if page.url == self.settings["INDEX_URL"]:
                page.override_save_as = ""  # Pelican writes nothing for an empty save_as
                return page
        return None

    def _link_articles(self, services: list[dict]) -> None:
        """An article's `Service:` names a service: its call to action then names it."""
        for article in self.context.get("articles", []) + self.context.get("drafts", []):
            name = one_line(article.metadata.get("service"))
            if not name:
                continue
            service = find_service(name, services)
            if service is None and find_service(name, self.broken):
                continue  # its own file's error says what to fix
            if service is None:
                titles = [s["title"] for s in services]
                near = difflib.get_close_matches(name, titles, n=1, cutoff=0.6)
                hint = (
                    f"did you mean {near[0]!r}?"
                    if near
                    else (
                        f"the services are {', '.join(map(repr, titles))}"
                        if titles
                        else "there is no service yet: add one in content/services/"
                    )
                )
                report(
                    f"Service: {name!r} is not a service: {hint}", article.source_path, "Service:"
                )
                continue
            article.service = service

    def _structured_data(self, services: list[dict], testimonials: list[dict]) -> dict:
        """The JSON-LD blocks the home, services and testimonials pages print."""
        settings = self.settings
        site = settings.get("CANONICAL_SITEURL") or settings["SITEURL"]
        profile = self.context["profile"]
        area = structured.countries(self.context.get("client_countries", []))
        availability = self.context.get("availability")
        starts = availability.start.isoformat() if availability else ""
        owner = structured.person(
            site,
            settings.get("AUTHOR") or settings["SITENAME"],
            job_title=one_line(settings.get("JOB_TITLE")),
            photo=f"{site}/{profile['photo']}" if profile and profile["photo"] else "",
            same_as=[url for _label, url in settings.get("SOCIAL") or ()],
            knows_about=[s["title"] for s in services],
        )
        services_url = f"{site}/{self.context['services_url']}"
        offers = [structured.offer(s, f"{site}/{s['url']}", site, area, starts) for s in services]
        description = plain_text(settings.get("SITE_DESCRIPTION") or "")
        business = structured.business(
            site, settings["SITENAME"], services_url, offers, area, description
        )
        testimonials_url = f"{site}/{self.context['testimonials_url']}"
        reviews = [
            structured.review(t, site, f"{testimonials_url}#{t['id']}") for t in testimonials
        ]
        home = structured.website(site, settings["SITENAME"], description)
        return {
            "home": structured.graph(home, owner, business if services else None),
            "services": structured.graph(owner, business) if services else None,
            "testimonials": structured.graph(owner, *reviews) if testimonials else None,
        }

    # --- Writing -------------------------------------------------------------------

    def generate_output(self, writer) -> None:
        for template, page in self.written.items():
            writer.write_file(
                f"{page['url']}index.html",
                self.get_template(template),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                override_output=True,
                url=page["url"],
                page_name=template,
            )
