"""World map of client countries, and the portfolio it leads to.

- `resolve_country(name) -> str`: ISO 3166-1 alpha-2 for a name, alias or code.
- CLIENT_COUNTRIES (pelicanconf): names or codes, or {"country": ..., "note": ...}.
- content/portfolio/*.md: one project each (Client, Country, Year, Services,
  Testimonial, Testimonial-author), written to portfolio/<slug>/.
- The map (inline SVG, `svg.world-map`, `[data-country]` on every highlighted
  country) appears on the page whose template is "portfolio" and wherever
  `[WORLDMAP]` stands alone on a line.
"""

from pelican import signals

from freelancekit.markup import markdown_extension

from .countries import UnknownCountry, country_name, resolve_country
from .filling import fill_maps
from .generator import PortfolioGenerator
from .markdown_ext import WorldMapExtension

__all__ = ["UnknownCountry", "country_name", "register", "resolve_country"]


def add_extension(pelican) -> None:
    markdown_extension(pelican.settings, WorldMapExtension)


def portfolio_generator(pelican):
    return PortfolioGenerator


def register() -> None:
    signals.initialized.connect(add_extension)
    signals.get_generators.connect(portfolio_generator)
    signals.all_generators_finalized.connect(fill_maps)
