"""WordPress post HTML (with shortcodes) to the Markdown this site writes."""

from __future__ import annotations

import bisect
import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from markdownify import MarkdownConverter, chomp
from pelican.tools.pelican_import import decode_wp_content

from freelancekit.markup import plain_text, tag_attributes

from .repair import clean_table, repair

# WordPress's own rule (get_shortcode_regex): a name, attributes up to the first "]"
# (never one inside them, quoted or not), and, if "[/name]" follows, the text up to it.
SHORTCODE_NAME = re.compile(r"\[([a-zA-Z_][\w-]*)")
CLOSING_TAG = re.compile(r"\[/([a-zA-Z_][\w-]*)\]")


@dataclass(frozen=True)
class Shortcode:
    """One shortcode found in a post: its span, name, attribute text and inner text."""

    start: int
    end: int
    name: str
    attrs: str
    inner: str | None
    text: str

    def __getitem__(self, key: str):
        return getattr(self, key)

    def group(self, number: int = 0) -> str:
        return self.text[self.start : self.end]


def find_shortcodes(text: str) -> Iterator[Shortcode]:
    """Every shortcode of `text`, left to right, in time linear in its length.

    Each "[" looks up the next "]" and the next "[/name]" in precomputed
    positions, so pathological input (thousands of "[a] ", or no "]" at all)
    costs no more than ordinary text.
    """
    closings: dict[str, list[int]] = {}
    for match in CLOSING_TAG.finditer(text):
        closings.setdefault(match.group(1).lower(), []).append(match.start())
    next_bracket = -1
    position = 0
    while (opening := SHORTCODE_NAME.search(text, position)) is not None:
        if next_bracket < opening.end():
            next_bracket = text.find("]", opening.end())
        if next_bracket < 0:
            return
        name = opening.group(1)
        end, inner = next_bracket + 1, None
        positions = closings.get(name.lower(), [])
        index = bisect.bisect_left(positions, end)
        if index < len(positions):
            inner = text[end : positions[index]]
            end = positions[index] + len(name) + 3
        yield Shortcode(opening.start(), end, name, text[opening.end() : next_bracket], inner, text)
        position = end


def substitute_shortcodes(text: str, replace: Callable[[Shortcode], str]) -> str:
    parts, last = [], 0
    for shortcode in find_shortcodes(text):
        parts += [text[last : shortcode.start], replace(shortcode)]
        last = shortcode.end
    return "".join(parts) + text[last:]


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
    parent: str = ""  # the post it was uploaded to ([gallery] without ids= shows those)
    order: int = 0

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
    repairs: Counter = field(default_factory=Counter)  # accessibility and validity repairs


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
    attrs: Mapping[str, str],
    attachments: Mapping[str, Attachment],
    converted: Converted,
    post_id: str = "",
) -> str:
    """[gallery ids="1,2"] as a gallery grid (each image described by its attachment);
    without ids=, as WordPress does, the images uploaded to the post."""
    ids = re.split(r"[\s,]+", attrs.get("ids", "").strip())
    if not any(ids):
        uploaded = [
            (a.order, key) for key, a in attachments.items() if post_id and a.parent == post_id
        ]
        ids = [
            key
            for _, key in sorted(
                uploaded, key=lambda pair: (pair[0], int(pair[1]) if pair[1].isdigit() else 0)
            )
        ]
        if not ids:
            converted.not_carried.append("a [gallery] with no images in the export left out")
    items = []
    for image_id in ids:
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


def stash(blocks: dict[str, str], markup: str) -> str:
    """Keep `markup` out of markdownify: a token of its own, put back afterwards."""
    token = TOKEN.format(len(blocks))
    blocks[token] = markup
    return f"\n\n{token}\n\n"


def stash_all(pattern: re.Pattern, text: str, blocks: dict, make: Callable) -> str:
    """Every match of `pattern` in `text` replaced by a stashed `make(match)`."""
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts += [text[last : match.start()], stash(blocks, make(match))]
        last = match.end()
    return "".join(parts) + text[last:]


def expand_shortcodes(
    text: str, images: Images, converted: Converted, blocks: dict[str, str]
) -> str:
    """Replace shortcodes by tokens (their Markdown stashed in `blocks`); return the text."""

    def block(markdown: str) -> str:
        return stash(blocks, markdown)

    def replace(match: Shortcode) -> str:
        name, raw, inner = match["name"].lower(), match["attrs"], match["inner"]
        attrs = attributes(raw)
        if name == "bctt":
            return block(f"[bctt{raw}]")
        if name == "tweet":
            return block(
                _quote_box(inner or attrs.get("text") or attrs.get("tweet") or _first_value(raw))
            )
        if name in {"audio", "video"} and not _is_video_host(
            attrs.get("src") or attrs.get("mp4") or attrs.get("mp3") or ""
        ):
            src = next(
                (
                    attrs[k]
                    for k in ("src", "mp3", "m4a", "ogg", "wav", "mp4", "webm", "m4v", "mov")
                    if attrs.get(k)
                ),
                _first_value(raw) if "=" not in raw else "",
            )
            return block(images.media(name, src, attrs.get("poster", ""), converted))
        if name in {"youtube", "vimeo", "embed", "video"}:
            url = (inner or attrs.get("url") or attrs.get("src") or _first_value(raw)).strip()
            return block(html.unescape(url))
        if name == "caption":
            return block(_figure(inner or "", attrs, converted))
        if name == "gallery":
            return block(_gallery(attrs, images.attachments, converted, images.post_id))
        converted.unknown_shortcodes.append(f"[{match['name']}{raw}]")
        kept = match.group(0).replace("`", "'")
        return block(f"`{kept}`")

    return substitute_shortcodes(text, replace)


@dataclass
class Images:
    """How one import treats the images of a post: find, describe, fetch or link."""

    attachments: Mapping[str, Attachment]
    site_url: str = ""
    old_hosts: tuple[str, ...] = ()
    # (url, content types wanted) -> the local link, or None if it could not be fetched
    fetch: Callable[[str, tuple[str, ...]], str | None] | None = None
    post_id: str = ""

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

    def media(self, kind: str, src: str, poster: str, converted: Converted) -> str:
        """An audio or video file: a local copy in <audio>/<video>, else a link to it."""
        if not src.strip():
            converted.not_carried.append(f"a {kind} with no file address left out")
            return ""
        url = urljoin(self.site_url + "/", html.unescape(src.strip()))
        name = url.rsplit("/", 1)[-1] or kind
        local = None
        if self.fetch is not None and url.startswith(("http://", "https://")):
            local = self.fetch(url, (f"{kind}/", "application/octet-stream"))
        if local is None:
            link = html.escape(url, quote=True)
            return f'<p><a href="{link}">{kind.title()}: {html.escape(name)}</a></p>'
        parts = [f'controls preload="none" src="{html.escape(local, quote=True)}"']
        if poster and kind == "video":
            poster_url = urljoin(self.site_url + "/", html.unescape(poster))
            still = self.fetch(poster_url, ("image/",)) if poster_url.startswith("http") else None
            if still:
                parts.append(f'poster="{html.escape(still, quote=True)}"')
        link = f'<a href="{html.escape(local, quote=True)}">{kind.title()}: {html.escape(name)}</a>'
        return f"<{kind} {' '.join(parts)}>{link}</{kind}>"

    def element(self, match: re.Match, converted: Converted) -> str:
        """A <video> or <audio> element of the post, as `media` makes it."""
        kind, attrs = match.group(1).lower(), tag_attributes(f"<x {match.group(2)}>")
        src = attrs.get("src", "")
        if not src and (source := SOURCE_SRC.search(match.group(3))):
            src = tag_attributes(source.group(0)).get("src", "")
        return self.media(kind, src, attrs.get("poster", ""), converted)

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
            local = self.fetch(url, ("image/",))
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


def _block(name: str) -> re.Pattern:
    return re.compile(
        r"<!--\s*wp:" + name + r"\b[^>]*?-->(.*?)<!--\s*/wp:" + name + r"\s*-->", re.S
    )


GALLERY_BLOCK = _block("gallery")
FILE_BLOCK = _block("file")
BUTTONS_BLOCK = _block("buttons")
BUTTON_BLOCK = _block("button")  # older posts: a button with no buttons block around it
EMBED_BLOCK = _block("(?:core-)?embed(?:/[\\w-]+)?")
FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.S | re.I)
BUTTON_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S | re.I)
EMBED_URL = re.compile(r"https?://[^\s<\"']+")
X_HOSTS = ("twitter.com", "x.com")


def _gallery_block(match: re.Match, images: Images, converted: Converted) -> str:
    """A block-editor gallery: our gallery grid, its caption kept."""
    inner = match.group(1)
    captions = FIGCAPTION.findall(inner)
    caption = plain_text(captions[-1]) if captions and "blocks-gallery-caption" in inner else ""
    items = [
        f"<li>{images.tag(tag, converted, markdown=False)}</li>" for tag in IMG_TAG.findall(inner)
    ]
    if not items:
        return ""
    figure = f'<ul class="gallery">{"".join(items)}</ul>'
    if caption:
        return f"<figure>{figure}<figcaption>{html.escape(caption)}</figcaption></figure>"
    return figure


def _href(link: re.Match) -> str:
    """The href of a BUTTON_LINK match: its own start tag's, not an inner tag's."""
    whole = link.group(0)
    return tag_attributes(whole[: whole.index(">") + 1]).get("href", "")


# A file offered for download (a PDF, a spreadsheet...): anything but a web page.
FILE_KINDS = ("application/", "image/", "audio/", "video/", "text/plain", "text/csv")


def _file_block(match: re.Match, images: Images, converted: Converted) -> str:
    """A file block: a link to a local copy of the file, else to its old address."""
    link = BUTTON_LINK.search(match.group(1))
    if not link:
        return ""
    href = _href(link)
    url = urljoin(images.site_url + "/", html.unescape(href))
    text = html.escape(plain_text(link.group(1)) or url.rsplit("/", 1)[-1])
    local = None
    if images.fetch is not None and url.startswith(("http://", "https://")):
        local = images.fetch(url, FILE_KINDS)
    elif url.startswith(("http://", "https://")):
        converted.not_carried.append(f"file {url} kept as a link to its old address")
    return f'<p><a href="{html.escape(local or url, quote=True)}">{text}</a></p>'


def _buttons_block(match: re.Match) -> str:
    """Block-editor buttons: links styled as buttons (a button with no link: its text)."""
    buttons = []
    for link in BUTTON_LINK.finditer(match.group(1)):
        href = _href(link)
        text = html.escape(plain_text(link.group(1)))
        if href and href != "#":
            buttons.append(f'<a class="button" href="{html.escape(href, quote=True)}">{text}</a>')
        elif text:
            buttons.append(f"<strong>{text}</strong>")
    return f"<p>{' '.join(buttons)}</p>" if buttons else ""


def _embed_block(match: re.Match) -> str:
    """An embed: YouTube and Vimeo as a bare line (our video facade), X as a quote, else a link."""
    found = EMBED_URL.search(match.group(1))
    if not found:
        return ""
    url = html.unescape(found.group(0))
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    caption = FIGCAPTION.search(match.group(1))
    text = plain_text(caption.group(1)) if caption else ""
    if host.endswith(VIDEO_HOSTS):
        return url
    link = f'<a href="{html.escape(url, quote=True)}">{html.escape(text or url)}</a>'
    if host.endswith(X_HOSTS):
        return f"<blockquote><p>A post on X: {link}</p></blockquote>"
    return f"<p>{link}</p>"


LINK_HREF = re.compile(r"(<a\b[^>]*?\bhref=)([\"'])(.*?)\2", re.I | re.S)


def _relink(match: re.Match, links: Mapping[str, str], site_url: str, hosts: tuple) -> str:
    """A link to another post of the old blog, as a {filename} link to its new file."""
    url = html.unescape(match.group(3)).strip()
    parts = urlsplit(urljoin(site_url + "/", url))
    base = urlsplit(site_url)
    if (parts.hostname or "").lower() not in {*hosts, (base.hostname or "").lower()}:
        return match.group(0)
    path = parts.path
    prefix = base.path.rstrip("/")
    path = path[len(prefix) :] if prefix and path.startswith(prefix) else path
    key = path.strip("/") or (f"?{parts.query}" if parts.query.startswith("p=") else "")
    target = links.get(key) or links.get(f"?{parts.query}")
    if not target:
        return match.group(0)
    new = "{filename}/" + target + (f"#{parts.fragment}" if parts.fragment else "")
    return f"{match.group(1)}{match.group(2)}{html.escape(new, quote=True)}{match.group(2)}"


FOOTNOTE_REF = re.compile(r"<sup\b[^>]*\bdata-fn=([\"'])(.*?)\1[^>]*>.*?</sup>", re.I | re.S)
FOOTNOTE_TOKEN = "WPFOOTNOTE{}X"


def _footnotes(text: str, stored: str, converted: Converted) -> tuple[str, list[str]]:
    """The block editor's footnotes (texts kept in the post's `footnotes` field) as
    Markdown footnotes: references become tokens, the texts definitions, in order."""
    try:
        notes = {n["id"]: str(n.get("content", "")) for n in json.loads(stored or "[]")}
    except (ValueError, TypeError, KeyError):
        notes = {}
    order: list[str] = []

    def reference(match: re.Match) -> str:
        note = match.group(2)
        if note not in notes:
            converted.not_carried.append("a footnote whose text is not in the export left out")
            return ""
        if note not in order:
            order.append(note)
        return FOOTNOTE_TOKEN.format(order.index(note) + 1)

    text = FOOTNOTE_REF.sub(reference, text)
    definitions = [
        f"[^{number}]: " + " ".join(markdownify(notes[note], strip=["span", "div"]).split())
        for number, note in enumerate(order, start=1)
    ]
    return text, definitions


TABLE = re.compile(
    r"<figure\b[^>]*\bwp-block-table\b[^>]*>.*?</figure>|<table\b.*?</table\s*>", re.I | re.S
)
MEDIA_ELEMENT = re.compile(r"<(video|audio)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S)
SOURCE_SRC = re.compile(r"<source\b[^>]*>", re.I)


def _is_video_host(url: str) -> bool:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.endswith(VIDEO_HOSTS)


# Inline elements Markdown has no syntax for (or, like ~~, none Python-Markdown
# reads), kept as HTML: markdownify drops them and keeps only their text, so H2O
# lost its subscript and "~~old price~~" showed its tildes. The value is the tag
# written: <s> and <strike> are <del>; only abbr and dfn keep an attribute (title).
KEPT_INLINE = {tag: tag for tag in ("sub", "sup", "del", "ins", "u", "mark", "kbd")}
KEPT_INLINE |= {"s": "del", "strike": "del", "abbr": "abbr", "dfn": "dfn", "q": "q"}
KEPT_INLINE |= {"cite": "cite", "small": "small", "var": "var", "acronym": "abbr"}
TITLED = {"abbr", "dfn"}
TEXT_MARKUP = re.compile(r"<(?=[a-zA-Z/!?])|&(?=#?[a-zA-Z0-9]+;|#[0-9]|#[xX][0-9a-fA-F])")
QUOTE_MARK = re.compile(r"^(\s*)>")


def _kept_inline(tag: str) -> Callable:
    def convert(self, el, text: str, parent_tags: set) -> str:
        if "_noformat" in parent_tags:
            return text
        before, after, text = chomp(text)
        if not text:
            return ""
        title = el.get("title") if tag in TITLED else None
        attrs = f' title="{html.escape(title, quote=True)}"' if title else ""
        return f"{before}<{tag}{attrs}>{text}</{tag}>{after}"

    return convert


class ImportConverter(MarkdownConverter):
    """markdownify, with the inline elements of KEPT_INLINE kept as HTML, and a
    post's text kept text: "&lt;b&gt;" in a post about HTML is the three
    characters <b>, never a tag (markdownify wrote them back as markup, which
    bolded the rest of the paragraph, or ran an export's "&lt;script&gt;")."""

    convert_tt = MarkdownConverter.convert_code  # HTML 4's teletype: code

    def escape(self, text: str, parent_tags: set) -> str:
        # Only what Markdown would read as markup: "<" before a tag's first letter,
        # "&" before an entity or a number, ">" first; "AT&T" and "5 < 3" stay as typed.
        text = TEXT_MARKUP.sub(lambda m: "&amp;" if m.group() == "&" else "&lt;", text)
        text = QUOTE_MARK.sub(r"\1&gt;", text)  # a ">" that would start a blockquote
        return super().escape(text, parent_tags)


for _name, _tag in KEPT_INLINE.items():
    setattr(ImportConverter, f"convert_{_name}", _kept_inline(_tag))


def markdownify(text: str, **options) -> str:
    return ImportConverter(**options).convert(text)


def to_markdown(
    content: str,
    attachments: Mapping[str, Attachment] | None = None,
    fetch: Callable[[str], str | None] | None = None,
    old_hosts: tuple[str, ...] = (),
    site_url: str = "",
    links: Mapping[str, str] | None = None,
    post_id: str = "",
    footnotes: str = "",
) -> Converted:
    """Convert one post: shortcodes, WordPress's paragraphs (wpautop), then Markdown.

    `links` maps an old post's path on the old blog (or `?p=ID`) to its new file:
    links to it become `{filename}` links, which Pelican checks at every build.
    """
    converted = Converted("")
    images = Images(attachments or {}, site_url.rstrip("/"), old_hosts, fetch, post_id)
    text = content or ""
    # Blocks of the block editor that Markdown has no form for, and media: our markup,
    # kept out of markdownify as tokens (the other blocks are plain HTML it converts).
    blocks: dict[str, str] = {}
    for pattern, make in [
        (GALLERY_BLOCK, lambda m: _gallery_block(m, images, converted)),
        (FILE_BLOCK, lambda m: _file_block(m, images, converted)),
        (BUTTONS_BLOCK, _buttons_block),
        (BUTTON_BLOCK, _buttons_block),
        (EMBED_BLOCK, _embed_block),
        (MEDIA_ELEMENT, lambda m: images.element(m, converted)),
    ]:
        text = stash_all(pattern, text, blocks, make)
    text = COMMENT.sub("", text)
    text = expand_shortcodes(text, images, converted, blocks)
    text = decode_wp_content(text)
    text = IMG_TAG.sub(lambda m: images.tag(m.group(0), converted, markdown=True), text)
    text, definitions = _footnotes(text, footnotes, converted) if "data-fn" in text else (text, [])
    if links:
        text = LINK_HREF.sub(lambda m: _relink(m, links, site_url.rstrip("/"), old_hosts), text)
    text, converted.repairs = repair(text)
    # Tables stay HTML (captions, footers, header-less tables survive), cleaned.
    text = stash_all(TABLE, text, blocks, lambda m: clean_table(m.group(0), ALT_TODO))
    markdown = markdownify(text, heading_style="ATX", bullets="-", strip=["span", "div"])
    markdown = ALT_TODO_IMAGE.sub("![](", markdown)
    markdown = re.sub(r"(!\[\]\([^)\s]*(?: \"[^\"]*\")?\))", r"\1{.alt-todo}", markdown)
    for number in range(len(definitions), 0, -1):
        markdown = markdown.replace(FOOTNOTE_TOKEN.format(number), f"[^{number}]")
    if definitions:
        markdown = markdown.rstrip() + "\n\n" + "\n".join(definitions) + "\n"
    for token, value in blocks.items():
        if "<img" in value:
            value = IMG_TAG.sub(lambda m: images.tag(m.group(0), converted, markdown=False), value)
        markdown = markdown.replace(token, "\n\n" + value + "\n\n")
    converted.markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    return converted


plain_line = plain_text  # an excerpt or a title as one line for a metadata field
