"""Lists as writers type them: straight after a paragraph line, nested by two spaces.

Python-Markdown reads lists as Markdown.pl did: a list needs a blank line above
it (without one, its lines stay in the paragraph as literal "- " text), and a
nested item needs four spaces (with two it becomes a sibling: the list comes out
flat). CommonMark, and the editors writers preview in, do both. This extension
adds those rules of CommonMark and nothing else:

- a line starting with "- ", "* ", "+ " or "1. " ends the paragraph above it and
  starts a list. Only "1." may do so, as in CommonMark, so "2026. A year to
  remember." on the line after a sentence stays text;
- an item indented to the text of the item above it (two spaces under "- ",
  three under "1. ") nests in that item, in a tight list at any depth, and one
  level deep in a list with blank lines between its items;
- a bullet list after a numbered list (or the other way round) is a list of its
  own, not more items of the first;
- a numbered list starts at its first number (`8.` gives `<ol start="8">`).

Four-space nesting, code blocks, quotes, tables and the rest go through
Python-Markdown's own processors as before; fenced code is set aside before any
block processor runs, so its lines are never read here.
tests/freelancekit/test_lists.py checks that documents without these two
patterns render byte for byte as they do without the extension.

In `MARKDOWN["extension_configs"]`: `"freelancekit.lists": {}`.
"""

from __future__ import annotations

import re
import weakref
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor, OListProcessor, UListProcessor

__all__ = ["ListsExtension", "makeExtension"]


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class ParagraphListProcessor(BlockProcessor):
    """End a paragraph at its first line that starts a list; the list is parsed next."""

    def __init__(self, parser):
        super().__init__(parser)
        # CommonMark: only "1." starts an ordered list inside a paragraph, and an
        # empty item ("-" alone) does not interrupt one.
        self.RE = re.compile(rf"\n[ ]{{0,{self.tab_length - 1}}}(?:[*+-]|1\.)[ ]+\S")

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(self.RE.search(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        start = self.RE.search(block).start()
        blocks[:0] = [block[:start], block[start + 1 :]]


class NestingMixin:
    """An item indented to the text of the item above it nests in that item.

    Python-Markdown nests an item indented by a tab (four spaces). Inside one
    block (a tight list), such items and the lines under them are moved right
    to that tab, so Python-Markdown nests them as it would four-space ones.
    A block that starts with such an item after a blank line is parsed inside
    the list's last item, as Python-Markdown does with a block indented by a tab.
    """

    def __init__(self, parser, columns: weakref.WeakKeyDictionary):
        super().__init__(parser)
        self.columns = columns  # list element -> text column of its last item

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        sibling = self.lastChild(parent)
        column = self.columns.get(sibling) if sibling is not None else None
        if column is not None and indent_of(blocks[0]) >= column:
            self.nest(sibling[-1], self.split_off(blocks, column), column)
            return
        blocks[0], columns = self.to_tab(blocks[0])
        super().run(parent, blocks)
        made = parent if parent.tag in ("ul", "ol") else self.lastChild(parent)
        self.columns[made] = columns[-1]

    def text_column(self, line: str) -> int:
        """Where an item's text starts (CommonMark: after one space if more than four follow)."""
        item = self.CHILD_RE.match(line)
        spaces = item.start(3) - item.end(1)
        return item.end(1) + (spaces if spaces <= 4 else 1)

    def to_tab(self, block: str) -> tuple[str, list[int]]:
        """The block with items nested by their parent's text column moved to the tab.

        Also returns the text column of each of the block's own items.
        """
        lines, columns, shift = [], [], 0
        for line in block.split("\n"):
            indent = indent_of(line)
            if self.CHILD_RE.match(line):
                if not columns or indent < columns[-1]:
                    columns.append(self.text_column(line))
                    shift = 0
                elif not shift:
                    shift = self.tab_length - columns[-1]
            if shift and indent >= columns[-1]:
                line = " " * shift + line
            lines.append(line)
        return "\n".join(lines), columns

    def split_off(self, blocks: list[str], column: int) -> str:
        """Take the first block up to an item left of `column`, which stays in `blocks`."""
        lines = blocks.pop(0).split("\n")
        for number, line in enumerate(lines):
            if self.CHILD_RE.match(line) and indent_of(line) < column:
                blocks.insert(0, "\n".join(lines[number:]))
                return "\n".join(lines[:number])
        return "\n".join(lines)

    def nest(self, item: etree.Element, block: str, column: int) -> None:
        """Parse `block`, less `column` spaces, inside the list item `item`."""
        if item.text:  # the item now holds blocks: its first line becomes a paragraph
            paragraph = etree.Element("p")
            paragraph.text, item.text = item.text, ""
            item.insert(0, paragraph)
        lines = [line[column:] if indent_of(line) >= column else line for line in block.split("\n")]
        self.parser.state.set("detabbed")
        self.parser.parseChunk(item, "\n".join(lines))
        self.parser.state.reset()


class NestingOListProcessor(NestingMixin, OListProcessor):
    """Python-Markdown's ordered lists, with two- and three-space nesting."""

    # CommonMark: a bullet list after a numbered one is a list of its own (as
    # Python-Markdown's sane_lists has it), not items 3 and 4 of the numbered one.
    SIBLING_TAGS = ("ol",)
    # CommonMark: a list numbered from 8 starts at 8 (<ol start="8">); Python-Markdown
    # renumbered every list from 1, so an imported "8. Step eight" read "1.".
    LAZY_OL = False


class NestingUListProcessor(NestingMixin, UListProcessor):
    """Python-Markdown's bullet lists, with two-space nesting."""

    SIBLING_TAGS = ("ul",)


class ListsExtension(Extension):
    """Lists after a paragraph line and two-space nesting, as in CommonMark."""

    def extendMarkdown(self, md) -> None:
        parser = md.parser
        columns = weakref.WeakKeyDictionary()
        # In place of Python-Markdown's own list processors, at their priorities.
        parser.blockprocessors.register(NestingOListProcessor(parser, columns), "olist", 40)
        parser.blockprocessors.register(NestingUListProcessor(parser, columns), "ulist", 30)
        # Just above paragraphs (10): anything else a block may be has been tried.
        parser.blockprocessors.register(ParagraphListProcessor(parser), "paragraph_list", 11)


def makeExtension(**kwargs) -> ListsExtension:
    return ListsExtension(**kwargs)
