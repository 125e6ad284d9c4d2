"""Production settings: only what differs from pelicanconf.py.

A fork or CI publishes without editing this file: SITEURL and
GITHUB_PAGES_CNAME come from the environment when set there.
"""

import os
from pathlib import Path

from pelican.settings import get_settings_from_file

# Everything in pelicanconf.py, read by path (so no other site's module is taken).
globals().update(get_settings_from_file(str(Path(__file__).with_name("pelicanconf.py"))))

# The site's public address: https, no trailing slash (the build checks both).
SITEURL = os.environ.get("SITEURL", "https://example-asha-verma.github.io")
RELATIVE_URLS = False
# A custom domain (e.g. "www.ashaverma.example"): written to the site as CNAME.
GITHUB_PAGES_CNAME = os.environ.get("GITHUB_PAGES_CNAME", "")

# Drafts are never published: Pelican writes no file for them.
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

# Production: comments load live, SITEURL must be https, and so on.
IS_PRODUCTION = True
