"""World map of client countries, and the portfolio it leads to.

- `resolve_country(name) -> str`: ISO 3166-1 alpha-2 for a name, alias or code.
- CLIENT_COUNTRIES (pelicanconf): names or codes, or {"country": ..., "note": ...}.
- content/portfolio/*.md: one project each (Client, Country, Year, Services,
  Testimonial, Testimonial-author), written to portfolio/<slug>/.
- Plugins after this one may add testimonials to `client_countries` with
  `with_testimonials` (the storefront does): the tooltips count them and a
  country with some leads to its section of the portfolio page.
- The portfolio's filters, a page each: portfolio/service/<slug>/,
  portfolio/continent/<slug>/ and portfolio/country/<code>/ (its projects and
  testimonials: where a country on the map leads when it has more than one
  project, or testimonials of no project).
- The map (inline SVG, `svg.world-map`, `[data-country]` on every highlighted
  country) appears on the page whose template is "portfolio" and wherever
  `[WORLDMAP]` stands alone on a line.
"""

from pelican import signals

from freelancekit.markup import markdown_extension

from .countries import UnknownCountry, country_name, resolve_country
from .filling import fill_maps
from .generator import PortfolioGenerator, note_filters
from .markdown_ext import WorldMapExtension
from .portfolio import with_testimonials

__all__ = [
    "UnknownCountry",
    "country_name",
    "register",
    "resolve_country",
    "with_testimonials",
]


def add_extension(pelican) -> None:
    markdown_extension(pelican.settings, WorldMapExtension)


def portfolio_generator(pelican):
    return PortfolioGenerator


def register() -> None:
    signals.initialized.connect(add_extension)
    signals.get_generators.connect(portfolio_generator)
    signals.all_generators_finalized.connect(note_filters)
    signals.all_generators_finalized.connect(fill_maps)
