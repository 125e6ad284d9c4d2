"""Fingerprints of what a template is given, to know a page is unchanged without rendering it.

A page's fingerprint hashes its template's sources and, for every name the
template (with everything it extends, includes or imports) reads from its
context, a digest of that value. Names a template never reads (such as the
full `articles` list on an article page) do not count, which is what lets an
edit re-render only the pages that show it.

Digests look inside values: an article's digest covers everything it holds
(title, text, dates, tags, related posts...) except its link to the whole
context. Nothing here imports Pelican: content objects are recognised by
shape.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from functools import partial

from freelancekit.pelican_internals import raw_html

from .reads import TemplateReads
from .shapes import (
    INTRASITE,
    SCALARS,
    SKIPPED_ATTRIBUTES,
    Flat,
    holds_content,
    is_content,
    is_named,
    is_page_of_list,
    is_paginator,
    key_order,
    name_bytes,
    scalar,
    source_paths,
)

__all__ = ["Digester", "TemplateReads", "page_fingerprint", "settings_digest"]


class Digester:
    """Digests of template values for one build (memoised: the same article is on many pages).

    An article or page given to a template by name (`article`, `page`) is
    digested in full: its own data and the own data of the content it holds
    (related posts, neighbours, translations). Content inside lists (listings,
    related posts) counts by its own data only: a listing shows titles, dates
    and summaries, not its items' neighbours.
    """

    def __init__(self, siteurl: str = ""):
        self.siteurl = siteurl
        self._memo: dict[tuple[int, bool, str], tuple[object, bytes]] = {}
        self._own: dict[tuple[int, str], tuple[object, bytes, bool]] = {}
        self._links: dict[int, tuple[object, bool]] = {}
        self._shared: dict[tuple, tuple[list, bytes]] = {}

    def digest(self, value: object, full: bool = False) -> bytes:
        """A stable hash of `value`."""
        if isinstance(value, SCALARS):
            return hashlib.blake2b(scalar(value), digest_size=16).digest()
        if is_content(value):
            return self._content(value, full)
        key = (id(value), full, self.siteurl)
        if (hit := self._memo.get(key)) is not None and hit[0] is value:
            return hit[1]
        result = hashlib.blake2b(self._describe(value), digest_size=16).digest()
        self._memo[key] = (value, result)  # keeps `value` alive, so its id stays its own
        return result

    def shared_digest(self, key: str, names: list[str], shared: Mapping[str, object]) -> bytes:
        """One digest of `names` in the shared context, recomputed only when a value changes."""
        values = [shared[name] for name in names]
        identity = (key, self.siteurl, tuple(names))
        hit = self._shared.get(identity)
        if (
            hit is not None
            and len(hit[0]) == len(values)
            and all(a is b for a, b in zip(hit[0], values, strict=True))
        ):
            return hit[1]
        result = b"".join(
            n.encode() + self.digest(v, full=True) for n, v in zip(names, values, strict=True)
        )
        result = hashlib.blake2b(result, digest_size=16).digest()
        self._shared[identity] = (values, result)
        return result

    def _piece(self, value: object) -> bytes:
        """`value` as bytes that stay apart when joined: itself if simple, else its digest."""
        if type(value) in SCALARS:
            return scalar(value)
        if isinstance(value, datetime | date | time):
            return b"t" + scalar(f"{value.isoformat()} {getattr(value, 'tzinfo', '')}")
        if is_named(value):  # a tag, category or author
            return b"w" + scalar(f"{type(value).__qualname__} {value.name}\0{value.slug}")
        return b"d" + self.digest(value)

    def _describe(self, value: object) -> bytes:
        kind = type(value).__qualname__.encode()
        if is_page_of_list(value):
            paginator = value.paginator
            parts = [
                value.number,
                paginator.num_pages,
                getattr(value, "url", ""),
                getattr(value, "save_as", ""),
                value.object_list,
            ]
            return kind + b"".join(map(self._piece, parts))
        if is_paginator(value):
            parts = [value.num_pages, value.count, value.per_page, getattr(value, "name", "")]
            return kind + b"".join(map(self._piece, parts))
        if isinstance(value, Mapping):
            items = sorted(value.items(), key=key_order)
            return kind + b"".join(self._piece(k) + self._piece(v) for k, v in items)
        if isinstance(value, list | tuple | set | frozenset):
            items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
            return kind + b"".join(map(self._piece, items))
        if isinstance(value, datetime | date | time) or is_named(value):
            return self._piece(value)  # written out in full, as inside a list
        if isinstance(value, partial):
            return kind + self.digest(value.func) + self.digest((value.args, value.keywords))
        if callable(value) and (code := getattr(value, "__code__", None)) is not None:
            return kind + value.__qualname__.encode() + marshal.dumps(code)
        if isinstance(value, type):
            return kind + value.__module__.encode() + value.__qualname__.encode()
        own = getattr(value, "__dict__", None)
        if own is not None:
            return kind + self.digest({k: v for k, v in own.items() if k not in SKIPPED_ATTRIBUTES})
        return kind + repr(value).encode()

    def _content(self, content: object, full: bool) -> bytes:
        own, holds = self._own_data(content)
        if not full or not holds:
            return own
        parts = [own]
        for name, value in sorted(vars(content).items()):
            if name not in SKIPPED_ATTRIBUTES and (is_content(value) or holds_content(value)):
                items = [value] if is_content(value) else value
                parts.append(name.encode() + b"".join(self._content(i, False) for i in items))
        return hashlib.blake2b(b"".join(parts), digest_size=16).digest()

    def _own_data(self, content: object) -> tuple[bytes, bool]:
        """An article's or page's own data (other content it holds: by source path only)."""
        links = self._has_links(content)
        key = (id(content), self.siteurl if links else "")
        if (hit := self._own.get(key)) is not None and hit[0] is content:
            return hit[1], hit[2]
        data = {}
        for name, value in sorted(vars(content).items()):
            if name in SKIPPED_ATTRIBUTES:
                continue
            if name == "metadata" and isinstance(value, dict):
                # Pelican makes every metadata item an attribute too: count each once.
                value = {k: v for k, v in value.items() if getattr(content, k, None) is not v}
            data[name] = value
        try:
            flat, holds = Flat.serialise(data)
            parts = [flat]
        except Exception:  # something pickle can't take: the slower walk can
            parts, holds = self._walk(data)
        if links:
            # Links to other files resolve to their current URLs, relative to the page.
            parts.append(self.digest((self.siteurl, content.content, content.summary)))
        result = hashlib.blake2b(b"".join(parts), digest_size=16).digest()
        self._own[key] = (content, result, holds)
        return result, holds

    def _walk(self, data: dict) -> tuple[list[bytes], bool]:
        parts, holds = [], False
        for name, value in data.items():
            if is_content(value) or holds_content(value):
                holds = True
                value = source_paths(value)
            parts.append(name_bytes(name) + self._piece(value))
        return parts, holds

    def _has_links(self, content: object) -> bool:
        """Whether the text links to other files ({filename}...), which resolve per build."""
        if (hit := self._links.get(id(content))) is not None and hit[0] is content:
            return hit[1]
        raw = raw_html(content)
        summary = str(getattr(content, "metadata", {}).get("summary", ""))
        links = bool(INTRASITE.search(raw) or INTRASITE.search(summary))
        self._links[id(content)] = (content, links)
        return links


# Pelican's pagination gives a page its neighbours; themes link to them (number, URL)
# and never list their articles, so their articles do not count.
NEIGHBOUR_PAGES = ("_previous_page", "_next_page")
MISSING = b"\0missing"


def page_fingerprint(
    reads: TemplateReads,
    template_name: str,
    context: Mapping[str, object],
    digester: Digester,
    also: Iterable[bytes] = (),
    shared: Mapping[str, object] | None = None,
) -> bytes:
    """The fingerprint of one page: its templates and every value they read.

    `shared` is the build's context that every page's context copies: values
    taken unchanged from it are digested once for all the pages of a template.
    """
    parts = [reads.sources_digest, template_name.encode(), *also]
    from_shared = []
    for name in sorted(reads.names(template_name)):
        if name not in context:
            parts.append(name.encode() + MISSING)
        elif shared is not None and shared.get(name, MISSING) is context[name]:
            from_shared.append(name)
        elif name.endswith(NEIGHBOUR_PAGES) and context[name] is not None:
            page = context[name]
            parts.append(name.encode() + digester.digest((page.number, page.url, page.save_as)))
        else:
            parts.append(name.encode() + digester.digest(context[name], full=True))
    if from_shared:
        parts.append(digester.shared_digest(template_name, from_shared, shared))
    return hashlib.blake2b(b"\0".join(parts), digest_size=20).digest()


def settings_digest(
    settings: Mapping[str, object], volatile: Iterable[str], digest: Callable
) -> bytes:
    """One digest of every setting but the `volatile` ones (such as the output folder)
    and plugins' per-build state.

    A name starting with "_" (`_IMAGES`, `_COMMENTS`, `_SOCIAL_CARDS`) is a plugin's
    state for this build, derived from real settings (which are digested) and
    filled as content is read: what it changes on a page reaches that page through
    the content's own attributes. Counting it would re-render every page whenever
    one article gets a new social card or image.
    """
    skip = set(volatile)
    kept = {k: v for k, v in settings.items() if k not in skip and not k.startswith("_")}
    if isinstance(jinja := kept.get("JINJA_ENVIRONMENT"), Mapping):
        # A bytecode cache changes what it holds, never what a template renders.
        kept["JINJA_ENVIRONMENT"] = {k: v for k, v in jinja.items() if k != "bytecode_cache"}
    return digest(kept)
