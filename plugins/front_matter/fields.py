"""Front matter keys as the fields of a Pelican header: what each one means here.

Plain functions: entries in, {field: (value, line)} out, the value as the text
(or list) a header line would hold. Pelican's own metadata processors then
read them, exactly as they read a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pelican.readers import ensure_metadata_list

from .parse import Entry, FrontMatterError

# Keys other generators write for a field the kit knows by another name
# (lower case: keys are read ignoring case, as Pelican reads a header).
ALIASES = {
    "pubdate": "date",  # Astro
    "publishdate": "date",  # Hugo
    "lastmod": "modified",  # Hugo
    "last_modified_at": "modified",  # Jekyll (jekyll-last-modified-at)
    "updated": "modified",  # Eleventy and Hexo starters
    "updateddate": "modified",  # Astro
    "tag": "tags",
    "categories": "category",
    "excerpt": "summary",  # Jekyll
    "draft": "status",  # Hugo, Astro, Eleventy: draft: true
    "published": "status",  # Jekyll: published: false
    "url": "permalink",  # Hugo
    "pin": "pinned",  # Chirpy: pin: true
}
# Names the old site's theme chose a template by: the kit picks its own
# (article or page, or `template:`), so these are left out.
DROPPED = {"layout"}
# Fields the kit and Pelican read as one value; a list or nested keys there is a mistake.
SINGLE = {
    "title", "date", "modified", "summary", "status", "slug", "author", "lang",
    "template", "image", "image_alt", "description", "permalink", "comments",
}  # fmt: skip
LISTS = {"tags", "category", "authors"}
TRUE, FALSE = {"true", "yes", "on"}, {"false", "no", "off"}  # YAML 1.1's booleans
# A permalink's last part that can be a slug: no placeholders (:title, {{ page.fileSlug }}).
SLUG = re.compile(r"[\w.-]+")


@dataclass(frozen=True)
class Field:
    """A header field's value (text, or a list of text) and the line it came from."""

    value: str | list[str]
    line: int


def header_fields(entries: list[Entry]) -> dict[str, Field]:
    """The Pelican header fields that front matter `entries` stand for, in order."""
    fields: dict[str, Field] = {}
    keys: dict[str, Entry] = {}  # by key, lower case
    setters: dict[str, Entry] = {}  # by field: the entry that set it
    extra_tags: list[str] = []
    for entry in entries:
        key = entry.key.strip().lower()
        if key in keys:
            raise FrontMatterError(
                f"'{entry.key}' is set twice (also on line {keys[key].line}): keep one",
                entry.line,
            )
        keys[key] = entry
        name = ALIASES.get(key, key)
        value = None if key in DROPPED else _checked(entry, name)
        if value is None:
            continue
        value, more_tags = _meaning(entry, key, value)
        extra_tags += more_tags
        if value is None:
            continue
        if first := setters.get(name):
            raise FrontMatterError(
                f"'{entry.key}' and '{first.key}' (line {first.line}) both set the "
                f"{name}: keep one",
                entry.line,
            )
        setters[name] = entry
        fields[name] = Field(value, entry.line)
    if extra_tags:
        tags = fields.get("tags") or Field([], fields["category"].line)
        fields["tags"] = Field([*tags.value, *extra_tags], tags.line)
    permalink = fields.get("permalink")
    if permalink and "slug" not in fields and (slug := permalink_slug(permalink.value)):
        fields["slug"] = Field(slug, permalink.line)
    return fields


def _meaning(entry: Entry, key: str, value: str | list[str]) -> tuple[object, list[str]]:
    """The header value an entry stands for (None: none), and the tags it adds."""
    if key in ("tags", "tag", "categories") and isinstance(value, str) and _spaced_words(value):
        # Jekyll reads `tags: remote work` as two tags, Pelican's header as one.
        raise FrontMatterError(
            f"'{entry.key}: {value}' could be one name or {len(value.split())} (Jekyll reads "
            f"words apart): write a list, [{', '.join(value.split())}] or [{value}]",
            entry.line,
        )
    if key == "categories" or (key == "category" and isinstance(value, list)):
        # Pelican has one category: the first; the others become tags.
        items = ensure_metadata_list(value)
        return (items[0], items[1:]) if items else (None, [])
    if key in ("tags", "tag"):
        return ensure_metadata_list(value), []
    if key in ("draft", "published"):
        # draft: false and published: true say what an article is anyway.
        return ("draft" if _flag(entry, value) != (key == "published") else None), []
    return value, []


def _spaced_words(value: str) -> bool:
    """Text of several words and no comma: a list whose reading depends on the tool."""
    return "," not in value and ";" not in value and len(value.split()) > 1


def _checked(entry: Entry, name: str) -> str | list[str] | None:
    """The entry's value, stripped; FrontMatterError where its shape is wrong for `name`."""
    value = entry.value
    if value is None:
        if name in SINGLE or name in LISTS:
            what = "one value" if name in SINGLE else "one value or a [list]"
            raise FrontMatterError(
                f"'{entry.key}' holds nested keys or lists: give it {what}", entry.line
            )
        return None
    if isinstance(value, list):
        if name in SINGLE:
            raise FrontMatterError(f"'{entry.key}' is a list: give it one value", entry.line)
        return [item.strip() for item in value]
    return value.strip()


def _flag(entry: Entry, value: str) -> bool:
    if value.lower() in TRUE | FALSE:
        return value.lower() in TRUE
    raise FrontMatterError(f"'{entry.key}' must be true or false, not {value!r}", entry.line)


def permalink_slug(permalink: str) -> str | None:
    """The slug a permalink ends in (/pricing/, /2019/05/pricing.html), if it is plain."""
    parts = [p for p in permalink.split("?")[0].split("#")[0].split("/") if p]
    if parts and parts[-1] == "index.html":
        parts.pop()
    last = parts[-1].removesuffix(".html") if parts else ""
    # Eleventy's permalink: false (not published) is no address at all.
    return last if SLUG.fullmatch(last) and last.lower() not in FALSE else None


def same_address(permalink: str, url: str) -> bool:
    """Whether `permalink` asks for the address `url` (Pelican's, as `pricing/`)."""
    if permalink.strip() == "false":
        return False  # Eleventy's "not published": no address is that

    def plain(address: str) -> str:
        address = address.strip().lstrip("/").removesuffix("index.html")
        return address if not address or address.endswith((".html", "/")) else address + "/"

    return plain(permalink) == plain(url)
