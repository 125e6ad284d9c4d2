"""Comments: a provider the owner picks, loaded only when the reader gets there.

Settings (pelicanconf.py / publishconf.py):
- COMMENTS_PROVIDER: "giscus", "utterances", "disqus", "isso", "remark42" or None,
  with that provider's dict (GISCUS = {...}, DISQUS = {"shortname": ...}, ...).
- COMMENTS_LOAD: "scroll" (when the section nears the viewport) or "click"
  (a "Load comments" button beside a line naming who receives the data).
- COMMENTS_DEFAULT: articles have comments unless `Comments: off` (True);
  pages only with `Comments: on`.
- COMMENTS_IN_DEVELOPMENT: development builds leave the live embed out (False).

Archived comments (`<article>.comments.json`, see archive.py) render read-only
above the embed. Markup contract: `section#comments[data-provider]`.
"""

import logging
from dataclasses import replace
from urllib.parse import quote

from pelican import signals
from pelican.contents import Article, Page

from freelancekit.markup import on_off, plain_text

from .archive import ArchiveError, archive_path, count, parse_archive
from .providers import PROVIDERS, CommentsSettingError, PageInfo, check_settings, embed_for

__all__ = ["PROVIDERS", "ArchiveError", "CommentsSettingError", "register"]

logger = logging.getLogger(__name__)


def configure(pelican) -> None:
    """Check the provider's settings once, before any page is read."""
    settings = pelican.settings
    production = bool(settings.get("IS_PRODUCTION"))
    load = settings.get("COMMENTS_LOAD", "scroll")
    if load not in {"scroll", "click"}:
        raise CommentsSettingError("COMMENTS_LOAD", f"{load!r} is not 'scroll' or 'click'")
    provider = settings.get("COMMENTS_PROVIDER")
    settings["_COMMENTS"] = {
        "provider": provider or None,
        "config": check_settings(provider, settings, production),
        "live": production or bool(settings.get("COMMENTS_IN_DEVELOPMENT", False)),
        "load": load,
    }


def _wanted(content) -> bool:
    value = content.metadata.get("comments")
    if value is None:
        default = content.settings.get("COMMENTS_DEFAULT", True)
        return bool(default) and isinstance(content, Article)
    switch = on_off(value)
    if switch is None:
        logger.warning(
            "Comments: %r is not 'on' or 'off'",
            value,
            extra={"problem_file": content.source_path, "problem_needle": "Comments:"},
        )
        return False
    return switch


def _archive(content) -> list:
    path = archive_path(content.source_path)
    if not path.exists():
        return []
    try:
        return parse_archive(path.read_text(encoding="utf-8"))
    except ArchiveError as error:
        logger.warning(
            "%s",
            error,
            extra={
                "problem_file": str(path),
                "problem_line": error.line,
                "problem_needle": error.needle,
            },
        )
        return []


# Embeds made in this process, by everything they are made from: a dev server
# rebuilds every article's embed on every save, and few of them change.
_made: dict[tuple, dict] = {}


def _embed(content, state: dict) -> dict | None:
    siteurl, email = content.settings["SITEURL"], content.settings.get("CONTACT_EMAIL")
    summary, url = content.metadata.get("summary", ""), content.url
    key = (
        *(repr(state[k]) for k in ("provider", "config", "load", "live")),
        siteurl,
        email,
        url,
        content.title,
        summary,
        content.slug,
    )
    if key not in _made:
        if len(_made) > 4096:
            _made.clear()
        _made[key] = _make_embed(content, state, f"{siteurl}/{url}", summary, email)
    return dict(_made[key])


def _make_embed(content, state: dict, url: str, summary: str, email: str | None) -> dict:
    page = PageInfo(
        url=url,
        title=content.title,
        description=plain_text(summary)[:300],
        identifier=content.slug,
    )
    embed = embed_for(state["provider"], state["config"], page)
    if not embed.fallback_url and email:
        subject = quote(f"Comment on “{content.title}”")
        embed = replace(
            embed,
            fallback_url=f"mailto:{email}?subject={subject}",
            fallback_label="a comment by e-mail",
        )
    return {**vars(embed), "load": state["load"], "live": state["live"]}


def attach_comments(content) -> None:
    """Give articles and pages their archived comments and their embed (plain data)."""
    if not isinstance(content, Article | Page) or not content.source_path:
        return
    if not hasattr(content, "title"):
        return  # Pelican reports the missing title itself and skips the file
    content.archived_comments = _archive(content)
    content.archived_count = count(content.archived_comments)
    state = content.settings.get("_COMMENTS") or {}
    wanted = _wanted(content) and state.get("provider") is not None
    content.comments = _embed(content, state) if wanted else None


def register() -> None:
    signals.initialized.connect(configure)
    signals.content_object_init.connect(attach_comments)
