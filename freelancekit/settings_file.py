"""Write the owner's details into pelicanconf.py and publishconf.py as plain Python."""

from __future__ import annotations

import ast
import re
from urllib.parse import urlsplit

from freelancekit.owner import Owner


def py_str(text: str) -> str:
    """A double-quoted Python string literal for `text`, unprintable characters escaped."""
    # Escaped, a line separator such as U+2028 cannot split the line for an editor (or for
    # str.splitlines), and a non-breaking or zero-width space shows in the file.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else repr(c)[1:-1] for c in escaped) + '"'


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

# --- Who you are: `invoke init` rewrites these values (after you edit this ------
# file, only with --force, and then only these values) ------------------------
AUTHOR = {AUTHOR}
SITENAME = {SITENAME}
SITESUBTITLE = {SITESUBTITLE}
SITE_DESCRIPTION = {SITE_DESCRIPTION}
TIMEZONE = {TIMEZONE}
CONTACT_EMAIL = {CONTACT_EMAIL}
X_HANDLE = {X_HANDLE}  # @ optional: Twitter Card and the X share link
DEFAULT_SHARE_IMAGE_ALT = {DEFAULT_SHARE_IMAGE_ALT}

# Where `invoke serve` runs; publishconf.py sets the public address.
SITEURL = os.environ.get("SITEURL", "http://127.0.0.1:8000")
CONTACT_SUBJECT = "Project enquiry"
# The footer's links: ("LinkedIn", "https://www.linkedin.com/in/you"), ...
SOCIAL = ()
# The 1200x630 picture shown when a post without its own `Image:` is shared.
DEFAULT_SHARE_IMAGE = "images/share-default.png"

# The header's links, in order: ("Label", "target"), a target being a file in
# content/ ("pages/about.md"), a path on the site ("/archives/") or an address
# ("https://..."). The page whose template is "hire" is the button. Without MENU:
# your portfolio, Writing (your posts), About, Search and Hire me.
# MENU = [("Work", "pages/portfolio.md"), ("About", "pages/about.md"),
#         ("Hire me", "pages/hire-me.md")]

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

# The box after each article that leads to your Hire me page; these are the
# words it shows until you write your own:
# CTA_TITLE = "Need help with a project like this?"
# CTA_TEXT = "I work with clients anywhere in the world. Tell me about your project."

# The home page: "profile" (your pitch, photo and intro from content/home.md,
# then your services, testimonials, map and latest posts; the posts' list is at
# /blog/) or "posts" (the list of posts, as in plain Pelican).
HOME = "profile"
# What search engines read as your job: "Writer and outsourcing consultant".
JOB_TITLE = ""
# When you work, in TIMEZONE: the Hire me page shows it in each reader's own
# time zone. Days Mon-Sun, 24-hour times.
# WORKING_HOURS = "Mon-Fri 09:00-17:00"
# REPLY_WITHIN = "two working days"

# When you can start new work, shown on the home and hire pages. A day that has
# passed fails the build, so the site never advertises a stale date:
# AVAILABILITY = {{"from": "2027-01-11", "note": "Two slots in January"}}

# A signup form after every article and on the Follow page (follow/), posting
# straight to your newsletter provider; without it the Follow page explains the
# feeds. "buttondown", "mailchimp", "kit" or "listmonk" (README: Follow and subscribe):
# NEWSLETTER = {{"provider": "buttondown", "username": "you"}}
# Page views counted without cookies, in production builds only (README: Analytics):
# ANALYTICS = {{"provider": "goatcounter", "code": "you"}}
# Your Mastodon (or other fediverse) account, credited when a post is shared there:
# FEDIVERSE_CREATOR = "@you@mastodon.social"

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


# The line ends Python's parser counts (a form feed or U+2028 is not one, whatever
# str.splitlines says); ast's line numbers and UTF-8 byte columns are counted against them.
LINE_END = re.compile(rb"\r\n|\r|\n")


def update_assignments(source: str, values: dict[str, str]) -> str:
    """Set each NAME = value in `source`, in place where it is assigned, else at the end.

    Only the value's own text changes: comments, the writer's other settings and every
    other byte are kept. Raises SyntaxError when `source` is not valid Python.
    """
    bom = "\ufeff" if source.startswith("\ufeff") else ""  # Windows editors may write one
    text = source.removeprefix(bom)
    tree, data = ast.parse(text), text.encode("utf-8")
    starts, edits, missing = _line_starts(data), [], []
    for name, value in values.items():
        node = _assignment(tree, name)
        if node is None:
            missing.append(name)
            continue
        expr = node.value
        begin = starts[expr.lineno - 1] + expr.col_offset
        edits.append((begin, starts[expr.end_lineno - 1] + expr.end_col_offset, value))
    for begin, end, value in sorted(edits, reverse=True):
        data = data[:begin] + value.encode("utf-8") + data[end:]
    newline = match.group() if (match := LINE_END.search(data)) else b"\n"
    if missing:
        if data and not data.endswith((b"\n", b"\r")):
            data += newline
        data += newline + b"".join(f"{n} = {values[n]}".encode() + newline for n in missing)
    if any("os.environ" in value for value in values.values()):
        data = _with_import_os(data, newline)
    return bom + data.decode("utf-8")


def _line_starts(data: bytes) -> list[int]:
    return [0, *(match.end() for match in LINE_END.finditer(data))]


def _assignment(tree: ast.Module, name: str) -> ast.Assign | ast.AnnAssign | None:
    """The top-level `name = value` that counts (the last binding of `name`).

    None when there is none, or when the last binding cannot be rewritten on its own
    (`a = name = 1`, `name += "x"`, `name, b = ...`): the new assignment then goes last.
    """
    last = None
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign) or (
            isinstance(node, ast.AnnAssign) and node.value is not None
        ):
            targets = [node.target]
        else:
            continue
        bound = (n for target in targets for n in ast.walk(target) if isinstance(n, ast.Name))
        if any(n.id == name and isinstance(n.ctx, ast.Store) for n in bound):
            last = node
    if isinstance(last, ast.Assign) and len(last.targets) == 1:
        target = last.targets[0]
    elif isinstance(last, ast.AnnAssign):
        target = last.target
    else:
        return None
    return last if isinstance(target, ast.Name) else None


def _with_import_os(data: bytes, newline: bytes) -> bytes:
    """`data` with `import os` after its docstring and __future__ imports, unless it has one."""
    tree = ast.parse(data.decode("utf-8"))
    if any(_binds_os(node) for node in tree.body):
        return data
    after = 0  # the last line of the docstring and __future__ imports, which must come first
    for index, node in enumerate(tree.body):
        docstring = (
            index == 0
            and isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        )
        if not docstring and not (isinstance(node, ast.ImportFrom) and node.module == "__future__"):
            break
        after = node.end_lineno
    starts = _line_starts(data)
    if after < len(starts):
        return data[: starts[after]] + b"import os" + newline + data[starts[after] :]
    return data + newline + b"import os" + newline


def _binds_os(node: ast.stmt) -> bool:
    return isinstance(node, ast.Import) and any(
        (alias.asname or alias.name.split(".")[0]) == "os" for alias in node.names
    )
