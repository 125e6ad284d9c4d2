"""Read a WordPress WXR export (strict XML) into plain records."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

FIXED_NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
}


class WxrError(ValueError):
    """The file is not a readable WordPress export; nothing is written."""


@dataclass
class WxrComment:
    id: str
    parent: str
    author: str
    author_url: str
    date_gmt: str
    body: str
    approved: str
    type: str


@dataclass
class WxrItem:
    id: str
    type: str  # post, page, attachment, ...
    status: str  # publish, draft, private, pending, future, trash
    title: str
    slug: str
    link: str
    date: str
    modified: str
    author: str
    content: str
    excerpt: str
    categories: list[tuple[str, str]] = field(default_factory=list)  # (slug, name)
    tags: list[tuple[str, str]] = field(default_factory=list)
    comments: list[WxrComment] = field(default_factory=list)
    attachment_url: str = ""
    password: str = ""  # a password-protected post: never published here
    parent: str = ""  # wp:post_parent: for an attachment, the post it was uploaded to
    order: int = 0  # wp:menu_order
    meta: dict[str, str] = field(default_factory=dict)  # wp:postmeta (e.g. an image's alt)


@dataclass
class Export:
    site_url: str
    items: list[WxrItem]
    authors: dict[str, str] = field(default_factory=dict)  # login: display name

    def of_type(self, *types: str) -> list[WxrItem]:
        return [item for item in self.items if item.type in types]


def _text(element: ET.Element, path: str, ns: dict[str, str]) -> str:
    found = element.find(path, ns)
    return (found.text or "").strip() if found is not None else ""


def _raw(element: ET.Element, path: str, ns: dict[str, str]) -> str:
    found = element.find(path, ns)
    return found.text or "" if found is not None else ""


# WXR 1.0, 1.1 and 1.2 differ only in it; WordPress.com writes it with https.
WP_NAMESPACE = re.compile(r"https?://wordpress\.org/export/1\.[0-9]+/")


def _wp_namespace(channel: ET.Element | None) -> str | None:
    """The export's wp: namespace, found by its wxr_version element."""
    for child in channel if channel is not None else []:
        namespace, _, name = child.tag[1:].partition("}")
        if name == "wxr_version" and WP_NAMESPACE.fullmatch(namespace):
            return namespace
    return None


def _comment(element: ET.Element, ns: dict[str, str]) -> WxrComment:
    return WxrComment(
        id=_text(element, "wp:comment_id", ns),
        parent=_text(element, "wp:comment_parent", ns),
        author=_text(element, "wp:comment_author", ns),
        author_url=_text(element, "wp:comment_author_url", ns),
        date_gmt=_text(element, "wp:comment_date_gmt", ns) or _text(element, "wp:comment_date", ns),
        body=_raw(element, "wp:comment_content", ns),
        approved=_text(element, "wp:comment_approved", ns),
        type=_text(element, "wp:comment_type", ns),
    )


def _item(element: ET.Element, ns: dict[str, str]) -> WxrItem:
    terms = {"category": [], "post_tag": []}
    for category in element.findall("category"):
        domain = category.get("domain")
        if domain in terms:
            terms[domain].append((category.get("nicename", ""), (category.text or "").strip()))
    return WxrItem(
        id=_text(element, "wp:post_id", ns),
        type=_text(element, "wp:post_type", ns),
        status=_text(element, "wp:status", ns),
        title=_text(element, "title", ns),
        slug=_text(element, "wp:post_name", ns),
        link=_text(element, "link", ns),
        date=_text(element, "wp:post_date", ns),
        modified=_text(element, "wp:post_modified", ns),
        author=_text(element, "dc:creator", ns),
        content=_raw(element, "content:encoded", ns),
        excerpt=_raw(element, "excerpt:encoded", ns).strip(),
        categories=terms["category"],
        tags=terms["post_tag"],
        comments=[_comment(c, ns) for c in element.findall("wp:comment", ns)],
        attachment_url=_text(element, "wp:attachment_url", ns),
        password=_raw(element, "wp:post_password", ns),
        parent=_text(element, "wp:post_parent", ns),
        order=int(order) if (order := _text(element, "wp:menu_order", ns)).isdigit() else 0,
        meta={
            _text(meta, "wp:meta_key", ns): _raw(meta, "wp:meta_value", ns)
            for meta in element.findall("wp:postmeta", ns)
        },
    )


def parse_wxr(path: Path) -> Export:
    """Parse the whole export or raise WxrError saying why (and where)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position
        raise WxrError(
            f"{path.name} is not well-formed XML (line {line}, column {column}): "
            "the export may be truncated; export it again from WordPress"
        ) from None
    except OSError as error:
        raise WxrError(f"cannot read {path}: {error.strerror}") from None
    channel = root.find("channel")
    namespace = _wp_namespace(channel)
    if root.tag != "rss" or namespace is None:
        raise WxrError(
            f"{path.name} is not a WordPress export (WXR): in WordPress, use "
            "Tools > Export > All content"
        )
    ns = {**FIXED_NS, "wp": namespace, "excerpt": namespace + "excerpt/"}
    site_url = _text(channel, "wp:base_blog_url", ns) or _text(channel, "link", ns)
    authors = {
        _text(author, "wp:author_login", ns): _text(author, "wp:author_display_name", ns)
        for author in channel.findall("wp:author", ns)
    }
    return Export(
        site_url.rstrip("/"),
        [_item(e, ns) for e in channel.findall("item")],
        {login: name for login, name in authors.items() if login and name},
    )
