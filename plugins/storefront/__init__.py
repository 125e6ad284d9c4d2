"""The storefront: what wins a freelancer clients (services, testimonials, a profile home).

- content/services/*.md: one service each (see services.py), on the services
  page (`services/`, `section#services`) and the home page, with
  ProfessionalService/Service/Offer JSON-LD. An article's `Service:` names one:
  its call to action then names the service and the projects that used it.
- Testimonials from portfolio projects and content/testimonials/*.md (see
  testimonials.py), on the testimonials page (`testimonials/`,
  `section#testimonials`) and the home page, as Reviews of the owner's Person.
- HOME = "profile" (the default): the home page is a profile, its pitch, photo
  and intro from content/home.md, and the list of posts moves to `blog/`.
  HOME = "posts": the home page is the list of posts, as in plain Pelican.

Comes after world_map in PLUGINS: it uses its public `resolve_country`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import escape
from pelican import signals
from pelican.contents import Page

from freelancekit.markup import one_line
from freelancekit.pelican_internals import raw_html, set_raw_html

from . import structured
from .generator import StorefrontGenerator
from .services import read_price, shown_price
from .testimonials import gather

__all__ = ["gather", "read_price", "register", "shown_price"]

logger = logging.getLogger(__name__)
HOMES = ("profile", "posts")


def configure(pelican) -> None:
    """HOME: a profile at the site's root and the posts at blog/, or the posts at the root."""
    settings = pelican.settings
    home = settings.get("HOME", "profile")
    if home not in HOMES:
        logger.warning(
            'HOME is %r: set it to "profile" (a profile home, posts at blog/) or "posts"',
            home,
            extra={"problem_setting": "HOME"},
        )
        home = "profile"  # the default: the rest of the build (MENU's /blog/) stays sound
    settings["HOME"] = home
    filters = settings.setdefault("JINJA_FILTERS", {})
    filters.setdefault("breadcrumbs", structured.breadcrumb_block)
    home_file = settings.get("HOME_FILE", "home.md")
    # The home intro is rendered for the site's root: its links and images are
    # relative to index.html.
    settings.setdefault("EXTRA_PATH_METADATA", {})[home_file] = {
        "save_as": "index.html",
        "url": "",
    }
    if home == "profile":
        blog = settings.get("BLOG_URL", "blog/")
        settings["INDEX_URL"] = blog
        settings["INDEX_SAVE_AS"] = f"{blog}index.html"
        settings["HOME_SAVE_AS"] = "index.html"
        if "home" not in settings["DIRECT_TEMPLATES"]:
            settings["DIRECT_TEMPLATES"] = [*settings["DIRECT_TEMPLATES"], "home"]


def profile_photo(content) -> None:
    """The home file's `Photo:` goes first in its intro, as an image the
    responsive_images plugin (after this one in PLUGINS) resizes."""
    settings = content.settings
    if not isinstance(content, Page) or not hasattr(content, "title"):
        return
    home_file = settings.get("HOME_FILE", "home.md")
    root = Path(settings["PATH"]).resolve()
    if Path(content.source_path).resolve() != root / home_file:
        return
    photo = one_line(content.metadata.get("photo"))
    if not photo:
        return
    alt = one_line(content.metadata.get("photo_alt") or content.metadata.get("photo-alt"))
    alt = alt or one_line(settings.get("AUTHOR"))
    image = f'<img class="profile-photo" src="{escape(photo)}" alt="{escape(alt)}">'
    set_raw_html(content, image + raw_html(content))


def storefront_generator(pelican):
    return StorefrontGenerator


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(profile_photo)
    signals.get_generators.connect(storefront_generator)
