"""The Content-Security-Policy of a page, from what each feature on it declares.

A feature declares its needs as plain data, {directive: sources}: comments
(their origin, as a frame or a script), video frames, frames of the site's own
pages, WebAssembly on the search page, a newsletter form's origin, analytics'.
`policy` merges them over our base (our own origin only) and prints the meta
tag's content; templates only print what `page_policy` returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from markupsafe import Markup, escape

# Directive order and the sources every page has; an empty list prints 'none'.
BASE: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "connect-src": ("'self'",),
    "frame-src": (),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
LOCAL_FRAMES = {"frame-src": ("'self'",)}  # plugins/frames: an iframe of our own page
VIDEO_FRAMES = {"frame-src": ("https://www.youtube-nocookie.com", "https://player.vimeo.com")}
WASM = {"script-src": ("'wasm-unsafe-eval'",)}  # Pagefind compiles WebAssembly
SEARCH_PAGE = "search/index"
# What a source may be: a quoted keyword ('self'), or a scheme or an address with no
# space, quote, separator or character that would need escaping in the attribute.
KEYWORD = re.compile(r"'[a-z0-9-]+'")
HOST = re.compile(r"[^\s;,'\"<>&]+")

NONE = "'none'"  # what a directive with no source allows
Needs = Mapping[str, Iterable[str]]


def policy(*needs: Needs | None) -> str:
    """The policy's text: BASE plus every source the needs name, in order, once each."""
    merged = {name: list(sources) for name, sources in BASE.items()}
    for need in needs:
        for name, sources in (need or {}).items():
            if name not in merged:
                raise ValueError(f"{name!r} is not a directive the kit's policy sets")
            for source in sources:
                if not (KEYWORD.fullmatch(source) or HOST.fullmatch(source)):
                    raise ValueError(f"{source!r} is not a CSP source")
                if source not in merged[name]:
                    merged[name].append(source)
    return "; ".join(f"{name} {' '.join(sources or [NONE])}" for name, sources in merged.items())


def comments_needs(embed: Mapping | None) -> dict[str, tuple[str, ...]]:
    """A live comments embed: its origin as a frame, or as a script (Isso) with the
    styles, images and requests that script makes."""
    if not embed or not embed.get("live"):
        return {}
    origin = embed["origin"]
    if embed.get("script_src"):
        return {
            "script-src": (origin,),
            "style-src": (origin, "'unsafe-inline'"),
            "img-src": (origin,),
            "connect-src": (origin,),
        }
    return {"frame-src": (origin,)} if embed.get("frame_src") else {}


def content_needs(item: object) -> list[Needs]:
    """What an article's or page's content declares: its own frames, videos, comments."""
    if item is None:
        return []
    return [
        LOCAL_FRAMES if getattr(item, "has_local_frame", False) else {},
        VIDEO_FRAMES if getattr(item, "has_video", False) else {},
        comments_needs(getattr(item, "comments", None)),
    ]


def page_policy(
    item: object = None,
    page_name: object = "",
    newsletter: Mapping | None = None,
    analytics: Mapping | None = None,
) -> Markup:
    """The policy of one page, for a double-quoted attribute: its content's needs, a
    newsletter form it carries, analytics on every page, WebAssembly on search only."""
    text = policy(
        *content_needs(item),
        (newsletter or {}).get("csp"),
        (analytics or {}).get("csp"),
        WASM if str(page_name or "") == SEARCH_PAGE else None,
    )
    # Escaped for the attribute, but 'self' reads as written, not as &#39;self&#39;.
    return Markup(str(escape(text)).replace("&#39;", "'"))
