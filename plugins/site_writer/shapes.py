"""What template values look like to a fingerprint: content, names, dates, as bytes.

Content objects are recognised by shape (Pelican is not imported). `Flat`
serialises an article's own data with the C pickler, naming rather than
following what it refers to.
"""

from __future__ import annotations

import io
import marshal
import pickle
import re
from datetime import date, datetime, time, tzinfo
from functools import partial

from freelancekit.pelican_internals import SHARED_CONTENT_ATTRIBUTES, looks_like_content

# Attributes that are not a content object's own data: the shared context
# (every article), the settings (digested once for all pages) and caches.
SKIPPED_ATTRIBUTES = SHARED_CONTENT_ATTRIBUTES
INTRASITE = re.compile(r"[{|](filename|static|attach|tag|category|author|index)[|}]")
SCALARS = (str, int, float, bool, bytes, type(None))


_CONTENT_TYPES: dict[type, bool] = {}


def is_content(value: object) -> bool:
    kind = type(value)
    if (known := _CONTENT_TYPES.get(kind)) is None:
        known = _CONTENT_TYPES[kind] = looks_like_content(value)
    return known


def is_named(value: object) -> bool:
    """Pelican's tags, categories and authors (URLWrapper): a name and its slug."""
    return hasattr(value, "slug") and hasattr(value, "name") and not is_content(value)


def is_page_of_list(value: object) -> bool:
    return (
        hasattr(value, "object_list") and hasattr(value, "paginator") and hasattr(value, "number")
    )


def is_paginator(value: object) -> bool:
    return (
        hasattr(value, "num_pages") and hasattr(value, "object_list") and hasattr(value, "per_page")
    )


def _as(kind: str, text: str) -> tuple[str, str]:
    """What Flat writes in place of an object it only names (never called back)."""
    return (kind, text)


class Flat(pickle.Pickler):
    """An article's own data as bytes, by the C pickler (a Python walk is 5x slower).

    Other content counts by source path, tags and categories by name and slug,
    dates by their ISO form, functions by their code; objects by their type and
    attributes. No memo: equal data gives equal bytes, whatever is shared.
    """

    def __init__(self, file):
        super().__init__(file, protocol=5)
        self.fast = True
        self.holds = False

    @classmethod
    def serialise(cls, data: object) -> tuple[bytes, bool]:
        buffer = io.BytesIO()
        flat = cls(buffer)
        flat.dump(data)
        return buffer.getvalue(), flat.holds

    def reducer_override(self, obj):
        if obj is _as:
            return NotImplemented  # by reference, like any module-level function
        if is_content(obj):
            self.holds = True
            return (_as, ("content", obj.source_path))
        if is_named(obj):
            return (_as, (type(obj).__qualname__, f"{obj.name}\0{obj.slug}"))
        if isinstance(obj, datetime | date | time):
            return (_as, (type(obj).__qualname__, f"{obj.isoformat()} {obj.tzinfo}"))
        if isinstance(obj, tzinfo):
            return (_as, ("tz", str(obj)))
        if isinstance(obj, type):
            return (_as, ("type", f"{obj.__module__}.{obj.__qualname__}"))
        if (code := getattr(obj, "__code__", None)) is not None:
            return (_as, ("code", obj.__qualname__ + marshal.dumps(code).hex()))
        own = getattr(obj, "__dict__", None)
        if own is not None and not isinstance(obj, partial):
            state = {k: v for k, v in sorted(own.items()) if k not in SKIPPED_ATTRIBUTES}
            return (_as, (type(obj).__qualname__, state))
        return NotImplemented


def scalar(value: object) -> bytes:
    """A simple value as tagged, length-prefixed bytes (so that joined values stay apart)."""
    if isinstance(value, str):
        data, tag = value.encode("utf-8", "surrogatepass"), b"s"
    elif isinstance(value, bytes):
        data, tag = value, b"b"
    else:
        data, tag = repr(value).encode(), b"r"
    return tag + len(data).to_bytes(8, "little") + data


def key_order(item: tuple) -> tuple[str, str]:
    return (type(item[0]).__name__, str(item[0]))


_NAMES: dict[str, bytes] = {}


def name_bytes(name: str) -> bytes:
    """An attribute's name as bytes (the same few dozen names, over and over)."""
    if (known := _NAMES.get(name)) is None:
        known = _NAMES[name] = scalar(name)
    return known


def holds_content(value: object) -> bool:
    if type(value) not in (list, tuple) or not value:
        return False
    return any(is_content(item) for item in value)


def source_paths(value: object) -> object:
    if is_content(value):
        return value.source_path
    return [source_paths(item) for item in value]


# Template names -> the names they read, by the digest of all sources: the same
# theme need not be parsed again on every rebuild of a warm process.
