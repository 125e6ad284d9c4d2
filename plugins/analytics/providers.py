"""Analytics providers: one entry each, from the ANALYTICS setting to what a page sends.

Plain functions: no Pelican import. No provider's script is loaded: our own
theme/static/js/analytics.js sends the provider's documented page-view request
to the one origin each entry names, and the page's CSP allows that origin only
(connect-src). Each entry says what it sends, for the README and the tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Counter:
    """Where a page view goes and what identifies the site there."""

    provider: str
    endpoint: str  # the URL analytics.js sends each page view to
    receiver: str  # who receives it
    site: str = ""  # Plausible's domain, Umami's website id (GoatCounter: in the address)

    def plain(self) -> dict:
        """As templates get it: plain data, with its CSP need (one origin, connect-src)."""
        return {
            "provider": self.provider,
            "endpoint": self.endpoint,
            "site": self.site,
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
    return Counter("goatcounter", f"{base}/count", f"GoatCounter ({urlsplit(base).hostname})")


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
    return Counter("plausible", f"{base}/api/event", receiver, domain)


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
    return Counter("umami", f"{base}/api/send", f"Umami ({urlsplit(base).hostname})", website)


PROVIDERS: dict[str, Callable[[Mapping, bool], Counter]] = {
    "goatcounter": _goatcounter,
    "plausible": _plausible,
    "umami": _umami,
}


def check_analytics(value: object, production: bool) -> Counter | None:
    """The Counter ANALYTICS asks for (None: no analytics); AnalyticsSettingError if wrong."""
    return chosen(value, SETTING, PROVIDERS, AnalyticsSettingError, production)
