"""The kit's Pelican settings: `from freelancekit.settings import *` in pelicanconf.py.

Everything here is the kit's choice, not the writer's: the theme, the plugins,
Markdown extensions, URL and feed layout. The writer's `pelicanconf.py` imports
it first and then sets who they are; any name here can be overridden there.
"""

from freelancekit import KIT_ROOT as _KIT
from freelancekit.csp import page_policy as _page_policy

# --- Site defaults (the writer's pelicanconf.py sets the real ones) -----------
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
LOCALE = ("en_US.UTF-8", "C.UTF-8", "C")
DEFAULT_DATE_FORMAT = "%-d %B %Y"
# Canonical, share and feed links need an absolute URL; pages link to each other
# relatively, so output/ also works from any server. publishconf.py sets the
# public address.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True
CONTACT_SUBJECT = "Project enquiry"
SOCIAL = ()
# Your fediverse account, "@name@instance.social": articles carry it as
# fediverse:creator, and Mastodon credits you under links to them. None: none.
FEDIVERSE_CREATOR = None
CLIENT_COUNTRIES = []
DEFAULT_SHARE_IMAGE = "images/share-default.png"

COMMENTS_PROVIDER = None
COMMENTS_LOAD = "scroll"
COMMENTS_DEFAULT = True
COMMENTS_IN_DEVELOPMENT = False
# A signup form after articles and on the Follow page (README: Follow and subscribe):
# {"provider": "buttondown", "username": "you"}, or mailchimp, kit, listmonk.
NEWSLETTER = None
# Page views counted by GoatCounter, Plausible or Umami (README: Analytics):
# {"provider": "goatcounter", "code": "you"}. Production builds only, unless
# ANALYTICS_IN_DEVELOPMENT is True.
ANALYTICS = None
ANALYTICS_IN_DEVELOPMENT = False

# --- Content ------------------------------------------------------------------
PATH = "content"  # relative to the writer's pelicanconf.py
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
# Category and tag names a letter or two apart fail as misspellings ("did you
# mean"); list pairs that really are different words: [("Remote", "Remove")].
DISTINCT_NAMES = []
DEFAULT_DATE = None  # every article states its own date; a missing one is an error
# The moment the build takes as now, in TIMEZONE: articles dated later are scheduled,
# and the footer shows its year. None: when the build starts.
BUILD_TIME = None
READING_SPEED = 230  # words per minute, for "n min read"
RELATED_POSTS_MAX = 3
# Processes that parse and render a big site: None = one per CPU, 1 = one.
BUILD_WORKERS = None
# The build engine (site_writer, parallel_read): pages rendered when every
# generator is done, on every CPU, and in the dev server only those an edit
# changes. False: Pelican's own writer and reader, one process; the output is
# the same file for file (tests/test_engine_equivalence.py).
BUILD_ENGINE = True

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.codehilite": {
            "css_class": "highlight",
            "guess_lang": False,
        },
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {},  # ids on headings: every tip can be linked to
        # smarty's typography (curly quotes, dashes, ellipses), same output, one pass:
        # smarty itself costs about as much as all of Pelican's default extensions.
        "freelancekit.typography": {},
        # Lists right after a paragraph line, and nested by two spaces, as in CommonMark.
        "freelancekit.lists": {},
        # "#1 tip" and "#hashtag" stay text: a heading needs a space after "#".
        "freelancekit.headings": {},
    },
    "output_format": "html5",
}

# --- URLs ---------------------------------------------------------------------
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
# A page per series (plugins/series) listing its parts; an empty SERIES_SAVE_AS writes none.
SERIES_URL = "series/{slug}/"
SERIES_SAVE_AS = "series/{slug}/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
AUTHOR_SAVE_AS = ""  # one author: no author pages
AUTHORS_SAVE_AS = ""
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
DRAFT_PAGE_URL = "drafts/pages/{slug}/"
DRAFT_PAGE_SAVE_AS = "drafts/pages/{slug}/index.html"
DIRECT_TEMPLATES = ["index", "categories", "tags", "archives", "search", "sitemap", "robots"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
SITEMAP_SAVE_AS = "sitemap.xml"
ROBOTS_SAVE_AS = "robots.txt"

DEFAULT_PAGINATION = 8
# A card on a listing shows the article's first paragraphs, whole, up to this many
# words (or its Summary:); Pelican's own cut (mid-paragraph, headings and ids kept) is off.
LISTING_SUMMARY_WORDS = 50
SUMMARY_MAX_LENGTH = None
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# --- Feeds: full content, Atom and RSS -----------------------------------------
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
# JSON Feed 1.1 with the same articles (plugins/feeds); None: none.
FEED_ALL_JSON = "feeds/all.json"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
CATEGORY_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
RSS_FEED_SUMMARY_ONLY = False

# --- Theme and plugins (the kit's own folders) ------------------------------------
THEME = str(_KIT / "theme")
THEME_STATIC_DIR = "theme"
# auto_reload off: Pelican makes new environments for every build, so checking
# each template file for changes on every page rendered only costs time.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "auto_reload": False,
}
# Every page's Content-Security-Policy, from what its features declare (freelancekit/csp.py).
JINJA_GLOBALS = {"content_security_policy": _page_policy}
# The header's menu, in order: ("Label", "target") pairs, a target being a content
# file ("pages/about.md"), a path on the site ("/archives/") or an address
# ("https://..."). None: the portfolio page, "Writing" (the archives), the "about"
# page, "Search" and the hire page, those the site has (plugins/menu).
MENU = None
# The header shows MENU, never every page or category.
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False
PLUGIN_PATHS = [str(_KIT / "plugins")]
PLUGINS = [
    # Dates in ISO 8601 only: 01/12/2026 is refused, never read as 12 January.
    "strict_dates",
    # YAML front matter (Jekyll, Hugo, Eleventy...) read into the same fields as a header.
    "front_matter",
    # Articles dated after the build are left out of production builds until
    # their day, and marked in development; the build's moment and year.
    "scheduled",
    # AVAILABILITY on the home and hire pages; a day that has passed fails the build.
    "availability",
    "parallel_read",
    # Before search: it renders the pages it put off when the build is finished.
    "site_writer",
    "seo",
    # JSON Feed beside Atom and RSS; every feed names the theme's XSL stylesheet.
    "feeds",
    "permalinks",
    "video_embed",
    # An <iframe> shows a page of this site (the CSP allows it), or the build fails.
    "frames",
    "tweetable_quotes",
    "world_map",
    # Services, testimonials and the profile home (after world_map: it reads the
    # portfolio; before responsive_images: the home photo is resized like any image).
    "storefront",
    # An article or page loads pages.css only when its content uses a class styled
    # there alone (a map, WordPress's galleries and alignments): after world_map.
    "page_styles",
    "article_comments",
    # A newsletter signup form posting straight to its provider, and the Follow page.
    "follow",
    # Page views counted by GoatCounter, Plausible or Umami (off unless ANALYTICS is set).
    "analytics",
    "code_blocks",
    # Headings go down one level at a time under the title, or the build says where.
    "outline",
    # "In this article": a linked list of an article's ## headings (three or more).
    "toc",
    # Tables scroll sideways in their own labelled box, not the page.
    "wide_tables",
    "responsive_images",
    # A 1200x630 card of its title and the site's name for each article without an Image:.
    "social_cards",
    "related_posts",
    # Series: and Series_order: link the parts of a series; a page per series.
    "series",
    # Pinned: yes keeps a post at the top of the home page and the post list.
    "pinned",
    "reading_time",
    "search",
    "redirects",
    # The header's menu from MENU: its targets checked (a missing file, a draft).
    "menu",
    # A category or tag written two ways ("Outsorcing", "outsourcing") fails: did you mean.
    "taxonomy_names",
    # Strict errors for links to drafts and starter text that went live.
    "publish_ready",
    # favicon.ico, favicon.svg and apple-touch-icon.png drawn from SITENAME when
    # content/extra/ has none of its own: every page links them.
    "site_icons",
    # The stylesheets written without comments and runs of white space.
    "minify_css",
    # The theme's scripts written minified (rjsmin): a fifth of their gzip weight.
    "minify_js",
    # Links to .md files read as {filename}; every internal link and #fragment checked.
    # After responsive_images and search: it looks at every file the build wrote.
    "internal_links",
    # Strict errors for over-long file names and two things written to one path.
    "output_paths",
]

# When you can take on new work, shown on the home and hire pages (README: Availability):
# {"from": "2027-01-11", "note": "Two slots in January"}. A day that has passed fails the build.
AVAILABILITY = None

# The home page: "profile" (who you are, services, testimonials, the map, the latest
# posts; the list of posts moves to blog/) or "posts" (the list of posts, as in
# plain Pelican). The profile's pitch, photo and intro come from content/home.md.
HOME = "profile"
HOME_FILE = "home.md"
SERVICES_PATH = "services"  # one Markdown file per service
TESTIMONIALS_PATH = "testimonials"  # testimonials that have no portfolio project
JOB_TITLE = ""  # for search engines: "Writer and outsourcing consultant"
# The hire page's hours, in TIMEZONE ("Mon-Fri 09:00-17:00"), how soon you reply
# ("two working days"), and the cities its table shows them in: (name, IANA zone).
WORKING_HOURS = None
REPLY_WITHIN = ""
HOURS_CITIES = None
# The enquiry form's budget choices; None: ranges in your services' currency.
ENQUIRY_BUDGETS = None
ENQUIRY_WHAT_HINT = "A sentence or two about the work."
HOME_TESTIMONIALS = 3  # how many testimonials and posts the profile home shows
HOME_ARTICLES = 3

# Development builds: publishconf.py turns this on.
IS_PRODUCTION = False
