"""The content torture site: everything a real blog's posts hold, at its worst.

Written for the kit's tests (tests/browser/test_torture.py): every element a
Markdown or WordPress post can hold, long unbroken words in every field, 50
tags on a post, 25 pages, 12 levels of nesting, wide tables and code,
right-to-left and CJK text, images of every size and alignment. The theme must
keep every page of it valid, accessible and no wider than a 320 px phone.
"""

from freelancekit.settings import *  # noqa: F403

AUTHOR = "Ximena Okonkwo-Lindqvist"
SITENAME = "Ximena Okonkwo-Lindqvist"
SITESUBTITLE = "Translation and editing for documents nobody else wants to read twice"
SITE_DESCRIPTION = (
    "A translator and editor of long technical documents, writing about tables, "
    "footnotes, scripts and the other things that break a page."
)
SITEURL = "http://127.0.0.1:8000"
TIMEZONE = "Europe/Stockholm"

CONTACT_EMAIL = "ximena.okonkwo-lindqvist.translations@torture-site.example"
X_HANDLE = "ximena_edits"
SOCIAL = (
    ("LinkedIn", "https://www.linkedin.com/in/torture-ximena"),
    ("Mastodon", "https://social.torture-site.example/@ximena"),
)
DEFAULT_SHARE_IMAGE = "images/large-1024x576.png"
DEFAULT_SHARE_IMAGE_ALT = "A sun over a purple field: the site's placeholder picture"

CLIENT_COUNTRIES = ["Sweden", "Nigeria", "Japan", "Israel", "Greece", "Egypt"]

# Short pages: the index, a tag and a category page all have a page 2.
DEFAULT_PAGINATION = 4
