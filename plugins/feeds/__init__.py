"""Feeds readers like: a JSON Feed beside Atom and RSS, and feeds that read as a page.

- FEED_ALL_JSON ("feeds/all.json"; None: none): JSON Feed 1.1 with the articles
  the Atom and RSS feeds list (FEED_ALL_ATOM's: same order, FEED_MAX_ITEMS, full
  content, absolute URLs), written after them through Pelican's writer.
- Every Atom and RSS feed names the theme's XSL stylesheet
  (`theme/static/xsl/feed.xsl`) in an `<?xml-stylesheet?>` processing instruction:
  a browser that opens a feed shows a page that says what a feed is and how to
  subscribe, and lists the posts. Feed readers ignore it.

Markup contract: the JSON Feed at `feeds/all.json`; pages link it with
`<link rel="alternate" type="application/feed+json">`.
"""

import logging
import os

from pelican import signals
from pelican.utils import order_content, sanitised_join
from pelican.writers import FileOverwriteFailedError

from freelancekit.pelican_internals import open_output, style_feed

from .json_feed import (
    MEDIA_TYPE,
    VERSION,
    JsonFeedSettingError,
    check_path,
    dumps,
    feed_item,
    json_feed,
    stylesheet_href,
)

__all__ = [
    "MEDIA_TYPE",
    "STYLESHEET",
    "VERSION",
    "JsonFeedSettingError",
    "check_path",
    "feed_item",
    "json_feed",
    "register",
]

logger = logging.getLogger(__name__)
STYLESHEET = "xsl/feed.xsl"  # under the theme's static folder


def configure(pelican) -> None:
    """Check FEED_ALL_JSON once, before anything is read."""
    settings = pelican.settings
    try:
        settings["FEED_ALL_JSON"] = check_path(settings.get("FEED_ALL_JSON"))
    except JsonFeedSettingError as error:
        logger.warning("%s", error, extra={"problem_setting": "FEED_ALL_JSON"})
        settings["FEED_ALL_JSON"] = None


def add_stylesheet(context, feed) -> None:
    """Pelican's feed_generated: name the theme's XSL stylesheet in every Atom or RSS feed."""
    siteurl = context["SITEURL"]
    if feed.feed.get("language") is None:  # the page it reads as says its language
        feed.feed["language"] = context.get("DEFAULT_LANG") or "en"
    sheet = f"{siteurl}/{context.get('THEME_STATIC_DIR', 'theme')}/{STYLESHEET}"
    style_feed(feed, stylesheet_href(feed.feed["feed_url"] or f"{siteurl}/", sheet))


def write_json_feed(generator, writer) -> None:
    """Pelican's article_writer_finalized: the JSON Feed, from FEED_ALL_ATOM's articles."""
    settings = generator.settings
    path = settings.get("FEED_ALL_JSON")
    if not path:
        return
    articles = list(generator.articles)
    for article in generator.articles:
        articles.extend(article.translations)
    articles = order_content(articles, order_by=settings["ARTICLE_ORDER_BY"])
    feed = json_feed(articles, {**settings, "SITEURL": generator.context["SITEURL"]}, path)
    complete = sanitised_join(writer.output_path, path)
    os.makedirs(os.path.dirname(complete), exist_ok=True)
    try:
        file = open_output(writer, complete)
    except FileOverwriteFailedError:
        logger.warning(
            "FEED_ALL_JSON is %r, a file this build already writes: choose another path",
            path,
            extra={"problem_setting": "FEED_ALL_JSON"},
        )
        return
    with file:
        file.write(dumps(feed))
    logger.info('Writing "%s"', complete)


def register() -> None:
    signals.initialized.connect(configure)
    signals.feed_generated.connect(add_stylesheet)
    signals.article_writer_finalized.connect(write_json_feed)
