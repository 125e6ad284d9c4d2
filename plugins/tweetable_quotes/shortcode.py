"""Read WordPress "Better Click To Tweet" shortcodes: [bctt tweet="..." ...]."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

SHORTCODE = re.compile(r"\[bctt\b(?P<attrs>(?:[^\]\"'“”]|\"[^\"]*\"|'[^']*'|“[^”]*”)*)\]", re.I)
ATTRIBUTE = re.compile(
    r"(?P<name>[a-zA-Z_]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”|(?P<bare>[^\s\"'“”\]]+))"
)
# Better Click To Tweet's own attributes (`username`: the handle for this box), and ours.
KNOWN = {"tweet", "url", "via", "nofollow", "prompt", "handle", "username"}
# WordPress's texturize turns the quotes around a value into curly ones or entities
# (tweet=&#8221;...&#8221;, tweet=”...″): as BCTT reads them, they are quotes.
OPENING = re.compile(r"=\s*[“”″„]")
CLOSING = re.compile(r"[“”″](?=\s+[a-zA-Z_]+\s*=|\s*$)")


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


def _yes(value: str) -> bool:
    return value.strip().lower() not in {"no", "false", "0", "off"}


def parse_attributes(text: str, needle: str) -> dict[str, str]:
    """Read name="value" pairs (any quote style WordPress leaves), entities decoded."""
    if "&" in text or any(q in text for q in "“”″„"):
        text = CLOSING.sub('"', OPENING.sub('="', html.unescape(text)))
    attrs = {}
    rest = ATTRIBUTE.sub("", text).strip()
    if rest:
        raise ShortcodeError(f"[bctt] shortcode has text it cannot read: {rest!r}", needle)
    for match in ATTRIBUTE.finditer(text):
        name = match["name"].lower()
        value = next(v for v in match.group("dq", "sq", "cq", "bare") if v is not None)
        if name not in KNOWN:
            known = ", ".join(sorted(KNOWN))
            raise ShortcodeError(
                f"[bctt] has an unknown attribute {name!r} (known: {known})", needle
            )
        attrs[name] = html.unescape(value)
    return attrs


def parse_bctt(attrs_text: str, needle: str = "[bctt") -> Bctt:
    """Turn the inside of one [bctt ...] into a Bctt; raise ShortcodeError if unusable."""
    attrs = parse_attributes(attrs_text, needle)
    tweet = " ".join(attrs.get("tweet", "").split())
    if not tweet:
        raise ShortcodeError(
            '[bctt] shortcode has no tweet="..." text: the box would be empty', needle
        )
    url = attrs.get("url")
    if url is not None and url.strip().lower() in {"no", "0", "false", ""}:
        url = ""
    return Bctt(
        tweet=tweet,
        url=url.strip() if url else url,
        via=_yes(attrs.get("via", "yes")),
        nofollow=_yes(attrs.get("nofollow", "no")),
        prompt=attrs.get("prompt") or None,
        handle=(attrs.get("username") or attrs.get("handle") or "").strip().lstrip("@") or None,
    )
