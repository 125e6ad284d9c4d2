"""An article's summary for a card on a listing page (index, category, tag, portfolio).

A card shows the article's first blocks, whole, up to a number of words:
paragraphs, lists, quotes and definition lists, with their links and inline
markup. What would clash with the listing page or break its layout is left
out: ids and names (two cards would repeat them), links to #fragments of the
article and its footnotes, a table of contents, and figures, images, tables,
code blocks, embeds, callouts and controls (a quote box's share links, a video
player). Headings become bold paragraphs: the card's title is the page's h2,
so a summary holds no heading at all, and one with nothing after it is left
out. Only when the first block alone is over the limit is it shortened, at a
word, ending with "…".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

# Characters that are words on their own (Chinese, Japanese, Korean): a paragraph
# of them has no spaces to cut at.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile(rf"[{CJK}]|[^\W{CJK}]+(?:['\u2019-][^\W{CJK}]+)*")


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


HEADINGS = _tags("h1 h2 h3 h4 h5 h6")
BLOCKS = _tags("p ul ol dl blockquote")
# Kept with their text and allowed attributes; what is not listed goes, its text stays.
INLINE = _tags(
    "a abbr b bdi bdo cite code del dfn em i ins kbd mark q rp rt ruby s samp small "
    "strong sub sup time u var"
)
# Left out with everything in them.
LEFT_OUT = _tags(
    "aside audio button canvas details dialog embed fieldset figure form iframe img "
    "input map math nav noscript object picture pre script select style svg table "
    "template textarea video"
)
LEFT_OUT_CLASSES = frozenset({"footnote", "toc"})  # footnotes, Markdown's [TOC]
# Elements that end a paragraph, as in a browser: their content is not the paragraph's.
BLOCK_LIKE = (
    BLOCKS
    | HEADINGS
    | _tags("li dt dd address article center div footer header hgroup main section")
)
VOID = _tags("area base br col embed hr img input link meta source track wbr")
ATTRIBUTES = {
    "*": {"dir", "lang"},
    "a": {"href", "hreflang", "rel", "title"},
    "abbr": {"title"},
    "dfn": {"title"},
    "del": {"datetime"},
    "ins": {"datetime"},
    "time": {"datetime"},
    "ol": {"reversed", "start", "type"},
}
LISTS = {"ul": "li", "ol": "li", "dl": "dd"}  # a list, and what holds anything put in it
PHRASING = frozenset({"p"}) | INLINE


@dataclass
class Element:
    tag: str  # "" for the summary itself
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Element | str] = field(default_factory=list)
    heading: bool = False  # a heading made a paragraph


@dataclass
class _Open:
    source: str | None  # the tag whose end tag closes it; None: closed with its parent
    element: Element | None  # None while inside something left out


class _Enough(Exception):
    """More words read than a summary can hold: the rest of the article is not needed."""


class _CardParser(HTMLParser):
    """Reads an article's HTML into a card's blocks, until it has more than `limit` words."""

    def __init__(self, limit: int):
        super().__init__(convert_charrefs=True)
        self.root = Element("")
        self.stack = [_Open(None, self.root)]
        self.limit, self.words = limit, 0

    @property
    def current(self) -> Element | None:
        return self.stack[-1].element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.current is None or _left_out(tag, attrs):
            if tag not in VOID:
                self.stack.append(_Open(tag, None))
        elif tag in ("br", "wbr"):
            if self.current.tag not in ("", *LISTS):
                self.current.children.append(Element(tag))
        elif tag in VOID:
            pass
        elif tag in ("li", "dt", "dd"):
            self._item(tag, attrs)
        elif tag in BLOCK_LIKE:
            self._end_paragraph()
            if tag in HEADINGS or tag in BLOCKS:
                self._in_item()
            if tag in HEADINGS:
                self._open(tag, Element("p", heading=True))
                self._open(None, Element("strong"))
            elif tag in BLOCKS:
                self._open(tag, Element(tag, _kept(tag, attrs)))
            else:
                self.stack.append(_Open(tag, self.current))  # its content, without it
        elif tag in INLINE and not (tag == "a" and _in_page(attrs)):
            self._phrasing()
            self._open(tag, Element(tag, _kept(tag, attrs)))
        else:
            self.stack.append(_Open(tag, self.current))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].source == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self.current is None or (data.isspace() and self.current.tag in ("", *LISTS)):
            return
        if not data.isspace():
            self._phrasing()
        children = self.current.children
        # Text either side of something left out is one text: "a<img>b" shows "ab".
        before = children.pop() if children and isinstance(children[-1], str) else ""
        children.append(before + data)
        self.words += words(before + data) - words(before)
        if self.words > self.limit:
            raise _Enough

    def _open(self, source: str | None, element: Element) -> None:
        self.current.children.append(element)
        self.stack.append(_Open(source, element))

    def _end_paragraph(self) -> None:
        """Close the paragraph and inline elements a block starts after, as a browser does."""
        while self.current.tag in PHRASING:
            self.stack.pop()

    def _in_item(self) -> None:
        """Directly in a list, open an item for what comes (ul and ol hold only li)."""
        if self.current.tag in LISTS:
            self._open(None, Element(LISTS[self.current.tag]))

    def _phrasing(self) -> None:
        """Make sure text can go where we are: in a paragraph at the top, an item in a list."""
        if self.current.tag == "":
            self._open(None, Element("p"))
        self._in_item()

    def _item(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A list item (li, dt, dd): it ends the item before it; outside its list, only its text."""
        lists = ("ul", "ol") if tag == "li" else ("dl",)
        items = ("li",) if tag == "li" else ("dt", "dd")
        for depth in range(len(self.stack) - 1, 0, -1):
            element = self.stack[depth].element
            if element.tag in items:
                while self.stack[depth - 1].element is element:  # what it holds, unwrapped
                    depth -= 1
                del self.stack[depth:]
                break
            if element.tag not in PHRASING:
                break
        self._end_paragraph()
        if self.current.tag in lists:
            self._open(tag, Element(tag, _kept(tag, attrs)))
        else:
            self.stack.append(_Open(tag, self.current))


def _left_out(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    values = dict(attrs)
    classes = set((values.get("class") or "").split())
    footnote_reference = tag == "sup" and (values.get("id") or "").startswith("fnref")
    return tag in LEFT_OUT or bool(classes & LEFT_OUT_CLASSES) or footnote_reference


def _in_page(attrs: list[tuple[str, str | None]]) -> bool:
    """A link without an address, or to a #fragment: on a listing it would lead nowhere."""
    href = dict(attrs).get("href")
    return href is None or href.startswith("#")


def _kept(tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set())
    return [(name, value) for name, value in attrs if name in allowed]


def words(node: Element | str) -> int:
    """How many words a node holds (a CJK character is a word)."""
    if isinstance(node, str):
        return len(WORD.findall(node))
    return sum(words(child) for child in node.children)


def _text(node: Element | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text(child) for child in node.children)


def _shorten(element: Element, budget: int) -> Element:
    """A copy of `element` with at most `budget` words: its children whole while they fit,
    then the next one shortened if it is text or nothing is kept yet."""
    kept: list[Element | str] = []
    for child in element.children:
        size = words(child)
        if size <= budget:
            kept.append(child)
            budget -= size
            continue
        if isinstance(child, str):
            kept.append(child[: _end_of_word(child, budget)])
        elif not any(_text(node).strip() for node in kept):
            kept.append(_shorten(child, budget))
        break
    return Element(element.tag, element.attrs, kept, element.heading)


def _end_of_word(text: str, count: int) -> int:
    """Where the `count`th word of `text` ends (0 for none)."""
    ends = [match.end() for match in WORD.finditer(text)]
    return ends[count - 1] if count else 0


def _end_with_ellipsis(element: Element) -> bool:
    """Put "…" after the last text of `element`, where its words end; False if it has none."""
    for index in range(len(element.children) - 1, -1, -1):
        child = element.children[index]
        if isinstance(child, Element):
            if _end_with_ellipsis(child):
                return True
        elif child.strip():
            element.children[index] = child.rstrip().rstrip(",;:-\u2013\u2014") + "\u2026"
            return True
    return False


def card_blocks(fragment: str, limit: int) -> list[Element]:
    """The blocks a card shows of an article's HTML: whole while they fit in `limit` words."""
    parser = _CardParser(limit)
    try:
        parser.feed(fragment)
        parser.close()
    except _Enough:
        pass
    blocks = [b for b in parser.root.children if isinstance(b, Element) and _text(b).strip()]
    shown, used = [], 0
    for block in blocks:
        size = words(block)
        if used + size > limit:
            if all(b.heading for b in shown):  # no text yet: the first block, shortened
                short = _shorten(block, limit - used)
                if _end_with_ellipsis(short):
                    shown.append(short)
            break
        shown.append(block)
        used += size
    while len(shown) > 1 and shown[-1].heading and not all(b.heading for b in shown):
        shown.pop()  # a heading with nothing after it
    return shown


def to_html(node: Element | str) -> str:
    """HTML for a node, every text and attribute escaped once."""
    if isinstance(node, str):
        return escape(node, quote=False)
    attrs = "".join(
        f" {name}" if value is None else f' {name}="{escape(value)}"' for name, value in node.attrs
    )
    if node.tag in VOID:
        return f"<{node.tag}{attrs}>"
    inner = "".join(to_html(child) for child in node.children)
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"


@functools.lru_cache(maxsize=4096)  # an article's card is on its index, category and tag pages
def listing_summary(fragment: str | None, limit: int = 50) -> str:
    """An article's summary for a card on a listing page (see the module's docstring)."""
    return "\n".join(to_html(block) for block in card_blocks(fragment or "", limit))
