"""Python-Markdown extension: quote boxes from `> [!TWEET]` and `[bctt ...]`.

Also renders GitHub's other alerts (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
`[!WARNING]`, `[!CAUTION]`) as callouts, so they sit well beside quote boxes.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.util import AtomicString

from .networks import DEFAULT_MASTODON_SHARE, REGISTRY, quote_networks
from .share import fragment_id, normalise, share_links
from .shortcode import SHORTCODE, ShortcodeError, find_opening, needle_at, parse_bctt, unended

logger = logging.getLogger(__name__)

# Stands for the article's absolute URL until Pelican knows it: only URL-safe
# characters, so it survives percent-encoding unchanged.
PAGE_URL_TOKEN = "QUOTE-PAGE-URL-3c1f9e"


@dataclass
class QuoteBox:
    """One box as the markup is built from it."""

    text: str
    fragment: str
    url: str  # PAGE_URL_TOKEN, a custom URL, or "" for no link
    via: str | None
    needle: str


@dataclass
class QuoteSettings:
    networks: tuple[str, ...] = field(default_factory=quote_networks)
    x_handle: str | None = None
    mastodon_share: str = DEFAULT_MASTODON_SHARE
    taken_ids: set[str] = field(default_factory=set)


def literal(text: str) -> str:
    """`text` for ElementTree as Python-Markdown serializes it, every "&" shown as written.

    Its serializer leaves an "&" that starts an entity alone ("&amp;" in Markdown
    means "&"). A quote is plain text, so "&" goes in as "&amp;", which it leaves.
    """
    return text.replace("&", "&amp;")


def build_box(parent: etree.Element, box: QuoteBox, links: dict[str, str], opts: dict) -> None:
    """Append the quote box markup (the markup contract) to `parent`."""
    figure = etree.SubElement(
        parent,
        "figure",
        {"class": "quote-box", "id": box.fragment, "data-quote": literal(box.text)},
    )
    quote = etree.SubElement(figure, "blockquote", {"class": "quote-box__quote"})
    paragraph = etree.SubElement(quote, "p", {"id": f"{box.fragment}-text"})
    paragraph.text = AtomicString(literal(box.text))
    actions = etree.SubElement(
        figure,
        "ul",
        # Not in search excerpts: "Share on X. Bluesky..." is no part of the text.
        {
            "class": "quote-box__share button-row",
            "aria-label": "Share this quote",
            "data-pagefind-ignore": "",
        },
    )
    rel = "noopener noreferrer" + (" nofollow" if opts.get("nofollow") else "")
    for number, (network, href) in enumerate(links.items()):
        item = etree.SubElement(actions, "li")
        # The theme's one button: the first network is the box's main action, and
        # says so ("Share on X", or the [bctt] prompt); the others are their names.
        label = REGISTRY[network].label
        if number == 0:
            label = opts.get("prompt") or f"Share on {label}"
        button = "button" if number == 0 else "button button--secondary"
        link = etree.SubElement(
            item,
            "a",
            {
                "class": f"{button} quote-box__link quote-box__link--{network}",
                "data-share": network,
                "href": literal(href),
                "target": "_blank",
                "rel": rel,
                "aria-describedby": f"{box.fragment}-text",
            },
        )
        link.text = AtomicString(literal(label))


class _QuoteProcessor(BlockProcessor):
    def __init__(self, parser, settings: QuoteSettings):
        super().__init__(parser)
        self.settings = settings

    def add_box(self, parent, text: str, needle: str, url=None, via=True, **opts) -> None:
        text = normalise(text)
        handle = opts.pop("handle", None) or self.settings.x_handle
        box = QuoteBox(
            text=text,
            fragment=fragment_id(text, self.settings.taken_ids),
            url=PAGE_URL_TOKEN if url is None else url,
            via=handle if via else None,
            needle=needle,
        )
        page_url = f"{box.url}#{box.fragment}" if box.url == PAGE_URL_TOKEN else box.url
        links = share_links(
            text, page_url, box.via, self.settings.networks, self.settings.mastodon_share
        )
        build_box(parent, box, links, opts)


def shown_as_written(block: str, start: int) -> str:
    """`block` with a backslash before `start`: Markdown shows that "[" as it is."""
    return f"{block[:start]}\\{block[start:]}"


class AlertProcessor(_QuoteProcessor):
    """`> [!TWEET]` becomes a quote box; `> [!NOTE]` and friends become callouts."""

    RE = re.compile(r"^ {0,3}> ?\[!(?P<kind>[A-Za-z]+)\][ \t]*(?:\n|$)")
    # `[!TWEET` without "]", with the quote on its line, or outside a blockquote.
    MISWRITTEN = re.compile(r"^ {0,3}(?:> ?)?(?P<marker>\[!tweet\b)", re.I)
    KINDS = frozenset({"note", "tip", "important", "warning", "caution"})
    CLASSNAME = "callout"
    QUOTE_PREFIX = re.compile(r"^ {0,3}> ?", re.M)

    def test(self, parent, block: str) -> bool:
        if match := self.RE.match(block):
            return match["kind"].lower() in self.KINDS | {"tweet"}
        return bool(self.MISWRITTEN.match(block))

    def run(self, parent, blocks: list[str]) -> None:
        block = blocks.pop(0)
        if not (match := self.RE.match(block)):
            marker = self.MISWRITTEN.match(block)
            line = block.splitlines()[0].strip()
            logger.warning(
                "quote box marker written as %r: write '> [!TWEET]' alone on its line, "
                "then the quote on the next '>' lines",
                line,
                extra={"problem_needle": line[:40]},
            )
            blocks.insert(0, shown_as_written(block, marker.start("marker")))
            return
        kind = match["kind"].lower()
        body = self.QUOTE_PREFIX.sub("", block[match.end() :])
        if kind == "tweet":
            lines = [line.strip() for line in body.splitlines() if line.strip()]
            if not lines:
                logger.warning(
                    "empty [!TWEET] quote box: write the quote on the next '>' line",
                    extra={"problem_needle": block.splitlines()[0].strip()},
                )
                return
            self.add_box(parent, " ".join(lines), needle=lines[0])
            return
        callout = etree.SubElement(
            parent, "aside", {"class": f"{self.CLASSNAME} {self.CLASSNAME}--{kind}"}
        )
        title = etree.SubElement(callout, "p", {"class": f"{self.CLASSNAME}__title"})
        title.text = kind.capitalize()
        self.parser.parseChunk(callout, body)


class ShortcodeProcessor(_QuoteProcessor):
    """`[bctt tweet="..."]`, alone or inside a paragraph, becomes a quote box.

    One that never ends (no "]", or a quote left open) is an error, shown as text.
    """

    def test(self, parent, block: str) -> bool:
        return find_opening(block) is not None

    def run(self, parent, blocks: list[str]) -> None:
        block = blocks.pop(0)
        start = find_opening(block)
        if not (match := SHORTCODE.match(block, start)):
            error = unended(block, start)
            logger.warning("%s", error, extra={"problem_needle": error.needle})
            blocks.insert(0, shown_as_written(block, start))
            return
        before, after = block[:start].strip(), block[match.end() :].strip()
        if before:
            self.parser.parseBlocks(parent, [before])
        needle = needle_at(block, start)
        try:
            bctt = parse_bctt(match["attrs"], needle)
        except ShortcodeError as error:
            logger.warning("%s", error, extra={"problem_needle": error.needle})
        else:
            self.add_box(
                parent,
                bctt.tweet,
                needle=needle,
                url=bctt.url,
                via=bctt.via,
                nofollow=bctt.nofollow,
                prompt=bctt.prompt,
                handle=bctt.handle,
            )
        if after:
            blocks.insert(0, after)


class TweetableQuotesExtension(Extension):
    """Registers the quote box processors.

    Pelican makes one Markdown instance per document, so the state made in
    extendMarkdown (the ids taken) belongs to exactly one document. The plugin
    reads the boxes back from the page's markup, so cached pages work too.
    """

    def __init__(self, **kwargs):
        self.config = {
            "networks": [list(quote_networks()), "share networks, in order"],
            "x_handle": ["", "the site's X handle, without @"],
            "mastodon_share": [
                DEFAULT_MASTODON_SHARE,
                "Mastodon share page; {text} is replaced",
            ],
        }
        super().__init__(**kwargs)
        self.state = QuoteSettings()

    def extendMarkdown(self, md) -> None:
        self.state = QuoteSettings(
            networks=tuple(self.getConfig("networks")),
            x_handle=self.getConfig("x_handle") or None,
            mastodon_share=self.getConfig("mastodon_share"),
        )
        parser = md.parser
        # Above blockquotes (20) for alerts; above paragraphs (10) for shortcodes.
        parser.blockprocessors.register(AlertProcessor(parser, self.state), "quote_alerts", 25)
        parser.blockprocessors.register(ShortcodeProcessor(parser, self.state), "bctt", 14)


def makeExtension(**kwargs) -> TweetableQuotesExtension:
    return TweetableQuotesExtension(**kwargs)
