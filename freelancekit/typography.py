"""Smart quotes, dashes and ellipses: Python-Markdown's smarty, run in one pass.

`markdown.extensions.smarty` runs its 18 patterns through a second copy of
Python-Markdown's inline machinery, which rebuilds every text node of the
page for each pattern even when nothing matches: it is the largest single
cost of parsing a typical article (about 80% on top of Pelican's default
extensions). This extension keeps smarty's rules, options and output exactly:
it asks `SmartyExtension` for the same patterns, in the same order, with the
same substitutions, and applies them to each text node with plain regex
searches, under the same rules Python-Markdown's `InlineProcessor` follows
(each match becomes a placeholder that later patterns see; code and other
atomic text is left alone). tests/freelancekit/test_typography.py checks the
output against smarty's on generated text.

In `MARKDOWN["extension_configs"]`: `"freelancekit.typography": {}` takes
smarty's options (`smart_quotes`, `smart_dashes`, `smart_ellipses`,
`smart_angled_quotes`, `substitutions`).
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as etree

from markdown import util
from markdown.extensions.smarty import SmartyExtension, openingQuotesBase
from markdown.treeprocessors import Treeprocessor

__all__ = ["TypographyExtension", "makeExtension"]

# What Python-Markdown's InlineProcessor puts in the text for a replaced match:
# later patterns see these characters around it, never the replacement itself.
PLACEHOLDER = util.STX + "klzzwxh:%04d" + util.ETX
# Every smarty pattern consumes one of these characters, written in its source
# outside character classes and the optional opening-quote prefix.
CONSUMED = "'\"-.<>"
CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]])*\]")


@functools.lru_cache(maxsize=64)  # Pelican makes a Markdown instance for every file
def consumed(source: str) -> frozenset[str]:
    """Characters of which a pattern's match holds at least one (none in a text: skip it)."""
    source = source.replace(openingQuotesBase, "").replace("(?<", "(?")  # lookbehinds
    source = CHARACTER_CLASS.sub("", source)
    return frozenset(character for character in CONSUMED if character in source)


class Typography(Treeprocessor):
    """Apply smarty's substitutions to every text node, pattern after pattern."""

    def __init__(self, md, patterns: list[tuple]):
        super().__init__(md)
        # (compiled regex, replacement parts, characters it consumes), in smarty's order
        self.patterns = [(regex, parts, consumed(regex.pattern)) for regex, parts in patterns]

    def educate(self, text: str) -> str:
        present = {character for character in CONSUMED if character in text}
        if not present:
            return text
        made: list[str] = []
        for regex, parts, characters in self.patterns:
            if present.isdisjoint(characters):
                continue
            position = 0
            while match := regex.search(text, position):
                made.append(
                    "".join(
                        (match.group(part) or "")
                        if isinstance(part, int)
                        else self.md.htmlStash.store(part)
                        for part in parts
                    )
                )
                placeholder = PLACEHOLDER % (len(made) - 1)
                text = text[: match.start()] + placeholder + text[match.end() :]
                position = match.start() + len(placeholder)
        # Later replacements may hide earlier ones inside them: undo newest first.
        for number in range(len(made) - 1, -1, -1):
            text = text.replace(PLACEHOLDER % number, made[number], 1)
        return text

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element is not root and _educable(element.text):
                element.text = self.educate(element.text)
            if element is not root and _educable(element.tail):
                element.tail = self.educate(element.tail)


def _educable(text: str | None) -> bool:
    return bool(text) and not isinstance(text, util.AtomicString)


class TypographyExtension(SmartyExtension):
    """smarty's configuration and patterns; our pass over the tree."""

    def extendMarkdown(self, md) -> None:
        scratch = util.Registry()
        original = md.treeprocessors
        md.treeprocessors = scratch  # smarty registers its InlineProcessor here: unused
        try:
            super().extendMarkdown(md)
        finally:
            md.treeprocessors = original
        patterns = [
            (pattern.getCompiledRegExp(), pattern.replace) for pattern in self.inlinePatterns
        ]
        md.treeprocessors.register(Typography(md, patterns), "smarty", 6)


def makeExtension(**kwargs) -> TypographyExtension:
    return TypographyExtension(**kwargs)
