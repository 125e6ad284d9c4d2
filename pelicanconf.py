"""Site settings, as the writer configures them. publishconf.py adds production."""

import os

# --- Who and where -----------------------------------------------------------
AUTHOR = "Asha Verma"
SITENAME = "Asha Verma"
SITESUBTITLE = "Writing & outsourcing, across time zones"
SITE_DESCRIPTION = (
    "Tips on outsourcing, remote teams and freelance writing from a writer and "
    "consultant who works with clients on six continents."
)
# Where `invoke serve` runs. Canonical, share and feed links need an absolute
# URL (Pelican's feeds warn without one); pages link to each other relatively,
# so output/ also works from any other server. publishconf.py sets the real one.
SITEURL = os.environ.get("SITEURL", "http://127.0.0.1:8000")
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
LOCALE = ("en_US.UTF-8", "C.UTF-8", "C")
DEFAULT_DATE_FORMAT = "%-d %B %Y"

# How readers reach the owner: the "Hire me" button and the footer use these.
CONTACT_EMAIL = "hello@example.com"
CONTACT_SUBJECT = "Project enquiry"
X_HANDLE = "ashaverma_writes"  # without the @; used for Twitter Card and shares
SOCIAL = (
    ("LinkedIn", "https://www.linkedin.com/in/example-asha-verma"),
    ("GitHub", "https://github.com/example-asha-verma"),
)
# Shown when a post is shared and it has no `Image:` of its own (1200x630).
DEFAULT_SHARE_IMAGE = "images/share-default.png"
DEFAULT_SHARE_IMAGE_ALT = "Asha Verma: writing and outsourcing, across time zones"

# Where clients are: the world map on the portfolio page and wherever
# [WORLDMAP] stands alone on a line. Names, aliases ("the UK") or ISO codes;
# a dict adds a note shown in the tooltip and the list. Countries of
# content/portfolio/ entries are added on their own.
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

# Comments: "giscus" (GitHub Discussions: the natural choice on GitHub Pages),
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
COMMENTS_IN_DEVELOPMENT = False

# --- Content -----------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
PORTFOLIO_PATH = "portfolio"  # one Markdown file per client project
STATIC_PATHS = ["images", "extra"]
EXTRA_PATH_METADATA = {
    "extra/favicon.svg": {"path": "favicon.svg"},
    "extra/favicon.ico": {"path": "favicon.ico"},
    "extra/apple-touch-icon.png": {"path": "apple-touch-icon.png"},
}
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "Tips"
DEFAULT_DATE = None  # every article states its own date; a missing one is an error
READING_SPEED = 230  # words per minute, for "n min read"
RELATED_POSTS_MAX = 3
# Processes that parse and render a big site: None = one per CPU, 1 = one.
BUILD_WORKERS = None

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.codehilite": {
            "css_class": "highlight",
            "guess_lang": False,
        },
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {},  # ids on headings: every tip can be linked to
        "markdown.extensions.smarty": {},
    },
    "output_format": "html5",
}

# --- URLs --------------------------------------------------------------------
# Article URLs: "slug" -> /my-post/, "dated" -> /2026/03/my-post/ (what
# WordPress.com used), "dated-day" -> /2026/03/14/my-post/.
PERMALINK_STYLE = "slug"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
CATEGORIES_URL = "categories/"
CATEGORIES_SAVE_AS = "categories/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
AUTHOR_SAVE_AS = ""  # one author: no author pages
AUTHORS_SAVE_AS = ""
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
DIRECT_TEMPLATES = ["index", "categories", "tags", "archives", "search", "sitemap", "robots"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
SITEMAP_SAVE_AS = "sitemap.xml"
ROBOTS_SAVE_AS = "robots.txt"

DEFAULT_PAGINATION = 8
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# --- Feeds: full content, Atom and RSS ----------------------------------------
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
RSS_FEED_SUMMARY_ONLY = False

# --- Theme and plugins ---------------------------------------------------------
THEME = "theme"
THEME_STATIC_DIR = "theme"
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = False
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "parallel_read",
    # Before search: it renders the pages it put off when the build is finished.
    "site_writer",
    "seo",
    "permalinks",
    "video_embed",
    "tweetable_quotes",
    "world_map",
    "comments",
    "code_blocks",
    "responsive_images",
    "related_posts",
    "reading_time",
    "search",
    "redirects",
]

# Development builds: publishconf.py turns this on.
IS_PRODUCTION = False
