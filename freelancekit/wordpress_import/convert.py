"""WordPress post HTML (with shortcodes) to the Markdown this site writes."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from markdownify import markdownify
from pelican.tools.pelican_import import decode_wp_content

from freelancekit.markup import plain_text, tag_attributes

SHORTCODE = re.compile(
    r"\[(?P<name>[a-zA-Z_][\w-]*)(?P<attrs>(?:[^\]\"']|\"[^\"]*\"|'[^']*')*)\]"
    r"(?:(?P<inner>.*?)\[/(?P=name)\])?",
    re.S,
)
ATTR = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))")
COMMENT = re.compile(r"<!--.*?-->", re.S)
IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
# An image no alt text could be found for: imported with the documented marker
# `![](...){.alt-todo}` (the build lists it as a to-do instead of failing).
ALT_TODO = "WPALTTODO"
ALT_TODO_IMAGE = re.compile(r"!\[" + ALT_TODO + r"\]\(")
WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")  # WordPress's resized copies: photo-300x200.jpg
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com")
TOKEN = "WPSHORTCODE{:04d}X"


@dataclass(frozen=True)
class Attachment:
    """An image in the media library: where it is and what describes it."""

    url: str
    alt: str = ""
    caption: str = ""
    title: str = ""

    @property
    def description(self) -> str:
        return self.alt or self.caption or self.title


@dataclass
class Converted:
    """A post's Markdown and what the import report should say about it."""

    markdown: str
    images: list[str] = field(default_factory=list)  # remote image URLs found
    unknown_shortcodes: list[str] = field(default_factory=list)
    images_without_alt: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)  # report lines


def attributes(text: str) -> dict[str, str]:
    """Shortcode attributes: name="v", name='v', name=v, entities decoded."""
    return {
        m.group(1).lower(): html.unescape(next(g for g in m.groups()[1:] if g is not None))
        for m in ATTR.finditer(text)
    }


def _first_value(attrs_text: str) -> str:
    """The positional value of e.g. [youtube URL] or [tweet "text"]."""
    text = attrs_text.strip().lstrip("=").strip()
    return html.unescape(text.strip("\"'"))


def _quote_box(text: str) -> str:
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())
    return f"> [!TWEET]\n> {text}"


def has_alt(tag: str) -> bool:
    """Whether an <img> tag has non-empty alt text."""
    match = re.search(r"\balt=([\"'])(.*?)\1", tag, re.S)
    return bool(match and match.group(2).strip())


def _figure(inner: str, attrs: Mapping[str, str], converted: Converted) -> str:
    """[caption]<img ...> Caption[/caption] as a figure with a caption."""
    image = re.search(r"<img\b[^>]*>", inner, re.I)
    caption = attrs.get("caption") or re.sub(
        r"<[^>]+>", "", inner[image.end() :] if image else inner
    )
    caption = " ".join(html.unescape(caption).split())
    if not image:
        return html.escape(caption)
    tag = image.group(0)
    if not has_alt(tag):
        tag = re.sub(r"\s*\balt=([\"']).*?\1", "", tag)
        tag = tag.replace("<img", f'<img alt="{html.escape(caption, quote=True)}"', 1)
    return f"<figure>{tag}<figcaption>{html.escape(caption)}</figcaption></figure>"


def _gallery(
    attrs: Mapping[str, str], attachments: Mapping[str, Attachment], converted: Converted
) -> str:
    """[gallery ids="1,2"] as a gallery grid (each image described by its attachment)."""
    items = []
    for image_id in re.split(r"[\s,]+", attrs.get("ids", "").strip()):
        if not image_id:
            continue
        if image_id not in attachments:
            converted.not_carried.append(
                f"gallery image {image_id} is not in the export: left out of the gallery"
            )
            continue
        found = attachments[image_id]
        alt = html.escape(found.description, quote=True)
        items.append(f'<li><img src="{html.escape(found.url, quote=True)}" alt="{alt}"></li>')
    return f'<ul class="gallery">{"".join(items)}</ul>' if items else ""


def expand_shortcodes(
    text: str, attachments: Mapping[str, Attachment], converted: Converted
) -> tuple[str, dict[str, str]]:
    """Replace shortcodes by tokens; return the text and {token: Markdown block}."""
    blocks: dict[str, str] = {}

    def block(markdown: str) -> str:
        token = TOKEN.format(len(blocks))
        blocks[token] = markdown
        return f"\n\n{token}\n\n"

    def replace(match: re.Match) -> str:
        name, raw, inner = match["name"].lower(), match["attrs"], match["inner"]
        attrs = attributes(raw)
        if name == "bctt":
            return block(f"[bctt{raw}]")
        if name == "tweet":
            return block(
                _quote_box(inner or attrs.get("text") or attrs.get("tweet") or _first_value(raw))
            )
        if name in {"youtube", "vimeo", "embed", "video"}:
            url = (inner or attrs.get("url") or attrs.get("src") or _first_value(raw)).strip()
            return block(html.unescape(url))
        if name == "caption":
            return block(_figure(inner or "", attrs, converted))
        if name == "gallery":
            return block(_gallery(attrs, attachments, converted))
        converted.unknown_shortcodes.append(f"[{match['name']}{raw}]")
        kept = match.group(0).replace("`", "'")
        return block(f"`{kept}`")

    return SHORTCODE.sub(replace, text), blocks


@dataclass
class Images:
    """How one import treats the images of a post: find, describe, fetch or link."""

    attachments: Mapping[str, Attachment]
    site_url: str = ""
    old_hosts: tuple[str, ...] = ()
    fetch: Callable[[str], str | None] | None = None  # the local link, or None if it failed

    def __post_init__(self):
        self.by_url = {SIZE_SUFFIX.sub("", a.url): a for a in self.attachments.values() if a.url}

    def describe(self, attrs: Mapping[str, str], url: str) -> str:
        """The alt text: the tag's own, else the attachment's alt, caption or title."""
        own = " ".join((attrs.get("alt") or "").split())
        if own:
            return own
        number = WP_IMAGE_CLASS.search(attrs.get("class", ""))
        found = self.attachments.get(number.group(1)) if number else None
        found = found or self.by_url.get(SIZE_SUFFIX.sub("", url.split("?")[0]))
        return " ".join(plain_text(found.description).split()) if found else ""

    def tag(self, tag: str, converted: Converted, markdown: bool) -> str:
        """One <img> as it should come over: described, local if downloaded, else linked."""
        attrs = tag_attributes(tag)
        src = attrs.get("src", "").strip()
        if not src or src.startswith("data:"):
            converted.not_carried.append(f"an image with no usable address ({tag[:60]}) left out")
            return ""
        url = urljoin(self.site_url + "/", src)  # /wp-content/... on the old host
        alt = self.describe(attrs, url)
        host = (urlsplit(url).hostname or "").lower()
        ours = host in self.old_hosts or host.endswith((".wordpress.com", ".wp.com"))
        if ours:
            converted.images.append(url)
        if self.fetch is not None and url.startswith(("http://", "https://")):
            local = self.fetch(url)
            if local is None:  # could not be downloaded: a link, never a hotlink
                text = html.escape(alt or f"image: {url.rsplit('/', 1)[-1]}")
                return f'<a href="{html.escape(url, quote=True)}">{text}</a>'
            url = local
        if not alt:
            converted.images_without_alt.append(url)
        title = attrs.get("title", "").strip()
        parts = [f'src="{html.escape(url, quote=True)}"']
        if alt or markdown:
            parts.append(f'alt="{html.escape(alt or ALT_TODO, quote=True)}"')
        else:
            parts.append('class="alt-todo"')
        if title:
            parts.append(f'title="{html.escape(title, quote=True)}"')
        return f"<img {' '.join(parts)}>"


def to_markdown(
    content: str,
    attachments: Mapping[str, Attachment] | None = None,
    fetch: Callable[[str], str | None] | None = None,
    old_hosts: tuple[str, ...] = (),
    site_url: str = "",
) -> Converted:
    """Convert one post: shortcodes, WordPress's paragraphs (wpautop), then Markdown."""
    converted = Converted("")
    images = Images(attachments or {}, site_url.rstrip("/"), old_hosts, fetch)
    text = COMMENT.sub("", content or "")
    text, blocks = expand_shortcodes(text, images.attachments, converted)
    text = decode_wp_content(text)
    text = IMG_TAG.sub(lambda m: images.tag(m.group(0), converted, markdown=True), text)
    markdown = markdownify(text, heading_style="ATX", bullets="-", strip=["span", "div"])
    markdown = ALT_TODO_IMAGE.sub("![](", markdown)
    markdown = re.sub(r"(!\[\]\([^)\s]*(?: \"[^\"]*\")?\))", r"\1{.alt-todo}", markdown)
    for token, value in blocks.items():
        if "<img" in value:
            value = IMG_TAG.sub(lambda m: images.tag(m.group(0), converted, markdown=False), value)
        markdown = markdown.replace(token, "\n\n" + value + "\n\n")
    converted.markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    return converted


plain_line = plain_text  # an excerpt or a title as one line for a metadata field
