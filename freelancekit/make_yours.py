"""`invoke init`: make the kit someone's own site.

Writes the owner's settings, share image and favicons, and (with
`clear_examples`) removes the showcase, leaving starter pages in the owner's
name. A file the writer wrote or changed is never replaced or removed without
`force`: see `freelancekit.kit_files`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from freelancekit import STARTER, STARTER_DRAFTS, brand, kit_files
from freelancekit.owner import InitError, Owner
from freelancekit.settings_file import (
    fresh_pelicanconf,
    fresh_publishconf,
    owner_values,
    publish_values,
    update_assignments,
)

STARTER_PAGES = [*STARTER_DRAFTS, "404.md"]
BRAND_FILES = {
    "content/images/share-default.png": lambda o: brand.share_image(o.name, o.tagline or None),
    "content/extra/favicon.svg": lambda o: brand.favicon_svg(o.name).encode("utf-8"),
    "content/extra/favicon.ico": lambda o: brand.favicon_ico(o.name),
    "content/extra/apple-touch-icon.png": lambda o: brand.apple_touch_icon(o.name),
}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~&])")


def markdown_text(text: str) -> str:
    """`text` escaped so Markdown shows it as typed."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


@dataclass
class Plan:
    """What init will write and remove, and what it refuses to touch."""

    record: dict[str, str] = field(default_factory=dict)  # kit_files' record, as read
    writes: dict[str, bytes] = field(default_factory=dict)
    removals: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def starter_page(name: str, owner: Owner) -> bytes:
    values = {"name": markdown_text(owner.name), "email": owner.email}
    return Template((STARTER / name).read_text(encoding="utf-8")).substitute(values).encode()


def settings_text(root: Path, rel: str, owner: Owner, record: dict, force: bool) -> bytes | None:
    """The new text of a settings file; None when it is the writer's and not forced."""
    path = root / rel
    if not path.exists() or kit_files.is_kits(root, rel, record):
        fresh = fresh_pelicanconf if rel == "pelicanconf.py" else fresh_publishconf
        return fresh(owner).encode("utf-8")
    if not force:
        return None
    values = owner_values(owner) if rel == "pelicanconf.py" else publish_values(owner)
    try:
        return update_assignments(path.read_text(encoding="utf-8"), values).encode("utf-8")
    except SyntaxError as error:
        raise InitError(f"{rel}:{error.lineno}: not valid Python: fix it first") from None


def plan(root: Path, owner: Owner, clear_examples: bool, force: bool) -> Plan:
    """Decide every write and removal before touching anything."""
    result = Plan(record=kit_files.load(root))
    record = result.record

    def claim(rel: str, data: bytes) -> None:
        mine = not (root / rel).exists() or kit_files.is_kits(root, rel, record)
        if mine or force:
            result.writes[rel] = data
        else:
            result.conflicts.append(rel)

    for rel in kit_files.SETTINGS_FILES:
        text = settings_text(root, rel, owner, record, force)
        if text is None:
            result.conflicts.append(rel)
        else:
            result.writes[rel] = text
    for rel, make in BRAND_FILES.items():
        claim(rel, make(owner))
    if clear_examples:
        for name in STARTER_PAGES:
            claim(f"content/pages/{name}", starter_page(name, owner))
        for rel in sorted(record):
            if rel in result.writes or rel in result.conflicts or not rel.startswith("content/"):
                continue
            if not (root / rel).exists():
                continue
            if kit_files.is_kits(root, rel, record) or force:
                result.removals.append(rel)
            else:
                result.conflicts.append(rel)
    return result


def refuse(conflicts: list[str]) -> InitError:
    lines = [f"{rel}: yours (changed since the kit wrote it): kept" for rel in conflicts]
    lines.append(
        "Nothing was changed. Run again with --force to replace or remove these too "
        "(settings files keep your other lines: only the owner's values are rewritten)."
    )
    return InitError("\n".join(lines))


def make_yours(
    root: Path, owner: Owner, clear_examples: bool = False, force: bool = False
) -> list[str]:
    """Apply init to the site in `root`; return the report. Raises InitError, changing nothing."""
    root = root.resolve()
    steps = plan(root, owner, clear_examples, force)
    if steps.conflicts:
        raise refuse(steps.conflicts)
    record = steps.record
    for rel, data in steps.writes.items():
        path = kit_files.confined(root, rel)
        if path is None:
            raise InitError(f"{rel}: outside the site folder: not written")
        kit_files.write_atomically(path, data)
        record[rel] = kit_files.digest(data)
    for rel in steps.removals:
        if (path := kit_files.confined(root, rel)) is not None:
            path.unlink(missing_ok=True)
        record.pop(rel, None)
    kit_files.save(root, record)
    return report(steps, owner)


def report(steps: Plan, owner: Owner) -> list[str]:
    lines = [f"Made the site {owner.name}'s ({owner.siteurl}):"]
    lines += [f"  wrote {rel}" for rel in steps.writes]
    if steps.removals:
        lines.append(f"  removed {len(steps.removals)} example files (articles, projects, images)")
    starters = any(rel.startswith("content/pages/") for rel in steps.writes)
    pages = "rewrite the draft pages in content/pages/ (then delete their `Status: draft` line), "
    lines.append(
        f"Next: {pages if starters else ''}write in content/articles/ "
        '(`invoke new-post "Title"`), then `invoke check`. Your home page: your pitch, '
        "photo and intro in content/home.md, services in content/services/ (README: "
        "Your storefront)."
    )
    return lines
