"""Read WordPress "Better Click To Tweet" shortcodes: [bctt tweet="..." ...]."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from freelancekit.owner import HANDLE, HANDLE_RULE

EXAMPLE = '[bctt tweet="Your quote."]'
# WordPress's texturize turns the quotes around a value into curly ones or their
# entities (tweet=”...″, tweet=&#8221;...&#8221;): as BCTT reads them, they are quotes.
_VALUES = r"(?:[^\]\"'“”″„]|\"[^\"]*\"|'[^']*'|[“”″„][^“”″]*[“”″])*"
# Not after a backslash: `\[bctt ...]` is Markdown's way to show the text itself.
OPENING = re.compile(r"(?<!\\)\[bctt\b", re.I)
SHORTCODE = re.compile(rf"\[bctt\b(?P<attrs>{_VALUES})\]", re.I)
UNENDED = re.compile(rf"\[bctt\b{_VALUES}", re.I)  # as far as a shortcode reads
CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)", re.S)  # Markdown's `code`
ATTRIBUTE = re.compile(
    r"(?P<name>[a-zA-Z_]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”|(?P<bare>[^\s\"'“”\]]+))"
)
# Better Click To Tweet's own attributes (`username`: the handle for this box), and ours.
KNOWN = {"tweet", "url", "via", "nofollow", "prompt", "handle", "username"}
_CURLY = r"(?:[“”″„]|&(?:#822[0-2]|#8243|#x201[cdeCDE]|#x2033|[lr]dquo|bdquo|Prime);)"
# A curly quote opens a value only right after an attribute's name and "=": inside a
# quoted value, "=“" is text (a quote may hold both).
OPENING_QUOTE = re.compile(rf"(^|\s)([a-zA-Z_][\w-]*)\s*=\s*{_CURLY}")
CLOSING_QUOTE = re.compile(rf"{_CURLY}(?=\s+[a-zA-Z_]+\s*=|\s*$)")
SWITCHES = {"yes": True, "no": False}


class ShortcodeError(ValueError):
    """A [bctt] shortcode the writer must fix."""

    def __init__(self, message: str, needle: str):
        self.needle = needle
        super().__init__(message)


@dataclass(frozen=True)
class Bctt:
    """One Better Click To Tweet box, its attributes read as BCTT does."""

    tweet: str
    url: str | None = None  # None: the article's own URL; "": no link at all
    via: bool = True
    nofollow: bool = False
    prompt: str | None = None
    handle: str | None = None  # this box's X handle (BCTT's `username`), else the site's


def needle_at(text: str, start: int) -> str:
    """Text to find the shortcode's line by: its start, on one line."""
    return text[start:].split("\n", 1)[0][:40]


def find_opening(text: str) -> int | None:
    """Where the first `[bctt` outside `code` starts in `text`, if anywhere."""
    code = [span.span() for span in CODE_SPAN.finditer(text)] if "`" in text else []
    for opening in OPENING.finditer(text):
        if not any(start < opening.start() < end for start, end in code):
            return opening.start()
    return None


def unended(text: str, start: int) -> ShortcodeError:
    """Why the `[bctt` at `start` never ends: no "]", or a quote left open."""
    stop = UNENDED.match(text, start).end()
    if stop == len(text):
        problem = '[bctt shortcode has no closing "]"'
    else:
        problem = f"[bctt shortcode has a {text[stop]} that is never closed"
    return ShortcodeError(f"{problem}: write it as {EXAMPLE}", needle_at(text, start))


def parse_attributes(text: str, needle: str) -> dict[str, str]:
    """Read name="value" pairs (any quote style WordPress leaves), entities decoded."""
    text = CLOSING_QUOTE.sub('"', OPENING_QUOTE.sub(r'\1\2="', text))
    attrs = {}
    rest = ATTRIBUTE.sub("", text).strip()
    if rest:
        raise ShortcodeError(
            f'[bctt] shortcode has text it cannot read: {rest!r}: write name="value" pairs, '
            f"as in {EXAMPLE}",
            needle,
        )
    for match in ATTRIBUTE.finditer(text):
        name = match["name"].lower()
        value = next(v for v in match.group("dq", "sq", "cq", "bare") if v is not None)
        if name not in KNOWN:
            known = ", ".join(sorted(KNOWN))
            raise ShortcodeError(
                f"[bctt] has an unknown attribute {name!r}: use one of {known}", needle
            )
        if name in attrs:
            raise ShortcodeError(f"[bctt] has {name}= twice: keep one", needle)
        attrs[name] = html.unescape(value)
    return attrs


def _switch(attrs: dict[str, str], name: str, default: bool, needle: str) -> bool:
    value = attrs.get(name, "yes" if default else "no").strip().lower()
    if value not in SWITCHES:
        raise ShortcodeError(
            f'[bctt] {name}="{attrs[name]}": write {name}="yes" or {name}="no"', needle
        )
    return SWITCHES[value]


def _url(value: str | None, needle: str) -> str | None:
    """BCTT's url: "yes" the article's own URL (None), "no" none (""), or an address."""
    if value is None or value.strip().lower() == "yes":
        return None
    url = value.strip()
    if url.lower() == "no":
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or "." not in (parts.hostname or ""):
        raise ShortcodeError(
            f'[bctt] url="{value}": write url="yes" (this article), url="no" (no link) '
            "or a full https:// address",
            needle,
        )
    return url


def _handle(attrs: dict[str, str], needle: str) -> str | None:
    name = "username" if "username" in attrs else "handle"
    handle = attrs.get(name, "").strip().lstrip("@")
    if handle and not HANDLE.fullmatch(handle):
        raise ShortcodeError(
            f'[bctt] {name}="{attrs[name]}" is not an X handle: {HANDLE_RULE}', needle
        )
    return handle or None


def parse_bctt(attrs_text: str, needle: str = "[bctt") -> Bctt:
    """Turn the inside of one [bctt ...] into a Bctt; raise ShortcodeError if unusable."""
    attrs = parse_attributes(attrs_text, needle)
    tweet = " ".join(attrs.get("tweet", "").split())
    if not tweet:
        raise ShortcodeError(
            f'[bctt] shortcode has no tweet="..." text: the box would be empty: write {EXAMPLE}',
            needle,
        )
    return Bctt(
        tweet=tweet,
        url=_url(attrs.get("url"), needle),
        via=_switch(attrs, "via", True, needle),
        nofollow=_switch(attrs, "nofollow", False, needle),
        prompt=attrs.get("prompt") or None,
        handle=_handle(attrs, needle),
    )
