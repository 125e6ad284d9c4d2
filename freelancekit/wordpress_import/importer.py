"""Import a WordPress export: posts, pages, comments, images and old links."""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pelican.utils import slugify

from freelancekit.names import same_name

from .convert import Attachment, plain_line, to_markdown
from .fetching import Fetcher, Refused
from .wxr import Export, WxrError, WxrItem, parse_wxr

DRAFT_STATUSES = {"draft", "private", "pending", "future", "auto-draft"}
MANIFEST = ".wordpress-import.json"
REDIRECTS = "redirects.json"


@dataclass
class Summary:
    """What the import did, for the closing report."""

    posts: int = 0
    pages: int = 0
    drafts: int = 0
    comments: int = 0
    redirects: int = 0
    images: list[tuple[str, str]] = field(default_factory=list)  # (url, article)
    downloaded: int = 0
    shortcodes: list[tuple[str, str]] = field(default_factory=list)  # (shortcode, article)
    skipped: list[str] = field(default_factory=list)  # files edited since the last import
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (wanted slug, file written)
    alt_todo: list[tuple[str, str]] = field(default_factory=list)  # (image, file): no alt found
    repairs: Counter = field(default_factory=Counter)  # HTML repaired: kind -> count
    not_carried: list[str] = field(default_factory=list)  # one line per item not carried over

    def lines(self) -> list[str]:
        lines = [
            f"Imported {_count(self.posts, 'post')} and {_count(self.pages, 'page')} "
            f"({self.drafts} as drafts), {_count(self.comments, 'comment')}, "
            f"{_count(self.redirects, 'redirect')}.",
        ]
        images = list(dict.fromkeys(self.images))  # one line per image and post
        lines.append(
            f"Images on the old blog: {len({url for url, _ in images})} "
            f"({self.downloaded} downloaded)."
        )
        lines += [f"  image {url} in {where}" for url, where in images]
        lines.append(f"Shortcodes not converted: {len(self.shortcodes)}.")
        lines += [
            f"  shortcode {code} in {where} (kept as text)" for code, where in self.shortcodes
        ]
        lines.append("Not carried over as it was, repaired, or to do:")
        lines += [f"  skipped {path}: edited since the last import" for path in self.skipped]
        lines += [
            f"  slug {wanted!r} was taken: written as {path}" for wanted, path in self.renamed
        ]
        lines += [
            f"  image {src} in {path} has no alt text: marked {{.alt-todo}}; describe it when "
            "you can (the build lists these)"
            for src, path in self.alt_todo
        ]
        lines += [f"  {line}" for line in self.not_carried]
        lines += [
            f"  repaired: {count} {kind} (accessibility and validity)"
            for kind, count in sorted(self.repairs.items())
        ]
        return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# What a slug may never hold: it names a file in content/ and a metadata line.
UNSAFE_SLUG = re.compile(r"[/\\\x00-\x1f\x7f]|^\.|\.\.")
UNSAFE_PATH = re.compile(r"[\\\x00-\x1f\x7f]")
MAX_SLUG_BYTES = 200  # WordPress's own limit; the file name adds ".comments.json"


def describe(item: WxrItem) -> str:
    title = plain_line(item.title)[:60]
    return f"{item.type} {item.id}" + (f" {title!r}" if title else "")


def slug_of(item: WxrItem) -> str:
    """The item's slug, decoded; refused if it could name a file outside its folder."""
    wanted = unquote(item.slug).strip()
    if wanted and (UNSAFE_SLUG.search(wanted) or len(wanted.encode()) > MAX_SLUG_BYTES):
        raise WxrError(
            f"{describe(item)}: its slug (wp:post_name) {wanted[:80]!r} holds a '/', '..', "
            "a control character or is too long: not a slug WordPress makes; fix the export"
        )
    return (
        wanted
        or slugify(item.title or "", regex_subs=[(r"[^\w\s-]", ""), (r"[-\s]+", "-")])[:100]
        or f"post-{item.id}"
    )


def reserved_slugs() -> set[str]:
    """Paths the site makes itself (tags/, archives/, search/, theme/...): no post may take one."""
    from freelancekit import settings

    names = {"pagefind", "feeds", "drafts", settings.THEME_STATIC_DIR, *settings.STATIC_PATHS}
    for key in dir(settings):
        if key.endswith("_SAVE_AS") and (value := getattr(settings, key)):
            first = value.split("/", 1)[0]
            if "{" not in first:
                names.add(first.removesuffix(".html").removesuffix(".xml").removesuffix(".txt"))
    return {name.lower() for name in names}


RESERVED = reserved_slugs()


@dataclass
class OwnContent:
    """What the writer's own posts and pages (not an earlier import's) already use."""

    slugs: set[str] = field(default_factory=set)  # lower case: their pages' addresses
    terms: set[str] = field(default_factory=set)  # category and tag names, as written


TERM_LINE = re.compile(r"^(?:category|categories|tags):[ \t]*(.+)$", re.M | re.I)


def own_content(content: Path, manifest: dict) -> OwnContent:
    """Slugs, categories and tags of the writer's own posts and pages."""
    own = OwnContent()
    for path in [*content.glob("articles/**/*.md"), *content.glob("pages/**/*.md")]:
        if path.relative_to(content).as_posix() in manifest["files"]:
            continue
        own.slugs.add(path.stem.lower())
        head = path.read_text(encoding="utf-8", errors="replace").split("\n\n", 1)[0]
        if found := re.search(r"^slug:\s*(.+)$", head, re.M | re.I):
            own.slugs.add(found.group(1).strip().lower())
        for line in TERM_LINE.findall(head):  # a header's commas, or a YAML [list]
            own.terms.update(t.strip(" \t'\"") for t in line.strip("[] \t").split(","))
    own.terms.discard("")
    return own


def unique(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`... if another post or page has it already."""
    candidate, number = slug, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate.lower())
    return candidate


# Markdown's own characters in a metadata field Pelican formats (Summary): escaped, so
# that the text reads as text and never becomes markup (HTML's are escaped as entities).
MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]])")
MARKDOWN_LINE_START = re.compile(r"^(?:(?P<mark>#|[+-])|(?P<number>\d+)(?P<dot>[.)])(?=\s))")


def as_text(text: str) -> str:
    """Plain text for a Markdown-formatted metadata field: shown as written, never markup."""
    text = MARKDOWN_INLINE.sub(r"\\\1", html.escape(plain_line(text), quote=False))
    return MARKDOWN_LINE_START.sub(
        lambda m: "\\" + m["mark"] if m["mark"] else m["number"] + "\\" + m["dot"], text
    )


WP_DATE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def when(value: str) -> str:
    """A WordPress date as Pelican reads it, or "" (unset "0000-..." or unreadable)."""
    found = WP_DATE.match(value.strip())
    return found.group(0) if found and not found.group(0).startswith("0000") else ""


def term(name: str) -> str:
    """A category or tag name as one metadata value: one line, no comma (Tags: splits on it)."""
    return " ".join(plain_line(name).replace(",", " ").split())


def one_spelling(items: list[WxrItem], own: Iterable[str] = ()) -> dict[str, str]:
    """{term: the spelling to write} for category and tag names that differ only by
    case, spacing or punctuation ("markup", "Markup"): WordPress keeps them apart,
    Pelican files them as one page, and the strict build wants one spelling. A
    name the writer's own posts use (`own`) is spelled their way."""
    uses = Counter(term(name) for item in items for _, name in item.categories + item.tags)
    for name in own:
        uses[name] += WRITERS_OWN
    return same_name(uses)


WRITERS_OWN = 10**9  # counted as that many uses: the writer's spelling always wins


def header(
    item: WxrItem, slug: str, draft: bool, author: str = "", spelling: Mapping[str, str] = {}
) -> str:
    """Pelican metadata for a post or page, one field a line."""
    categories = [spelling.get(t, t) for t in (term(name) for _, name in item.categories)]
    categories = [name for name in categories if name and name != "Uncategorized"]
    tags = [spelling.get(t, t) for t in (term(name) for _, name in item.tags)]
    tags += categories[1:]  # extra categories: tags
    tags = [name for name in tags if name]
    fields = [
        ("Title", plain_line(item.title) or f"Untitled {item.id}"),
        ("Date", when(item.date)),
        ("Modified", when(item.modified)),
        ("Category", categories[0] if categories and item.type == "post" else ""),
        ("Tags", ", ".join(dict.fromkeys(tags)) if item.type == "post" else ""),
        ("Slug", slug),
        ("Author", plain_line(author or item.author)),
        ("Summary", as_text(item.excerpt)),
        ("Status", "draft" if draft else ""),
    ]
    if item.type == "post" and not fields[1][1]:
        fields[1] = ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M"))
    return "".join(f"{name}: {value}\n" for name, value in fields if value)


def archive_of(item: WxrItem) -> dict | None:
    """Approved comments in the archived-comments format (no e-mail, no IP, ever)."""
    kept = [c for c in item.comments if c.approved == "1" and c.type in ("", "comment")]
    ids = {c.id for c in kept}
    comments = []
    for comment in kept:
        date = comment.date_gmt.replace(" ", "T")
        comments.append(
            {
                "id": comment.id,
                "parent": comment.parent if comment.parent in ids else None,
                "author": plain_line(comment.author) or "Anonymous",
                "url": comment.author_url
                if comment.author_url.startswith(("http://", "https://"))
                else "",
                "date": f"{date}+00:00" if len(date) == 19 else date,
                "body": to_markdown(comment.body).markdown.strip() or "(empty)",
            }
        )
    return {"version": 1, "comments": comments} if comments else None


def old_path(url: str, site_url: str) -> str:
    """The path of an old permalink on the old site, without the leading slash."""
    parts = urlsplit(url)
    base = urlsplit(site_url).path.rstrip("/")
    path = parts.path[len(base) :] if parts.path.startswith(base) else parts.path
    return path.lstrip("/")


@dataclass
class Plan:
    """Every file the import will write (path relative to content/: text)."""

    files: dict[str, str] = field(default_factory=dict)
    redirects: dict = field(default_factory=lambda: {"version": 1, "paths": {}, "ids": {}})


def plan_import(
    export: Export,
    summary: Summary,
    fetch: Callable[..., str | None] | None = None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
    own: OwnContent | None = None,
) -> Plan:
    """Convert everything in memory first, so a failure writes nothing."""
    plan = Plan()
    attachments = {
        a.id: Attachment(
            a.attachment_url,
            alt=plain_line(a.meta.get("_wp_attachment_image_alt", "")),
            caption=plain_line(a.excerpt),
            title=plain_line(a.title),
            parent=a.parent,
            order=a.order,
        )
        for a in export.of_type("attachment")
    }
    old_host = (urlsplit(export.site_url).hostname or "").lower()
    own = own or OwnContent()
    taken = RESERVED | own.slugs
    # First every item's file, so that links between posts can point at the new files.
    placed = []
    links: dict[str, str] = {}
    for item in export.of_type("post", "page"):
        if item.status == "trash":
            continue
        draft = item.status in DRAFT_STATUSES or bool(item.password)
        folder = "articles" if item.type == "post" else "pages"
        wanted = slug_of(item)
        slug = unique(wanted, taken)
        path = f"{folder}/{slug}.md"
        if slug != wanted:
            summary.renamed.append((wanted, path))
        placed.append((item, draft, slug, path))
        if not draft:  # a link to a draft would be a dead link: it stays as it was
            links[f"?p={item.id}"] = path
            if item.link and (old := old_path(item.link, export.site_url).strip("/")):
                links[old] = path
    spelling = one_spelling([item for item, *_ in placed if item.type == "post"], own.terms)
    for item, draft, slug, path in progress(placed):
        if item.password:
            summary.not_carried.append(
                f"{describe(item)} is password-protected: imported as a draft, never published"
            )
        converted = to_markdown(
            item.content,
            attachments,
            fetch,
            (old_host,),
            export.site_url,
            links,
            item.id,
            item.meta.get("footnotes", ""),
        )
        summary.not_carried += [f"{line} (in {path})" for line in converted.not_carried]
        summary.repairs.update(converted.repairs)
        author = export.authors.get(item.author, "")
        plan.files[path] = header(item, slug, draft, author, spelling) + "\n" + converted.markdown
        summary.images += [(url, path) for url in converted.images]
        summary.shortcodes += [(code, path) for code in converted.unknown_shortcodes]
        summary.alt_todo += [(src, path) for src in converted.images_without_alt]
        summary.posts += item.type == "post"
        summary.pages += item.type == "page"
        summary.drafts += draft
        archive = archive_of(item)
        if archive:
            plan.files[path.removesuffix(".md") + ".comments.json"] = (
                json.dumps(archive, indent=2, ensure_ascii=False) + "\n"
            )
            summary.comments += len(archive["comments"])
        if not draft:
            _redirects(plan, item, path, export.site_url, summary, own.slugs)
    published = [p for p in export.of_type("post") if p.status == "publish" and not p.password]
    categories = {
        item.id: [(n, name) for n, name in item.categories if n and n != "uncategorized"]
        for item in published
    }
    # A category that is any published post's first stays a category page; one that is
    # only ever a second category became a tag (see header()).
    first = {names[0][0] for names in categories.values() if names}
    for item in published:
        for nicename, name in categories[item.id]:
            target = {"category": name} if nicename in first else {"tag": name}
            plan.redirects["paths"].setdefault(f"category/{nicename}/", target)
        for nicename, name in item.tags:
            if nicename:
                plan.redirects["paths"][f"tag/{nicename}/"] = {"tag": name}
    summary.redirects = len(plan.redirects["paths"]) + len(plan.redirects["ids"])
    return plan


def _redirects(
    plan: Plan, item: WxrItem, path: str, site_url: str, summary: Summary, own: set[str]
) -> None:
    if item.link:
        old = old_path(item.link, site_url)
        if old and "?" not in item.link:
            decoded = unquote(old)
            segments = decoded.strip("/").split("/")
            if any(
                s in (".", "..") or len(s.encode()) > MAX_SLUG_BYTES for s in segments
            ) or UNSAFE_PATH.search(decoded):
                summary.not_carried.append(
                    f"old link {item.link[:100]!r} of {describe(item)} cannot be a path on "
                    "this site ('..', a control character or too long): no redirect"
                )
            elif old.split("/", 1)[0].lower() in RESERVED:
                summary.not_carried.append(
                    f"old link /{old} is a page of this site now ({old.split('/', 1)[0]}/): "
                    f"no redirect to {path}"
                )
            elif decoded.strip("/").lower() in own:
                summary.not_carried.append(
                    f"old link /{old} is the address of a page of yours now: no redirect "
                    f"to {path} (which would replace it)"
                )
            else:
                plan.redirects["paths"][old if old.endswith(("/", ".html")) else old + "/"] = path
    if item.id.isdigit():
        plan.redirects["ids"][item.id] = path


def _read_json(path: Path, what: str) -> dict:
    """A JSON object the import keeps beside the content, or one clear error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise WxrError(f"{path.name} is not valid JSON (line {error.lineno}): {what}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise WxrError(f"cannot read {path.name}: {error}: {what}") from None
    if not isinstance(data, dict):
        raise WxrError(f"{path.name} does not hold a JSON object: {what}")
    return data


def read_manifest(content: Path) -> dict:
    """What the last import wrote: file digests and the redirects it added."""
    path = content / MANIFEST
    if not path.exists():
        return {"files": {}, "redirects": {"paths": {}, "ids": {}}}
    what = (
        "the import's record of what it wrote; restore it (git checkout "
        f"content/{MANIFEST}) and import again"
    )
    manifest = _read_json(path, what)
    files = manifest.get("files", {})
    redirects = manifest.get("redirects", {"paths": {}, "ids": {}})
    if not (
        isinstance(files, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
        and all(_safe_relative(k) for k in files)
        and isinstance(redirects, dict)
        and all(isinstance(redirects.get(s, {}), dict) for s in ("paths", "ids"))
    ):
        raise WxrError(f"{MANIFEST} is not in the form the import writes: {what}")
    return {"files": files, "redirects": {s: redirects.get(s, {}) for s in ("paths", "ids")}}


def _safe_relative(path: str) -> bool:
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "\\" not in path


def read_redirects(content: Path) -> dict:
    """content/redirects.json as it is now ({} if none), or one clear error."""
    path = content / REDIRECTS
    if not path.exists():
        return {}
    current = _read_json(path, "fix it or move it aside, then import again")
    for section in ("paths", "ids"):
        mine = current.get(section, {})
        if not isinstance(mine, dict):
            raise WxrError(
                f'{REDIRECTS}: "{section}" is not a JSON object: fix it, then import again'
            )
        for key, value in mine.items():
            if not _redirect_value(value):
                raise WxrError(
                    f"{REDIRECTS}: the redirect for {key!r} points to {value!r}, not to a file "
                    'or {"category": ...} or {"tag": ...}: fix it, then import again'
                )
    return current


def merge_redirects(current: dict, new: dict, manifest: dict, summary: Summary) -> dict:
    """The import's redirects, and every entry the writer added or changed, kept."""
    merged = {**current, "version": current.get("version", 1)}
    for section in ("paths", "ids"):
        mine = current.get(section, {})
        ours = manifest["redirects"][section]
        writers = {k: v for k, v in mine.items() if k not in ours or ours[k] != v}
        # What earlier imports (of this export or another) wrote and nobody changed stays.
        earlier = {k: v for k, v in mine.items() if k in ours and ours[k] == v}
        for key in writers.keys() & new[section].keys():
            if writers[key] != new[section][key]:
                summary.not_carried.append(
                    f"redirect for {key!r} kept as you wrote it in {REDIRECTS} "
                    f"(the export would point it at {new[section][key]!r})"
                )
        for key in earlier.keys() & new[section].keys():
            if earlier[key] != new[section][key]:
                old = f"?p={key}" if section == "ids" else key
                summary.not_carried.append(
                    f"old link {old!r} pointed at {earlier[key]!r} (an earlier import); "
                    f"this export points it at {new[section][key]!r}"
                )
        merged[section] = {**earlier, **new[section], **writers}
    return merged


def _redirect_value(value: object) -> bool:
    if isinstance(value, str):
        return bool(value)
    return (
        isinstance(value, dict)
        and len(value) == 1
        and next(iter(value)) in ("category", "tag")
        and isinstance(next(iter(value.values())), str)
    )


def _confined(content: Path, relative: str) -> Path:
    root = content.resolve()
    target = (content / relative).resolve()
    if target == root or root not in target.parents:
        raise WxrError(f"refusing to write {relative!r}: it is outside {content}")
    return content / relative


def write_plan(
    plan: Plan, content: Path, summary: Summary, manifest: dict, current_redirects: dict
) -> None:
    """Write the files, never over one the writer edited since the last import.

    The record and redirects.json were read and checked before the import
    began, and every path is checked here first, so an error writes nothing.
    """
    redirects = merge_redirects(current_redirects, plan.redirects, manifest, summary)
    targets = {relative: _confined(content, relative) for relative in plan.files}
    for relative, text in plan.files.items():
        target = targets[relative]
        if target.exists():
            current = digest(target.read_text(encoding="utf-8"))
            if current != manifest["files"].get(relative):
                summary.skipped.append(relative)
                continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        manifest["files"][relative] = digest(text)
    (content / REDIRECTS).write_text(
        json.dumps(redirects, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    manifest["redirects"] = {
        section: {**manifest["redirects"][section], **plan.redirects[section]}
        for section in ("paths", "ids")
    }
    (content / MANIFEST).write_text(
        json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def downloader(content: Path, summary: Summary, fetcher: Fetcher) -> Callable[[str], str | None]:
    """Fetch images and media into content/images/wp/; the link to use, or None."""
    folder = content / "images" / "wp"
    done: dict[str, str | None] = {}

    def fetch(url: str, kinds: tuple[str, ...] = ("image/",)) -> str | None:
        if url in done:
            return done[url]
        name = re.sub(r"[^\w.-]", "-", unquote(urlsplit(url).path.rsplit("/", 1)[-1]))
        name = name.lstrip(".")[-80:] or "image"
        target = folder / f"{hashlib.sha1(url.encode()).hexdigest()[:8]}-{name}"
        if not target.exists():
            try:
                data = fetcher.fetch(url, kinds)
            except Refused as reason:
                kind = "image" if kinds == ("image/",) else "file"
                summary.not_carried.append(
                    f"{kind} {url} not downloaded ({reason}): linked to its old address instead"
                )
                done[url] = None
                return None
            folder.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            summary.downloaded += 1
        done[url] = "{static}/" + target.relative_to(content).as_posix()
        return done[url]

    return fetch


def import_wordpress(
    export_file: Path,
    content: Path,
    download: bool = False,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
    fetcher: Fetcher | None = None,
) -> Summary:
    """Import `export_file` into `content`; raises WxrError (writing nothing) if unreadable."""
    export = parse_wxr(export_file)
    for item in export.of_type("post", "page"):
        slug_of(item)  # every slug checked before anything is fetched or written
    manifest, current_redirects = read_manifest(content), read_redirects(content)
    summary = Summary()
    hosts = [urlsplit(export.site_url).hostname or ""]
    fetch = downloader(content, summary, fetcher or Fetcher(hosts)) if download else None
    plan = plan_import(export, summary, fetch, progress, own_content(content, manifest))
    write_plan(plan, content, summary, manifest, current_redirects)
    return summary
