"""WordPress post HTML (with shortcodes) to the Markdown this site writes."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markdownify import markdownify
from pelican.tools.pelican_import import decode_wp_content

from freelancekit.markup import plain_text

SHORTCODE = re.compile(
    r"\[(?P<name>[a-zA-Z_][\w-]*)(?P<attrs>(?:[^\]\"']|\"[^\"]*\"|'[^']*')*)\]"
    r"(?:(?P<inner>.*?)\[/(?P=name)\])?",
    re.S,
)
ATTR = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|(\S+))")
COMMENT = re.compile(r"<!--.*?-->", re.S)
IMG_SRC = re.compile(r"(<img\b[^>]*\bsrc=)([\"'])(.*?)\2", re.I)
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com")
TOKEN = "WPSHORTCODE{:04d}X"


@dataclass
class Converted:
    """A post's Markdown and what the import report should say about it."""

    markdown: str
    images: list[str] = field(default_factory=list)  # remote image URLs found
    unknown_shortcodes: list[str] = field(default_factory=list)
    images_without_alt: list[str] = field(default_factory=list)


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


def _gallery(attrs: Mapping[str, str], attachments: Mapping[str, tuple[str, str]]) -> str:
    """[gallery ids="1,2"] as a list of images (their attachment titles as alt text)."""
    items = []
    for image_id in re.split(r"[\s,]+", attrs.get("ids", "").strip()):
        if image_id in attachments:
            url, title = attachments[image_id]
            alt = html.escape(title or f"Gallery image {image_id}", quote=True)
            items.append(f'<li><img src="{html.escape(url, quote=True)}" alt="{alt}"></li>')
    return f'<ul class="gallery">{"".join(items)}</ul>' if items else ""


def expand_shortcodes(
    text: str, attachments: Mapping[str, tuple[str, str]], converted: Converted
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
            return block(_gallery(attrs, attachments))
        converted.unknown_shortcodes.append(f"[{match['name']}{raw}]")
        kept = match.group(0).replace("`", "'")
        return block(f"`{kept}`")

    return SHORTCODE.sub(replace, text), blocks


def to_markdown(
    content: str,
    attachments: Mapping[str, tuple[str, str]] | None = None,
    rewrite_image: Callable[[str], str] | None = None,
    old_hosts: tuple[str, ...] = (),
) -> Converted:
    """Convert one post: shortcodes, WordPress's paragraphs (wpautop), then Markdown."""
    converted = Converted("")
    text = COMMENT.sub("", content or "")
    text, blocks = expand_shortcodes(text, attachments or {}, converted)
    text = decode_wp_content(text)

    def image(match: re.Match) -> str:
        url = html.unescape(match.group(3))
        host = urlsplit(url).hostname or ""
        if host and (host in old_hosts or host.endswith(("wordpress.com", ".wp.com"))):
            converted.images.append(url)
            if rewrite_image:
                url = rewrite_image(url)
        return f"{match.group(1)}{match.group(2)}{html.escape(url)}{match.group(2)}"

    text = IMG_SRC.sub(image, text)
    for tag in re.findall(r"<img\b[^>]*>", text, re.I):
        if not has_alt(tag):
            src = re.search(r"\bsrc=([\"'])(.*?)\1", tag)
            converted.images_without_alt.append(src.group(2) if src else tag)
    markdown = markdownify(text, heading_style="ATX", bullets="-", strip=["span", "div"])
    for token, value in blocks.items():
        value = IMG_SRC.sub(image, value) if "<img" in value else value
        markdown = markdown.replace(token, "\n\n" + value + "\n\n")
    converted.markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    return converted


plain_line = plain_text  # an excerpt or a title as one line for a metadata field
