"""The torture site's production settings, as `invoke init` writes a writer's."""

from pathlib import Path

from pelican.settings import get_settings_from_file

# By path, not `from pelicanconf import *`: that name may be another site's module.
globals().update(get_settings_from_file(str(Path(__file__).with_name("pelicanconf.py"))))

SITEURL = "https://torture-ximena.github.io"
RELATIVE_URLS = False
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
IS_PRODUCTION = True
