"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the articles Atom and RSS list."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable, Mapping

from pelican.utils import set_date_tzinfo

from freelancekit.markup import plain_text

VERSION = "https://jsonfeed.org/version/1.1"
MEDIA_TYPE = "application/feed+json"
# The icons every page links (site_icons draws any the writer has not made): the
# 180 px PNG is square and at least 64 px, as the spec asks of icon and favicon,
# and every reader shows a PNG (not every one an SVG).
ICON = "apple-touch-icon.png"


class JsonFeedSettingError(ValueError):
    """FEED_ALL_JSON is not a path for a file in the site."""

    def __init__(self, value: object):
        self.value = value
        super().__init__(
            f"FEED_ALL_JSON is {value!r}: write a path in the site ending in .json, "
            "such as 'feeds/all.json', or None for no JSON Feed"
        )


def check_path(value: object) -> str | None:
    """FEED_ALL_JSON as a site-relative path, or None (no JSON Feed); raise if unusable."""
    if value in (None, "", False):
        return None
    if not isinstance(value, str) or not value.endswith(".json") or value != value.strip():
        raise JsonFeedSettingError(value)
    parts = value.split("/")
    if value.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise JsonFeedSettingError(value)
    return value


def rfc3339(moment, timezone: str) -> str:
    """A date as RFC 3339 with its offset in the site's time zone (naive: read in it)."""
    return set_date_tzinfo(moment, timezone).isoformat(timespec="seconds")


def item_image(article, siteurl: str) -> str | None:
    """The absolute URL of the article's own `Image:` (its share crop when there is one)."""
    image = getattr(article, "image", None)
    if not image:
        return None
    image = str(image)
    if image.startswith(("http://", "https://")):
        return image
    crop = getattr(article, "share_image", None)
    return f"{siteurl}/{crop}" if crop else None


def item_tags(article) -> list[str]:
    """Its category, then its tags, each word once whatever its case (the category
    "Pricing" and the tag "pricing" are one word to a reader): first spelling kept."""
    names = [str(article.category)] if getattr(article, "category", None) else []
    names += [str(tag) for tag in getattr(article, "tags", None) or []]
    kept: dict[str, str] = {}
    for name in names:
        kept.setdefault(name.casefold(), name)
    return list(kept.values())


def feed_item(article, siteurl: str, timezone: str, language: str) -> dict:
    """One article as a JSON Feed item: absolute URLs, full HTML, plain-text title and summary."""
    url = f"{siteurl}/{article.url}"
    # Titles are text (seo reads them so): "Use <kbd> & co" stays as written.
    item = {"id": url, "url": url, "title": str(article.title)}
    item["content_html"] = article.get_content(siteurl)
    summary = plain_text(str(getattr(article, "summary", "") or ""))
    if summary and summary != plain_text(item["content_html"]):
        item["summary"] = summary
    if image := item_image(article, siteurl):
        item["image"] = image
    item["date_published"] = rfc3339(article.date, timezone)
    if modified := getattr(article, "modified", None):
        item["date_modified"] = rfc3339(modified, timezone)
    authors = [{"name": str(a)} for a in getattr(article, "authors", None) or [] if str(a)]
    if authors:
        item["authors"] = authors
    if tags := item_tags(article):
        item["tags"] = tags
    lang = getattr(article, "lang", None)
    if lang and lang != language:
        item["language"] = lang
    return item


def json_feed(articles: Iterable, settings: Mapping, path: str) -> dict:
    """The whole feed: the site's facts, then at most FEED_MAX_ITEMS articles, in order."""
    siteurl = settings["SITEURL"]
    language = settings.get("DEFAULT_LANG") or "en"
    feed = {
        "version": VERSION,
        "title": str(settings["SITENAME"]),
        "home_page_url": f"{siteurl}/",
        "feed_url": f"{settings.get('FEED_DOMAIN') or siteurl}/{path}",
    }
    description = settings.get("SITE_DESCRIPTION") or settings.get("SITESUBTITLE")
    if description:
        feed["description"] = str(description)
    feed["icon"] = feed["favicon"] = f"{siteurl}/{ICON}"
    if author := settings.get("AUTHOR"):
        feed["authors"] = [{"name": str(author), "url": f"{siteurl}/"}]
    feed["language"] = language
    shown = list(articles)[: settings.get("FEED_MAX_ITEMS")]
    feed["items"] = [feed_item(a, siteurl, settings["TIMEZONE"], language) for a in shown]
    return feed


def dumps(feed: dict) -> str:
    """The feed as compact UTF-8 JSON text, ending with a newline."""
    return json.dumps(feed, ensure_ascii=False, separators=(",", ":")) + "\n"


def stylesheet_href(feed_url: str, stylesheet_url: str) -> str:
    """The stylesheet's address as the feed should name it: relative when both are on
    one host (it works on any port, and under a project site's path), else absolute.

    Browsers apply an XSL stylesheet only from the feed's own origin.
    """
    feed_parts, sheet_parts = feed_url.split("/", 3), stylesheet_url.split("/", 3)
    if len(feed_parts) < 4 or len(sheet_parts) < 4 or feed_parts[:3] != sheet_parts[:3]:
        return stylesheet_url
    folder = posixpath.dirname("/" + feed_parts[3])
    return posixpath.relpath("/" + sheet_parts[3], folder)
