"""Analytics providers: one entry each, from the ANALYTICS setting to what a page sends.

Plain functions: no Pelican import. No provider's script is loaded: each entry
describes its documented page-view request (endpoint, query or JSON body), and
our own theme/static/js/analytics.js sends it, with the page's values put in
for the {tokens} below, to the one origin the page's CSP allows (connect-src).
Adding a provider is one entry here; the script stays as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from freelancekit.provider_settings import (
    UUID,
    ProviderSettingError,
    chosen,
    origin,
    text,
    web_address,
)

SETTING = "ANALYTICS"
DOMAIN = re.compile(r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")


class AnalyticsSettingError(ProviderSettingError):
    """An ANALYTICS setting the owner must fix: which key, and what is expected."""


# What analytics.js puts in for a token, on the reader's page (README: Analytics).
TOKENS = {
    "{path}": "the page's path, without query string or #fragment",
    "{url}": "the page's address, without query string or #fragment",
    "{hostname}": "the site's host name",
    "{referrer}": "the referrer, as the browser gives it",
    "{title}": "the page title",
    "{language}": "the browser's language",
    "{screen}": "the screen's size, as 1920x1080",
    "{scale}": "the screen's width, height and pixel ratio, as 1920,1080,1",
    "{width}": "the window's width",
}


@dataclass(frozen=True)
class Counter:
    """The page-view request one provider documents, for one site."""

    provider: str
    endpoint: str  # the URL analytics.js sends each page view to (POST)
    receiver: str  # who receives it
    query: dict = field(default_factory=dict)  # sent as ?key=value, or
    body: dict = field(default_factory=dict)  # sent as JSON
    json: bool = False  # with Content-Type: application/json (a CORS request)

    def plain(self) -> dict:
        """As templates get it: plain data, with its CSP need (one origin, connect-src)."""
        return {
            "provider": self.provider,
            "endpoint": self.endpoint,
            "query": json.dumps(self.query, separators=(",", ":")) if self.query else "",
            "body": json.dumps(self.body, separators=(",", ":")) if self.body else "",
            "json": self.json,
            "receiver": self.receiver,
            "csp": {"connect-src": (origin(self.endpoint),)},
        }


def _server(config: Mapping, production: bool, example: str, required: bool = True) -> str:
    if not required and config.get("url") in (None, ""):
        return ""
    expected = f"your server's address, e.g. '{example}'"
    return web_address(config, "url", SETTING, AnalyticsSettingError, production, expected)


def _goatcounter(config: Mapping, production: bool) -> Counter:
    has_code, has_url = config.get("code") not in (None, ""), config.get("url") not in (None, "")
    if has_code == has_url:
        raise AnalyticsSettingError(
            SETTING,
            "give GoatCounter's 'code' (the name in https://<code>.goatcounter.com) "
            "or 'url' (your own GoatCounter server), one of them",
        )
    if has_url:
        base = _server(config, production, "https://stats.example.com")
    else:
        code = text(
            config,
            "code",
            SETTING,
            AnalyticsSettingError,
            re.compile(r"[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?"),
            "your GoatCounter code: lower-case letters, digits and hyphens",
        )
        base = f"https://{code}.goatcounter.com"
    return Counter(
        "goatcounter",
        f"{base}/count",
        f"GoatCounter ({urlsplit(base).hostname})",
        query={"p": "{path}", "r": "{referrer}", "t": "{title}", "s": "{scale}"},
    )


def _plausible(config: Mapping, production: bool) -> Counter:
    domain = text(
        config,
        "domain",
        SETTING,
        AnalyticsSettingError,
        DOMAIN,
        "the site's domain as you added it in Plausible, e.g. 'www.example.com'",
    )
    base = _server(config, production, "https://plausible.example.com", required=False)
    base = base or "https://plausible.io"
    receiver = f"Plausible ({urlsplit(base).hostname})"
    return Counter(
        "plausible",
        f"{base}/api/event",
        receiver,
        body={"n": "pageview", "u": "{url}", "d": domain, "r": "{referrer}", "w": "{width}"},
    )


def _umami(config: Mapping, production: bool) -> Counter:
    website = text(
        config,
        "website_id",
        SETTING,
        AnalyticsSettingError,
        UUID,
        "the website's id from Umami (Settings, Websites, Edit): a UUID",
    )
    base = _server(config, production, "https://umami.example.com")
    page = {"hostname": "{hostname}", "language": "{language}", "referrer": "{referrer}"}
    page |= {"title": "{title}", "url": "{path}", "screen": "{screen}"}
    return Counter(
        "umami",
        f"{base}/api/send",
        f"Umami ({urlsplit(base).hostname})",
        body={"type": "event", "payload": {"website": website, **page}},
        json=True,
    )


PROVIDERS: dict[str, Callable[[Mapping, bool], Counter]] = {
    "goatcounter": _goatcounter,
    "plausible": _plausible,
    "umami": _umami,
}


def check_analytics(value: object, production: bool) -> Counter | None:
    """The Counter ANALYTICS asks for (None: no analytics); AnalyticsSettingError if wrong."""
    return chosen(value, SETTING, PROVIDERS, AnalyticsSettingError, production)
