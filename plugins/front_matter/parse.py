"""YAML front matter: find the block, read it with PyYAML, name its mistakes by line.

Plain functions over strings: no Pelican import, so they are tested alone.
Every scalar is read as the text the writer typed (PyYAML's BaseLoader): no
value becomes a date, number or boolean behind the kit's back, so a date
still goes through the same checks as a Pelican header's `Date:`.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

OPENING = "---"
CLOSINGS = ("---", "...")  # YAML's own document markers, as Jekyll and Hugo accept


class FrontMatterError(ValueError):
    """A mistake in a front matter block, at `line` of the file (1-based)."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Block:
    """A file split at its front matter: the YAML text and the Markdown after it."""

    yaml: str
    yaml_line: int  # the file's line where the YAML text starts
    body: str
    body_line: int  # the file's line where the Markdown starts


@dataclass(frozen=True)
class Entry:
    """One `key: value` of the block: the value is text or a list of text."""

    key: str
    value: str | list[str] | None  # None: nested keys or lists, nothing a header can hold
    line: int


def starts_front_matter(first_line: str) -> bool:
    """Whether a file whose first line is `first_line` opens a front matter block."""
    return first_line.rstrip() == OPENING


def split(text: str) -> Block | None:
    """`text` split at its front matter; None when its first line is not `---`.

    The block ends at the first line that is `---` or `...`; without one it
    is an error, not a horizontal rule: a file that opens with one is front
    matter everywhere people write it.
    """
    lines = text.split("\n")
    if not starts_front_matter(lines[0]):
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in CLOSINGS:
            body = "\n".join(lines[index + 1 :])
            return Block("\n".join(lines[1:index]), 2, body, index + 2)
    raise FrontMatterError(
        "front matter opened with --- is never closed: end it with a line of three "
        "dashes (---) before the text",
        1,
    )


def entries(block: Block) -> list[Entry]:
    """The block's `key: value` lines, in order; FrontMatterError names a bad one."""
    try:
        root = yaml.compose(block.yaml, Loader=yaml.BaseLoader)
    except yaml.YAMLError as error:
        raise _syntax_error(error, block) from None
    except RecursionError:
        raise FrontMatterError(
            "front matter is nested too deeply to read: write key: value lines",
            block.yaml_line,
        ) from None
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise FrontMatterError(
            "front matter must be key: value lines (title: ..., date: ...)",
            _line(block, root.start_mark.index),
        )
    found: list[Entry] = []
    for key, value in root.value:
        line = _line(block, key.start_mark.index)
        if not isinstance(key, yaml.ScalarNode):
            raise FrontMatterError("a front matter key must be a name, as in title:", line)
        if key.value.lower() in TEXT_KEYS and _comment_after(block, value):
            raise FrontMatterError(
                f"YAML reads what follows ' #' in {key.value}: as a comment, and drops it: "
                "put the whole value in quotes",
                line,
            )
        found.append(Entry(key.value, _text(value), line))
    return found


# Values that are prose: a '#' in them ("Why I'm not #1") is text the writer meant.
TEXT_KEYS = {"title", "summary", "description", "excerpt", "image_alt"}


def _comment_after(block: Block, node: yaml.Node) -> bool:
    """Whether a plain (unquoted) value has a comment after it on its last line."""
    if not isinstance(node, yaml.ScalarNode) or node.style is not None or not node.value:
        return False
    rest = block.yaml[node.end_mark.index :].split("\n", 1)[0]
    return rest.lstrip().startswith("#")


def _text(node: yaml.Node) -> str | list[str] | None:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(item, yaml.ScalarNode) for item in node.value
    ):
        return [item.value for item in node.value]
    return None


def _line(block: Block, index: int) -> int:
    # Counted as an editor counts: YAML also breaks lines at U+0085 and U+2028.
    return block.yaml_line + block.yaml.count("\n", 0, index)


# What usually causes each PyYAML complaint, and what to write instead.
HINTS = (
    ("mapping values are not allowed", "a value holding ': ' needs quotes around it"),
    ("found character '\\t'", "indent with spaces, not tabs"),
    ("cannot start any token", "a value starting with @ or ` needs quotes around it"),
    ("while scanning an alias", "a value starting with * or & needs quotes around it"),
    ("while scanning an anchor", "a value starting with * or & needs quotes around it"),
    (
        "quoted scalar",
        "a quote is not closed, or a value holds a quote: put it in the other "
        "kind of quotes ('Say \"hi\"')",
    ),
    ("flow sequence", "a [ is not closed, or an item holds a ',' or ': ': put it in quotes"),
    ("flow mapping", "a { is not closed, or a value starts with {: put it in quotes"),
    (
        "expected <block end>",
        "a value that starts with a quote or [ must end with it: put the whole value in quotes",
    ),
    ("special characters", "remove the invisible control character"),
)


def _syntax_error(error: yaml.YAMLError, block: Block) -> FrontMatterError:
    """One line for a PyYAML error: where the mistake starts and what to do."""
    context = getattr(error, "context", None) or ""
    problem = getattr(error, "problem", None) or getattr(error, "reason", None) or str(error)
    mark = getattr(error, "problem_mark", None)
    # An unclosed quote or bracket is found at the end: name the line it opens on.
    if "quoted scalar" in context or "flow" in context:
        mark = getattr(error, "context_mark", None) or mark
    index = mark.index if mark is not None else getattr(error, "position", 0)
    said = f"{context} {problem}"
    hint = next((h for cause, h in HINTS if cause in said), "check its quotes and indentation")
    return FrontMatterError(
        f"front matter is not valid YAML ({problem}): {hint}", _line(block, index)
    )
