"""Comment providers: their settings, checked; the frame or script each page loads.

Plain functions: no Pelican import. Every provider but Isso is loaded as an
iframe we build here, so no third-party script runs in our pages and an
unreachable provider logs nothing in the reader's console.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

from freelancekit.provider_settings import text

PROVIDERS = ("giscus", "utterances", "disqus", "isso", "remark42")
SETTING = {name: name.upper() for name in PROVIDERS}  # GISCUS = {...} in pelicanconf
GITHUB_REPO = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")
GISCUS_MAPPINGS = {"pathname", "url", "title", "og:title", "specific", "number"}
UTTERANCES_TERMS = {"pathname", "url", "title", "og:title"}


class CommentsSettingError(ValueError):
    """A comment setting the owner must fix: which one, and what is expected."""

    def __init__(self, setting: str, message: str):
        self.file = "pelicanconf.py"
        self.needle = setting.split("[")[0]
        super().__init__(f"{setting}: {message}")


@dataclass(frozen=True)
class Embed:
    """How a page loads its comments and where a reader goes without them."""

    provider: str
    origin: str  # the only third-party origin the page may load (CSP)
    frame_src: str = ""  # an iframe URL, or
    script_src: str = ""  # a script URL (Isso)
    fallback_url: str = ""
    fallback_label: str = ""
    receiver: str = ""  # the company or server that receives the reader's data
    # The frame's `theme` for a reader who chose light or dark (theme.js): "light dark"
    # in the provider's own names; empty where the frame has no such parameter.
    themes: str = ""


def _text(
    config: Mapping,
    key: str,
    setting: str,
    pattern: re.Pattern | None = None,
    expected: str = "a value",
) -> str:
    return text(config, key, setting, CommentsSettingError, pattern, expected)


def _server(config: Mapping, setting: str, production: bool) -> str:
    url = _text(
        config, "url", setting, expected="the server's URL, e.g. 'https://comments.example.com'"
    )
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise CommentsSettingError(f"{setting}['url']", f"{url!r} is not an http(s) URL")
    if production and parts.scheme != "https":
        raise CommentsSettingError(
            f"{setting}['url']", f"{url!r} uses http:// in production; expected https://"
        )
    return url.rstrip("/")


def check_settings(provider: str | None, settings: Mapping, production: bool) -> dict | None:
    """Validate the chosen provider's settings; return them cleaned (None: no comments)."""
    if provider in (None, "", "none", False):
        return None
    if provider not in PROVIDERS:
        raise CommentsSettingError(
            "COMMENTS_PROVIDER", f"{provider!r} is not one of {', '.join(PROVIDERS)} or None"
        )
    setting = SETTING[provider]
    config = settings.get(setting)
    if not isinstance(config, Mapping):
        raise CommentsSettingError(setting, f"missing; expected a dict of {provider}'s settings")
    return CHECKS[provider](config, setting, production)


def _check_giscus(config: Mapping, setting: str, production: bool) -> dict:
    mapping = config.get("mapping", "pathname")
    if mapping not in GISCUS_MAPPINGS:
        raise CommentsSettingError(
            f"{setting}['mapping']", f"{mapping!r} is not one of {sorted(GISCUS_MAPPINGS)}"
        )
    cleaned = {
        "repo": _text(config, "repo", setting, GITHUB_REPO, "'owner/repository'"),
        "repo_id": _text(
            config,
            "repo_id",
            setting,
            re.compile(r"^R_\w+$"),
            "the repository id from giscus.app, like 'R_kgDO...'",
        ),
        "category": _text(config, "category", setting, expected="a discussion category name"),
        "category_id": _text(
            config,
            "category_id",
            setting,
            re.compile(r"^DIC_\w+$"),
            "the category id from giscus.app, like 'DIC_kwDO...'",
        ),
        "mapping": mapping,
        "lang": config.get("lang", "en"),
        "reactions": bool(config.get("reactions", True)),
        "strict": bool(config.get("strict", False)),
    }
    if mapping in {"specific", "number"}:
        cleaned["term"] = _text(
            config, "term", setting, expected=f"the term for mapping {mapping!r}"
        )
    return cleaned


def _check_utterances(config: Mapping, setting: str, production: bool) -> dict:
    term = config.get("issue_term", "pathname")
    if term not in UTTERANCES_TERMS:
        raise CommentsSettingError(
            f"{setting}['issue_term']", f"{term!r} is not one of {sorted(UTTERANCES_TERMS)}"
        )
    return {
        "repo": _text(config, "repo", setting, GITHUB_REPO, "'owner/repository'"),
        "issue_term": term,
        "label": config.get("label", ""),
    }


def _check_disqus(config: Mapping, setting: str, production: bool) -> dict:
    shortname = _text(
        config,
        "shortname",
        setting,
        re.compile(r"^[a-z0-9][a-z0-9-]*$"),
        "your Disqus shortname: lower-case letters, digits and hyphens, no spaces",
    )
    return {"shortname": shortname}


def _check_isso(config: Mapping, setting: str, production: bool) -> dict:
    return {"url": _server(config, setting, production)}


def _check_remark42(config: Mapping, setting: str, production: bool) -> dict:
    return {
        "url": _server(config, setting, production),
        "site_id": _text(
            config,
            "site_id",
            setting,
            re.compile(r"^[\w-]+$"),
            "the SITE id set on your Remark42 server",
        ),
    }


CHECKS = {
    "giscus": _check_giscus,
    "utterances": _check_utterances,
    "disqus": _check_disqus,
    "isso": _check_isso,
    "remark42": _check_remark42,
}


@dataclass(frozen=True)
class PageInfo:
    """What a provider needs to know about the page being commented on."""

    url: str  # absolute, canonical
    title: str
    description: str = ""
    identifier: str = ""  # a stable id (the article's slug)

    def term(self, mapping: str) -> str:
        """The discussion term giscus and utterances derive for a mapping."""
        if mapping == "pathname":
            return self.pathname_term
        return self.url if mapping == "url" else self.title  # "title", "og:title"

    @property
    def pathname_term(self) -> str:
        """The term giscus and utterances derive from the path: no leading slash."""
        path = urlsplit(self.url).path
        return "index" if len(path) < 2 else re.sub(r"\.\w+$", "", path[1:])


def embed_for(provider: str, config: Mapping, page: PageInfo) -> Embed:
    """The frame or script, fallback link and data receiver for one page."""
    return EMBEDS[provider](config, page)


def _giscus(config: Mapping, page: PageInfo) -> Embed:
    params = {
        "origin": page.url,
        "session": "",
        "theme": "preferred_color_scheme",  # follows the reader's light/dark, live
        "reactionsEnabled": "1" if config["reactions"] else "0",
        "emitMetadata": "0",
        "inputPosition": "bottom",
        "repo": config["repo"],
        "repoId": config["repo_id"],
        "category": config["category"],
        "categoryId": config["category_id"],
        "strict": "1" if config["strict"] else "0",
        "description": page.description,
        "backLink": page.url,
    }
    if config["mapping"] == "number":
        params["number"] = config["term"]
    else:
        params["term"] = config.get("term") or page.term(config["mapping"])
    search = params.get("term") or params.get("number", "")
    return Embed(
        provider="giscus",
        origin="https://giscus.app",
        frame_src=f"https://giscus.app/{quote(config['lang'])}/widget?{urlencode(params)}",
        fallback_url=f"https://github.com/{config['repo']}/discussions?"
        + urlencode({"discussions_q": search}),
        fallback_label="this discussion on GitHub",
        receiver="GitHub (through giscus)",
        themes="light dark",
    )


def _utterances(config: Mapping, page: PageInfo) -> Embed:
    term = page.term(config["issue_term"])
    parts = urlsplit(page.url)
    params = {
        "src": "https://utteranc.es/client.js",
        "repo": config["repo"],
        "issue-term": config["issue_term"],
        "theme": "preferred-color-scheme",
        "url": page.url,
        "origin": f"{parts.scheme}://{parts.netloc}",
        "pathname": page.pathname_term,
        "title": page.title,
        "description": page.description,
        "og:title": page.title,
        "session": "",
    }
    if config["label"]:
        params["label"] = config["label"]
    return Embed(
        provider="utterances",
        origin="https://utteranc.es",
        frame_src=f"https://utteranc.es/utterances.html?{urlencode(params)}",
        fallback_url=f"https://github.com/{config['repo']}/issues?"
        + urlencode({"q": f'is:issue in:title "{term}"'}),
        fallback_label="this discussion on GitHub",
        receiver="GitHub (through utterances)",
        themes="github-light github-dark",
    )


def _disqus(config: Mapping, page: PageInfo) -> Embed:
    params = {
        "base": "default",
        "f": config["shortname"],
        "t_i": page.identifier or page.pathname_term,
        "t_u": page.url,
        "t_e": page.title,
        "t_d": page.title,
        "t_t": page.title,
        "s_o": "default",
    }
    return Embed(
        provider="disqus",
        origin="https://disqus.com",
        frame_src=f"https://disqus.com/embed/comments/?{urlencode(params)}",
        fallback_url=f"https://disqus.com/home/forum/{config['shortname']}/",
        fallback_label="the discussion on Disqus",
        receiver="Disqus",
    )


def _isso(config: Mapping, page: PageInfo) -> Embed:
    host = urlsplit(config["url"]).netloc
    return Embed(
        provider="isso",
        origin=_origin(config["url"]),
        script_src=f"{config['url']}/js/embed.min.js",
        fallback_url="",
        fallback_label="",
        receiver=f"the comment server at {host}",
    )


def _remark42(config: Mapping, page: PageInfo) -> Embed:
    params = {
        "site_id": config["site_id"],
        "url": page.url,
        "page_title": page.title,
        "theme": "light",
        "locale": "en",
        "show_email_subscription": "false",
    }
    host = urlsplit(config["url"]).netloc
    return Embed(
        provider="remark42",
        origin=_origin(config["url"]),
        frame_src=f"{config['url']}/web/iframe.html?{urlencode(params)}",
        receiver=f"the comment server at {host}",
        themes="light dark",
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


EMBEDS = {
    "giscus": _giscus,
    "utterances": _utterances,
    "disqus": _disqus,
    "isso": _isso,
    "remark42": _remark42,
}
