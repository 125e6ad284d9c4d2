"""Import a WordPress export: posts, pages, comments, images and old links."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pelican.utils import slugify

from .convert import plain_line, to_markdown
from .wxr import Export, WxrItem, parse_wxr

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
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [
            f"Imported {self.posts} posts and {self.pages} pages ({self.drafts} as drafts), "
            f"{self.comments} comments, {self.redirects} redirects.",
            f"Images on the old blog: {len(self.images)} ({self.downloaded} downloaded).",
            f"Shortcodes not converted: {len(self.shortcodes)}.",
        ]
        lines += [f"  image {url} in {where}" for url, where in self.images]
        lines += [
            f"  shortcode {code} in {where} (kept as text)" for code, where in self.shortcodes
        ]
        lines += [f"  skipped {path}: edited since the last import" for path in self.skipped]
        lines += [f"  {warning}" for warning in self.warnings]
        return lines


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slug_of(item: WxrItem) -> str:
    return (
        unquote(item.slug)
        or slugify(item.title or "", regex_subs=[(r"[^\w\s-]", ""), (r"[-\s]+", "-")])
        or f"post-{item.id}"
    )


def header(item: WxrItem, slug: str, draft: bool) -> str:
    """Pelican metadata for a post or page, one field a line."""
    categories = [name for _, name in item.categories if name and name != "Uncategorized"]
    tags = [name for _, name in item.tags] + categories[1:]  # extra categories kept as tags
    fields = [
        ("Title", plain_line(item.title) or f"Untitled {item.id}"),
        ("Date", item.date[:16] if item.date and not item.date.startswith("0000") else ""),
        (
            "Modified",
            item.modified[:16] if item.modified and not item.modified.startswith("0000") else "",
        ),
        ("Category", categories[0] if categories and item.type == "post" else ""),
        ("Tags", ", ".join(dict.fromkeys(tags)) if item.type == "post" else ""),
        ("Slug", slug),
        ("Author", plain_line(item.author)),
        ("Summary", plain_line(item.excerpt)),
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
    fetch: Callable[[str], str | None] | None = None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> Plan:
    """Convert everything in memory first, so a failure writes nothing."""
    plan = Plan()
    attachments = {
        a.id: (a.attachment_url, plain_line(a.title)) for a in export.of_type("attachment")
    }
    old_host = urlsplit(export.site_url).hostname or ""
    for item in progress(export.of_type("post", "page")):
        if item.status == "trash":
            continue
        draft = item.status in DRAFT_STATUSES
        folder = "articles" if item.type == "post" else "pages"
        slug = slug_of(item)
        path = f"{folder}/{slug}.md"
        converted = to_markdown(item.content, attachments, fetch, (old_host,))
        plan.files[path] = header(item, slug, draft) + "\n" + converted.markdown
        summary.images += [(url, path) for url in converted.images]
        summary.shortcodes += [(code, path) for code in converted.unknown_shortcodes]
        summary.warnings += [
            f"image without alt text {src} in {path}" for src in converted.images_without_alt
        ]
        summary.posts += item.type == "post"
        summary.pages += item.type == "page"
        summary.drafts += draft
        archive = archive_of(item)
        if archive:
            plan.files[f"{folder}/{slug}.comments.json"] = (
                json.dumps(archive, indent=2, ensure_ascii=False) + "\n"
            )
            summary.comments += len(archive["comments"])
        if not draft:
            _redirects(plan, item, path, export.site_url)
    for item in export.of_type("post"):
        if item.status != "publish":
            continue
        categories = [(n, name) for n, name in item.categories if n and n != "uncategorized"]
        # The first category stays a category; the others became tags.
        for number, (nicename, name) in enumerate(categories):
            target = {"category": name} if number == 0 else {"tag": name}
            plan.redirects["paths"].setdefault(f"category/{nicename}/", target)
        for nicename, name in item.tags:
            if nicename:
                plan.redirects["paths"][f"tag/{nicename}/"] = {"tag": name}
    summary.redirects = len(plan.redirects["paths"]) + len(plan.redirects["ids"])
    plan.files[REDIRECTS] = (
        json.dumps(plan.redirects, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )
    return plan


def _redirects(plan: Plan, item: WxrItem, path: str, site_url: str) -> None:
    if item.link:
        old = old_path(item.link, site_url)
        if old and "?" not in item.link:
            plan.redirects["paths"][old if old.endswith(("/", ".html")) else old + "/"] = path
    if item.id:
        plan.redirects["ids"][item.id] = path


def write_plan(plan: Plan, content: Path, summary: Summary) -> None:
    """Write the files, never over one the writer edited since the last import."""
    manifest_path = content / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"files": {}}
    for relative, text in plan.files.items():
        target = content / relative
        if target.exists() and relative != REDIRECTS:
            current = digest(target.read_text(encoding="utf-8"))
            if current != manifest["files"].get(relative):
                summary.skipped.append(relative)
                continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        manifest["files"][relative] = digest(text)
    manifest_path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def downloader(content: Path, summary: Summary, timeout: float = 20) -> Callable[[str], str]:
    """Fetch old-blog images into content/images/wp/; return the link to use."""
    folder = content / "images" / "wp"

    def fetch(url: str) -> str:
        name = re.sub(r"[^\w.-]", "-", unquote(urlsplit(url).path.rsplit("/", 1)[-1])) or "image"
        target = folder / f"{hashlib.sha1(url.encode()).hexdigest()[:8]}-{name}"
        if not target.exists():
            try:
                with urllib.request.urlopen(url, timeout=timeout) as response:
                    data = response.read()
            except OSError as error:
                summary.warnings.append(f"could not download {url}: {error}")
                return url
            folder.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            summary.downloaded += 1
        return "{static}/" + target.relative_to(content).as_posix()

    return fetch


def import_wordpress(
    export_file: Path,
    content: Path,
    download: bool = False,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> Summary:
    """Import `export_file` into `content`; raises WxrError (writing nothing) if unreadable."""
    export = parse_wxr(export_file)
    summary = Summary()
    fetch = downloader(content, summary) if download else None
    plan = plan_import(export, summary, fetch, progress)
    write_plan(plan, content, summary)
    return summary
