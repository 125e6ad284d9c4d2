"""Production settings: only what differs from pelicanconf.py."""

import os
import sys

sys.path.append(os.path.dirname(__file__))
from pelicanconf import *  # noqa: F403

# The site's public address; a fork or CI sets the SITEURL environment variable.
SITEURL = os.environ.get("SITEURL", "https://example-asha-verma.github.io")
RELATIVE_URLS = False
# Custom domain for GitHub Pages, written to output as CNAME when set.
GITHUB_PAGES_CNAME = os.environ.get("GITHUB_PAGES_CNAME", "")
IS_PRODUCTION = True
