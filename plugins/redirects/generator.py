"""Write the redirect pages once every page of the new site is known."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from pelican.generators import Generator
from pelican.urlwrappers import Category, Tag

from freelancekit.pelican_internals import claimed_outputs

logger = logging.getLogger(__name__)


def save_as_for(old_path: str) -> str:
    """Where a redirect for an old path is written: folders get an index.html."""
    old_path = old_path.lstrip("/")
    return old_path + "index.html" if old_path.endswith("/") or not old_path else old_path


def unusable(save_as: str) -> str | None:
    """Why a redirect cannot be written at `save_as` (outside text: checked), or None."""
    if os.path.normpath(save_as).split(os.sep)[0] == "..":
        return "leads outside the site: remove the line"
    if any(len(part.encode()) > 255 for part in save_as.split("/")):
        return "is longer than the file system allows (255 bytes a name): remove the line"
    return None


class RedirectGenerator(Generator):
    """Redirect pages for old permalinks; a JSON map for old `?p=ID` links."""

    def generate_context(self) -> None:
        path = Path(self.path) / self.settings.get("REDIRECTS_FILE", "redirects.json")
        self.redirect_file = path
        self.redirects = {"paths": {}, "ids": {}}
        if path.exists():
            try:
                self.redirects = {**self.redirects, **json.loads(path.read_text("utf-8"))}
            except json.JSONDecodeError as error:
                logger.warning(
                    "not valid JSON: %s",
                    error.msg,
                    extra={"problem_file": str(path), "problem_line": error.lineno},
                )
        self.context["old_post_ids"] = bool(self.redirects.get("ids"))

    def _target(self, target) -> str | None:
        """The new site-relative URL a redirect target names, or None if it is gone."""
        if isinstance(target, dict):
            # By slug, as Pelican files them: "Markup" and "markup " are the one tag page.
            name = target.get("category") or target.get("tag") or ""
            categories = {c.slug: c for c, _ in self.context.get("categories", [])}
            tags = {t.slug: t for t, _ in self.context.get("tags", [])}
            if "category" in target and (
                found := categories.get(Category(name, self.settings).slug)
            ):
                return found.url
            if found := tags.get(Tag(name, self.settings).slug):
                return found.url  # a tag, or a second category that became a tag
            return None
        content = self.context["generated_content"].get(str(target))
        return content.url if content is not None else None

    def _taken(self, writer) -> dict[str, str]:
        """{absolute output path: how to name it} for every file this build makes.

        The writer's record of claimed paths, never the disk: pages may be
        rendered later (site_writer), and static files are copied after us.
        """
        output = self.settings["OUTPUT_PATH"]

        def at(save_as: str) -> str:
            return os.path.normpath(os.path.join(output, save_as))

        made_by, static = {}, set()
        for key in ("generated_content", "static_content"):
            for item in self.context.get(key, {}).values():
                if getattr(item, "save_as", None):
                    made_by[at(item.save_as)] = item.relative_source_path
                    if key == "static_content":
                        static.add(at(item.save_as))
        taken = {os.path.normpath(path) for path in claimed_outputs(writer)} | static
        return {
            path: os.path.relpath(path, output)
            + (f" (from {made_by[path]})" if path in made_by else "")
            for path in taken
        }

    def _refuse(self, old: str, why: str) -> None:
        """A strict error at the redirect's line: no redirect is written for it."""
        logger.warning(
            "redirect for the old link %r %s",
            old,
            why,
            extra={"problem_file": str(self.redirect_file), "problem_needle": f'"{old}"'},
        )

    def generate_output(self, writer) -> None:
        siteurl = self.settings.get("CANONICAL_SITEURL") or self.settings["SITEURL"]
        # Where readers are sent: absolute in production; root-relative in development,
        # so a preview on any port sends them to the same server.
        local = self.settings.get("SITE_PATH", "") if self.settings["RELATIVE_URLS"] else siteurl
        output = self.settings["OUTPUT_PATH"]
        template = self.get_template("redirect")
        taken = self._taken(writer)
        ids = {}
        for old, target in sorted(self.redirects.get("paths", {}).items()):
            url = self._target(target)
            if url is None:
                self._refuse(
                    old,
                    f"points to {target!r}, which is not in the site: "
                    "remove the line or restore the page",
                )
                continue
            save_as = save_as_for(old)
            if why := unusable(save_as):
                self._refuse(old, why)
                continue
            if save_as == url + "index.html" or url == old:
                continue  # the old address is the new page's own
            if page := taken.get(os.path.normpath(os.path.join(output, save_as))):
                self._refuse(
                    old,
                    f"would replace {page}, a page of this site: remove the line "
                    "(the page is there already) or give the page another slug",
                )
                continue
            writer.write_file(
                save_as,
                template,
                self.context,
                target_url=f"{local}/{url}",
                canonical_url=f"{siteurl}/{url}",
                relative_urls=False,
                override_output=True,
            )
        for post_id, target in self.redirects.get("ids", {}).items():
            url = self._target(target)
            if url is not None:
                ids[post_id] = f"{local}/{url}"
        if ids:
            folder = Path(output) / "redirects"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "ids.json").write_text(json.dumps(ids, sort_keys=True), encoding="utf-8")
