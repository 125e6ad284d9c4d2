"""Old links keep working: redirect pages for the paths in content/redirects.json.

The WordPress import writes that file: {"paths": {"2019/05/02/slug/":
"articles/slug.md", "category/old/": {"category": "Name"}}, "ids": {"123":
"articles/slug.md"}}. Each old path gets a page with a meta refresh and a
canonical link to the new URL (GitHub Pages has no server redirects); old
`/?p=123` links are sent on by a few lines of script on the home page.
Setting: REDIRECTS_FILE (default "redirects.json" in the content folder).
"""

from pelican import signals

from .generator import RedirectGenerator

__all__ = ["RedirectGenerator", "register"]


def redirect_generator(pelican):
    return RedirectGenerator


def register() -> None:
    signals.get_generators.connect(redirect_generator)
