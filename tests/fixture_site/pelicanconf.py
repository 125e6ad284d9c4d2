"""The kit's fixture site: a freelancer who is not the showcase's, every feature on.

Every site, task and browser test builds this (never the writer's content/ or
settings). Written the way `invoke init` writes a writer's pelicanconf.py.
"""

from freelancekit.settings import *  # noqa: F403

AUTHOR = "Noor Haddad"
SITENAME = "Noor Haddad"
SITESUBTITLE = "Plain words for remote teams"
SITE_DESCRIPTION = (
    "Tips on outsourcing, remote teams and freelance writing from an editor who "
    "works with clients on five continents."
)
SITEURL = "http://127.0.0.1:8000"
TIMEZONE = "Asia/Amman"
WORKING_HOURS = "Sun-Thu 09:00-17:00"
REPLY_WITHIN = "two working days"

CONTACT_EMAIL = "noor@fixture-site.example"
CONTACT_SUBJECT = "Project enquiry"
X_HANDLE = "noorhaddad_ed"
FEDIVERSE_CREATOR = "@noorhaddad@fixture.social"
SOCIAL = (
    ("LinkedIn", "https://www.linkedin.com/in/fixture-noor-haddad"),
    ("GitHub", "https://github.com/fixture-noor-haddad"),
)
DEFAULT_SHARE_IMAGE = "images/share-default.png"
DEFAULT_SHARE_IMAGE_ALT = "Noor Haddad: plain words for remote teams"

# The header's links, in order: ("Label", "target"), a target being a file in
# content/ ("pages/about.md"), a path on the site ("/archives/") or an address
# ("https://..."). The page whose template is "hire" is the button. Without MENU:
# your portfolio, Writing (the archives), About, Search and Hire me.
# MENU = [("Work", "pages/portfolio.md"), ("About", "pages/about.md"),
#         ("Hire me", "pages/hire-me.md")]

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

COMMENTS_PROVIDER = "giscus"
GISCUS = {
    "repo": "fixture-noor-haddad/site",
    "repo_id": "R_kgDOFixture1",
    "category": "Comments",
    "category_id": "DIC_kwDOFixture1",
    "mapping": "pathname",
}

# A signup form after every article and on the Follow page, posting to Buttondown.
NEWSLETTER = {"provider": "buttondown", "username": "fixture-noor-haddad"}

# Article URLs: "slug", "dated" or "dated-day".
PERMALINK_STYLE = "slug"
