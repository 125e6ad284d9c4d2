"""Small helpers shared by several plugins (not a Pelican plugin itself)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, MutableMapping
from html.parser import HTMLParser

from pelican.utils import get_relative_path

TAG = re.compile(r"<[^>]*>")
# Tags that end a line of text: the words either side stay apart. Inline tags
# (<a>, <em>, ...) go without a trace: "<a>intro</a>." is "intro.", not "intro .".
BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th"
    r"|figure|figcaption|section|article|aside|header|footer|nav|details|summary)\b[^>]*>",
    re.IGNORECASE,
)
SPACE = re.compile(r"\s+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in HTML or XML
# Every <pre>: Pygments' (via codehilite), those written in HTML, as posts moved
# from WordPress hold them (verse, preformatted text), and archived comments' code.
PRE = re.compile(r"(<pre)(?=[\s>])(?![^>]*\btabindex=)", re.I)


class _Attributes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        self.attrs = {k: v or "" for k, v in attrs}

    handle_startendtag = handle_starttag


class PlainText(str):
    """Text that is never markup, wherever it goes: Jinja and markupsafe escape it once.

    Pelican reads a title as HTML in places the theme does not control (its feed
    writer strips tags from `Markup(title)`: "Use <kbd> & co" lost a word there
    while the page showed it). As PlainText, `Markup(title)` is the escaped text,
    and stripping tags from it gives back exactly what the writer typed.
    """

    __slots__ = ()

    def __html__(self) -> str:
        return html.escape(str(self), quote=True)


# A header's on/off switch (Comments:, Toc:): these words, in any case.
ON_OFF = {"on": True, "yes": True, "true": True, "off": False, "no": False, "false": False}


def on_off(value: object) -> bool | None:
    """True or False for a header's on/off word, None for any other value."""
    return ON_OFF.get(str(value).strip().lower())


def tag_attributes(tag: str) -> dict[str, str]:
    """The attributes of one start tag such as `<img src="..." alt="...">`, decoded."""
    parser = _Attributes()
    parser.feed(tag)
    return parser.attrs


def plain_text(fragment: str | None) -> str:
    """HTML as one line of text: markup and entities gone, white space folded."""
    text = TAG.sub("", BLOCK_TAG.sub(" ", fragment or ""))
    return SPACE.sub(" ", html.unescape(text)).strip()


def markdown_extension(settings: MutableMapping, extension_class: type):
    """The site's instance of a Markdown extension, added to MARKDOWN once."""
    extensions = settings.setdefault("MARKDOWN", {}).setdefault("extensions", [])
    for extension in extensions:
        if isinstance(extension, extension_class):
            return extension
    extension = extension_class()
    extensions.append(extension)
    return extension


def link_prefix(save_as: str, settings: Mapping) -> str:
    """What a page's own links start with: relative to it, or SITEURL."""
    if settings.get("RELATIVE_URLS"):
        return get_relative_path(save_as)
    return settings["SITEURL"]


def focusable_code(html: str) -> str:
    """Give every <pre> tabindex="0" so keyboard users can scroll it (WCAG 2.1.1)."""
    return PRE.sub(r'\1 tabindex="0"', html)


def one_line(value: object) -> str:
    """One line of the writer's text from metadata: control characters dropped,
    spaces folded; a list is joined with commas."""
    if isinstance(value, list | tuple):
        value = ", ".join(map(str, value))
    return SPACE.sub(" ", CONTROL.sub("", str(value or ""))).strip()
