"""Your site's settings. `invoke init` writes the first lines; edit any of them.

The kit's own settings (theme, plugins, Markdown, URLs, feeds) come from
`freelancekit.settings`; anything set below overrides them. publishconf.py
adds what differs in production.
"""

import os

from freelancekit.settings import *  # noqa: F403

# --- Who and where (written by `invoke init`) --------------------------------
AUTHOR = "Asha Verma"
SITENAME = "Asha Verma"
SITESUBTITLE = "Writing & outsourcing, across time zones"
SITE_DESCRIPTION = (
    "Tips on outsourcing, remote teams and freelance writing from a writer and "
    "consultant who works with clients on six continents."
)
# Where `invoke serve` runs; publishconf.py sets the real address.
SITEURL = os.environ.get("SITEURL", "http://127.0.0.1:8000")
TIMEZONE = "Asia/Kolkata"  # where you work: dates, scheduling and your working hours

# How readers reach you: the "Hire me" button and the footer use these.
CONTACT_EMAIL = "hello@example.com"
CONTACT_SUBJECT = "Project enquiry"
X_HANDLE = "asha_writes"  # with or without the @; used for Twitter Card and shares
SOCIAL = (
    ("LinkedIn", "https://www.linkedin.com/in/example-asha-verma"),
    ("GitHub", "https://github.com/example-asha-verma"),
)
# Shown when a post is shared and it has no `Image:` of its own (1200x630).
DEFAULT_SHARE_IMAGE = "images/share-default.png"
DEFAULT_SHARE_IMAGE_ALT = "Asha Verma: writing and outsourcing, across time zones"

# The home page: "profile" (the pitch, photo and intro from content/home.md, then
# services, testimonials, the map and the latest posts; the posts' list is at
# /blog/) or "posts" (the list of posts, as in plain Pelican).
HOME = "profile"
JOB_TITLE = "Writer and outsourcing consultant"  # what search engines read as your job

# When you work, in TIMEZONE: the Hire me page shows it in the reader's own time
# zone (and, without JavaScript, in a table of cities). Days Mon-Sun, 24-hour times.
WORKING_HOURS = "Mon-Fri 09:30-17:30"
REPLY_WITHIN = "two working days"  # "I reply within two working days."

# --- Your menu -------------------------------------------------------------------
# The header's links, in order: ("Label", "target"), a target being a file in
# content/ ("pages/about.md"), a path on the site ("/archives/") or an address
# ("https://..."). The page whose template is "hire" is the button. Without MENU:
# your portfolio, Writing (the archives), About, Search and Hire me.
MENU = [
    ("Work", "pages/portfolio.md"),
    ("Services", "/services/"),
    ("Writing", "/blog/"),
    ("About", "pages/about.md"),
    ("Search", "/search/"),
    ("Hire me", "pages/hire-me.md"),
]

# --- Your clients ---------------------------------------------------------------
# The world map on the portfolio page and wherever [WORLDMAP] stands alone on a
# line. Names, aliases ("the UK") or ISO codes; a dict adds a note shown in the
# tooltip and the list. Countries of content/portfolio/ entries are added on
# their own.
CLIENT_COUNTRIES = [
    {"country": "India", "note": "4 clients"},
    "China",
    {"country": "Singapore", "note": "2 clients"},
    "Canada",
    "Germany",
    {"country": "the UK", "note": "3 clients"},
    "France",
    "Israel",
    "New Zealand",
    {"country": "Australia", "note": "2 clients"},
    "Brazil",
    "Panama",
    "Anguilla",
]

# --- Comments -------------------------------------------------------------------
# "giscus" (GitHub Discussions: the natural choice on GitHub Pages),
# "utterances", "disqus", "isso", "remark42" or None. Development builds show
# a link instead of the live embed unless COMMENTS_IN_DEVELOPMENT is True.
COMMENTS_PROVIDER = "giscus"
# From https://giscus.app for your repository (replace these example values).
GISCUS = {
    "repo": "example-asha-verma/site",
    "repo_id": "R_kgDOExample01",
    "category": "Comments",
    "category_id": "DIC_kwDOExample01",
    "mapping": "pathname",
}
# Other providers, if you pick one of them instead:
# UTTERANCES = {"repo": "you/site", "issue_term": "pathname", "label": "comments"}
# DISQUS = {"shortname": "your-shortname"}
# ISSO = {"url": "https://comments.example.com"}
# REMARK42 = {"url": "https://remark42.example.com", "site_id": "remark"}
COMMENTS_LOAD = "scroll"  # or "click": a "Load comments" button, for explicit consent
COMMENTS_DEFAULT = True  # articles have comments unless "Comments: off"; pages never by default

# --- Newsletter and analytics ------------------------------------------------------
# A signup form after every article and on the Follow page (follow/), posting
# straight to your newsletter provider. Without it the Follow page explains feeds.
# NEWSLETTER = {"provider": "buttondown", "username": "you"}
# NEWSLETTER = {"provider": "mailchimp", "url": "https://you.us21.list-manage.com/subscribe/post?u=...&id=..."}
# NEWSLETTER = {"provider": "kit", "form_id": "1234567"}
# NEWSLETTER = {"provider": "listmonk", "url": "https://lists.example.com", "list": "<list UUID>"}
# Page views, counted without cookies, in production builds only (README: Analytics).
# ANALYTICS = {"provider": "goatcounter", "code": "you"}
# ANALYTICS = {"provider": "plausible", "domain": "www.example.com"}
# ANALYTICS = {"provider": "umami", "website_id": "<UUID>", "url": "https://umami.example.com"}

# --- URLs -------------------------------------------------------------------------
# Article URLs: "slug" -> /my-post/, "dated" -> /2026/03/my-post/ (what
# WordPress.com used), "dated-day" -> /2026/03/14/my-post/.
PERMALINK_STYLE = "slug"
