"""The fixture site's production settings, as `invoke init` writes a writer's."""

import os
from pathlib import Path

from pelican.settings import get_settings_from_file

# By path, not `from pelicanconf import *`: that name may be another site's module.
globals().update(get_settings_from_file(str(Path(__file__).with_name("pelicanconf.py"))))

SITEURL = os.environ.get("SITEURL", "https://fixture-noor-haddad.github.io")
RELATIVE_URLS = False
GITHUB_PAGES_CNAME = os.environ.get("GITHUB_PAGES_CNAME", "")
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
IS_PRODUCTION = True
