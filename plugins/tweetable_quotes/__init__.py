"""Tweetable quote boxes, and the share links under every article: one network registry.

Writers mark a quote with `> [!TWEET]` (a GitHub-style alert) or WordPress's
`[bctt tweet="..."]`. Markup contract: the box has `data-quote` (the text);
each share link has `data-share` = its network's key (x, bluesky, linkedin,
mastodon: the registry's, networks.py).

Every article gets `share_links`, plain data for partials/share.html:
[{"network", "label", "href", "new_tab"}], from the same registry (networks.py:
X, Bluesky, LinkedIn, Mastodon, e-mail; adding a network is one entry there).

Settings: QUOTE_SHARE_NETWORKS (default: every network but e-mail, in order),
ARTICLE_SHARE_NETWORKS (default: all), X_HANDLE, MASTODON_SHARE_URL (a share
page with `{text}`, default Share2Fedi, which asks readers for their own
instance). Share lengths are checked against the production address (see
`address`), whatever build is running.
"""

import logging
import re
from dataclasses import replace
from urllib.parse import parse_qs, quote, urlsplit

from pelican import signals
from pelican.contents import Article

from freelancekit.markup import markdown_extension, tag_attributes
from freelancekit.pelican_internals import raw_html, set_raw_html
from freelancekit.production_address import STAND_IN, production_siteurl

from .length import (
    LIMITS,
    URL_WEIGHT,
    Overflow,
    grapheme_length,
    overflows,
    weighted_length,
)
from .markdown_ext import PAGE_URL_TOKEN, TweetableQuotesExtension, makeExtension
from .networks import DEFAULT_MASTODON_SHARE, REGISTRY, Network, Share, all_networks, quote_networks
from .share import article_share_links, share_posts

__all__ = [
    "LIMITS",
    "REGISTRY",
    "Network",
    "Overflow",
    "Share",
    "TweetableQuotesExtension",
    "UnknownNetwork",
    "article_share_links",
    "grapheme_length",
    "makeExtension",
    "register",
    "weighted_length",
]

logger = logging.getLogger(__name__)

# Set by configure for this build: the production SITEURL, or None when none is set.
SHARED_SITEURL = "QUOTE_SHARED_SITEURL"


class UnknownNetwork(ValueError):
    """QUOTE_SHARE_NETWORKS or ARTICLE_SHARE_NETWORKS names a network we cannot share to."""

    def __init__(self, names, setting: str = "QUOTE_SHARE_NETWORKS"):
        self.file = "pelicanconf.py"
        self.needle = setting
        super().__init__(f"{setting} {list(names)!r}: use one or more of {list(all_networks())!r}")


def _networks(settings, setting: str, default: tuple[str, ...]) -> tuple[str, ...]:
    networks = settings.get(setting)
    networks = default if networks is None else tuple(networks)
    if not networks or not set(networks) <= set(REGISTRY):
        raise UnknownNetwork(networks, setting)
    return networks


def configure(pelican) -> None:
    """Validate the settings and add the Markdown extension with them."""
    settings = pelican.settings
    networks = _networks(settings, "QUOTE_SHARE_NETWORKS", quote_networks())
    settings["QUOTE_SHARE_NETWORKS"] = networks
    settings["ARTICLE_SHARE_NETWORKS"] = _networks(
        settings, "ARTICLE_SHARE_NETWORKS", all_networks()
    )
    extension = markdown_extension(settings, TweetableQuotesExtension)
    extension.setConfig("networks", list(networks))
    extension.setConfig("x_handle", settings.get("X_HANDLE") or "")
    if settings.get("MASTODON_SHARE_URL"):
        extension.setConfig("mastodon_share", settings["MASTODON_SHARE_URL"])
    settings[SHARED_SITEURL] = production_siteurl(settings)


BOX = re.compile(r'<figure class="quote-box"[^>]*>.*?</figure>', re.S)
SHARE_LINK = re.compile(r'<a [^>]*data-share="[^"]*"[^>]*>')


def _query(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}


def shared_link(text: str, links: dict[str, dict[str, str]]) -> tuple[str, str | None]:
    """(the link a box shares, X's via), read back from its share links' queries."""
    if "x" in links:
        return links["x"].get("url", ""), links["x"].get("via")
    for query in links.values():  # the others carry the post: "the quote the-link"
        for value in query.values():
            if value.startswith(text):
                return value[len(text) :].strip(), None
    return "", None


def boxes_in(html: str) -> list[dict]:
    """The quote boxes of a page, read back from our own markup (cache-proof)."""
    found = []
    for match in BOX.finditer(html):
        figure = tag_attributes(match.group(0)[: match.group(0).index(">") + 1])
        links = {}
        for link in SHARE_LINK.finditer(match.group(0)):
            attributes = tag_attributes(link.group(0))
            links[attributes["data-share"]] = _query(attributes.get("href", ""))
        text = figure.get("data-quote", "")
        url, via = shared_link(text, links)
        found.append({"text": text, "fragment": figure.get("id", ""), "url": url, "via": via})
    return found


def finish_boxes(content) -> None:
    """Put the article's URL into its boxes' links and check every post fits.

    Lengths are counted with the URL readers share, the production one.
    """
    html = raw_html(content)
    if 'class="quote-box"' not in html or not hasattr(content, "title"):
        content.has_quotes = False
        return
    boxes = boxes_in(html)
    content.has_quotes = bool(boxes)
    page_url = f"{content.settings['SITEURL']}/{content.url}"
    set_raw_html(content, html.replace(PAGE_URL_TOKEN, quote(page_url, safe="")))
    siteurl = content.settings.get(SHARED_SITEURL)
    shared_url = f"{siteurl or STAND_IN}/{content.url}"
    note = "" if siteurl else f"publishconf.py has no https SITEURL yet, counted as {STAND_IN}"
    networks = tuple(content.settings["QUOTE_SHARE_NETWORKS"])
    for box in boxes:
        url = box["url"].replace(PAGE_URL_TOKEN, shared_url)
        posts = share_posts(box["text"], url, box["via"], networks)
        for overflow in overflows(posts, note):
            if overflow.network == "x" and weighted_length(url) > URL_WEIGHT:
                # X shortens only links it recognises: a host ending in a real domain.
                host = urlsplit(url).hostname or url
                overflow = replace(
                    overflow,
                    note=f"X counts {host} in full, not as {URL_WEIGHT}: it does not "
                    "end in a top-level domain X knows",
                )
            logger.warning(
                "%s",
                overflow,
                extra={"problem_file": content.source_path, "problem_needle": box["text"][:40]},
            )


def attach_share_links(content) -> None:
    """An article's share links (its title and absolute URL), as data for the theme."""
    if not isinstance(content, Article) or not hasattr(content, "title"):
        return  # no title: Pelican says so, naming the file
    settings = content.settings
    content.share_links = article_share_links(
        str(content.title),
        f"{settings['SITEURL']}/{content.url}",
        settings.get("X_HANDLE") or None,
        tuple(settings["ARTICLE_SHARE_NETWORKS"]),
        settings.get("MASTODON_SHARE_URL") or DEFAULT_MASTODON_SHARE,
    )


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(finish_boxes)
    signals.content_object_init.connect(attach_share_links)
