"""Write the owner's details into pelicanconf.py and publishconf.py as plain Python."""

from __future__ import annotations

import ast
import json
from urllib.parse import urlsplit

from freelancekit.owner import Owner


def py_str(text: str) -> str:
    """A double-quoted Python string literal for `text` (JSON's escapes are Python's too)."""
    return json.dumps(text, ensure_ascii=False)


def owner_values(owner: Owner) -> dict[str, str]:
    """pelicanconf.py's names that `invoke init` owns, as Python source."""
    return {
        "AUTHOR": py_str(owner.name),
        "SITENAME": py_str(owner.name),
        "SITESUBTITLE": py_str(owner.tagline),
        "SITE_DESCRIPTION": py_str(owner.description),
        "TIMEZONE": py_str(owner.timezone),
        "CONTACT_EMAIL": py_str(owner.email),
        "X_HANDLE": py_str(owner.handle),
        "DEFAULT_SHARE_IMAGE_ALT": py_str(
            f"{owner.name}: {owner.tagline}" if owner.tagline else owner.name
        ),
    }


def cname_for(siteurl: str) -> str:
    """A custom domain for GitHub Pages' CNAME file; none for a github.io address."""
    host = urlsplit(siteurl).hostname or ""
    return "" if host.endswith(".github.io") else host


def publish_values(owner: Owner) -> dict[str, str]:
    """publishconf.py's names that `invoke init` owns, as Python source."""
    return {
        "SITEURL": f'os.environ.get("SITEURL", {py_str(owner.siteurl)})',
        "GITHUB_PAGES_CNAME": (
            f'os.environ.get("GITHUB_PAGES_CNAME", {py_str(cname_for(owner.siteurl))})'
        ),
    }


PELICANCONF = '''\
"""Your site's settings. `invoke init` wrote the first lines; edit any of them.

The kit's own settings (theme, plugins, Markdown, URLs, feeds) come from
`freelancekit.settings`; anything set below overrides them. publishconf.py
adds what differs in production.
"""

import os

from freelancekit.settings import *  # noqa: F403

# --- Who you are (`invoke init --force` rewrites these lines) -----------------
AUTHOR = {AUTHOR}
SITENAME = {SITENAME}
SITESUBTITLE = {SITESUBTITLE}
SITE_DESCRIPTION = {SITE_DESCRIPTION}
TIMEZONE = {TIMEZONE}
CONTACT_EMAIL = {CONTACT_EMAIL}
X_HANDLE = {X_HANDLE}  # without the @: Twitter Card and the X share link
DEFAULT_SHARE_IMAGE_ALT = {DEFAULT_SHARE_IMAGE_ALT}

# Where `invoke serve` runs; publishconf.py sets the public address.
SITEURL = os.environ.get("SITEURL", "http://127.0.0.1:8000")
CONTACT_SUBJECT = "Project enquiry"
# The footer's links: ("LinkedIn", "https://www.linkedin.com/in/you"), ...
SOCIAL = ()
# The 1200x630 picture shown when a post without its own `Image:` is shared.
DEFAULT_SHARE_IMAGE = "images/share-default.png"

# Your clients' countries for the world map (names, aliases or ISO codes; a
# dict adds a note): ["India", {{"country": "the UK", "note": "3 clients"}}].
# Countries of content/portfolio/ projects are added on their own.
CLIENT_COUNTRIES = []

# Comments: None, or "giscus" (GitHub Discussions), "utterances", "disqus",
# "isso", "remark42" with that provider's settings (README: Comments), e.g.
# GISCUS = {{"repo": "you/site", "repo_id": "R_...", "category": "Comments",
#           "category_id": "DIC_...", "mapping": "pathname"}}
COMMENTS_PROVIDER = None
COMMENTS_LOAD = "scroll"  # or "click": a "Load comments" button, for explicit consent

# Article URLs: "slug" -> /my-post/, "dated" -> /2026/03/my-post/ (what
# WordPress.com used), "dated-day" -> /2026/03/14/my-post/.
PERMALINK_STYLE = "slug"
'''

PUBLISHCONF = '''\
"""Production settings: only what differs from pelicanconf.py.

SITEURL and GITHUB_PAGES_CNAME come from the environment when set there (the
Pages workflow sets SITEURL to the address GitHub gives the site).
"""

import os
from pathlib import Path

from pelican.settings import get_settings_from_file

# Everything in pelicanconf.py, read by path (so no other site's module is taken).
globals().update(get_settings_from_file(str(Path(__file__).with_name("pelicanconf.py"))))

# The site's public address: https, no trailing slash (`invoke init` wrote it).
SITEURL = {SITEURL}
RELATIVE_URLS = False
# A custom domain, written to the site as CNAME for `invoke gh-pages`.
GITHUB_PAGES_CNAME = {GITHUB_PAGES_CNAME}

# Drafts are never published: Pelican writes no file for them.
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

# Production: comments load live, SITEURL must be https, and so on.
IS_PRODUCTION = True
'''


def fresh_pelicanconf(owner: Owner) -> str:
    """A new pelicanconf.py for `owner`."""
    return PELICANCONF.format(**owner_values(owner))


def fresh_publishconf(owner: Owner) -> str:
    """A new publishconf.py for `owner`."""
    return PUBLISHCONF.format(**publish_values(owner))


def update_assignments(source: str, values: dict[str, str]) -> str:
    """Set each NAME = value in `source`, in place where it is assigned, else at the end.

    Everything else in the file (comments, the writer's own settings) is kept.
    Raises SyntaxError when `source` is not valid Python.
    """
    lines = source.splitlines(keepends=True)
    spans = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and target.id in values:
                    spans[target.id] = (node.lineno - 1, node.end_lineno)
    for name, (start, end) in sorted(spans.items(), key=lambda item: -item[1][0]):
        lines[start:end] = [f"{name} = {values[name]}\n"]
    missing = [name for name in values if name not in spans]
    if missing:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines += ["\n", *(f"{name} = {values[name]}\n" for name in missing)]
    text = "".join(lines)
    if "os.environ" in text and not _imports_os(text):
        text = "import os\n" + text
    return text


def _imports_os(source: str) -> bool:
    return any(
        isinstance(node, ast.Import) and any(alias.name == "os" for alias in node.names)
        for node in ast.parse(source).body
    )
