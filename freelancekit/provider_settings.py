"""Checks for a third-party provider's settings dict (newsletter, analytics).

Plain functions: each takes the dict the writer wrote, the key, the setting's
name for the message ("NEWSLETTER['username']") and the plugin's own error
type, and returns the cleaned value or raises that error saying what to put.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

# Characters no address or id we print into a page or a policy may hold: anything
# but printable ASCII (spaces, controls, direction marks), quotes, brackets, ; and ,.
UNSAFE = re.compile(r"[^\x21-\x7e]|[\"'<>\\`{}|^;,]")

UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
MakeError = Callable[[str, str], Exception]


class ProviderSettingError(ValueError):
    """A provider setting the owner must fix: which key, and what is expected.

    Each plugin subclasses it, so a build names the feature whose setting is wrong."""

    def __init__(self, setting: str, message: str):
        self.file = "pelicanconf.py"
        self.needle = setting.split("[")[0]
        super().__init__(f"{setting}: {message}")


def chosen(
    value: object,
    setting: str,
    providers: Mapping[str, Callable[[Mapping, bool], object]],
    error: MakeError,
    production: bool,
) -> object | None:
    """What the registry entry of the setting's "provider" makes of it; None when unset."""
    if value is None or value == {}:
        return None
    names = ", ".join(repr(name) for name in providers)
    if not isinstance(value, Mapping):
        first = next(iter(providers))
        raise error(
            setting,
            f'expected a dict such as {{"provider": "{first}", ...}} (README: its settings), '
            f"the provider being one of {names}",
        )
    provider = value.get("provider")
    if not isinstance(provider, str) or provider not in providers:
        raise error(f"{setting}['provider']", f"{provider!r} is not one of {names}")
    return providers[provider](value, production)


def text(
    config: Mapping,
    key: str,
    setting: str,
    error: MakeError,
    pattern: re.Pattern | None = None,
    expected: str = "a value",
) -> str:
    """config[key], a non-empty string matching `pattern`."""
    value = config.get(key)
    name = f"{setting}['{key}']"
    if not isinstance(value, str) or not value.strip():
        raise error(name, f"missing; expected {expected}")
    value = value.strip()
    if pattern and not pattern.fullmatch(value):
        raise error(name, f"{value!r} is not {expected}")
    return value


def web_address(
    config: Mapping,
    key: str,
    setting: str,
    error: MakeError,
    production: bool,
    expected: str,
    root: bool = True,
) -> str:
    """config[key], an https:// address (http:// outside production), with no slash
    at its end; `root`: nothing after the path (no ?query, no #fragment, no user@)."""
    url = text(config, key, setting, error, expected=expected)
    name = f"{setting}['{key}']"
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or UNSAFE.search(url):
        raise error(name, f"{url!r} is not {expected}")
    if "@" in parts.netloc or (root and ("?" in url or "#" in url)):
        raise error(name, f"{url!r} is not {expected}")
    if production and parts.scheme != "https":
        raise error(name, f"{url!r} uses http:// in production; expected https://")
    return url.rstrip("/") if root else url


def origin(url: str) -> str:
    """scheme://host[:port] of an address: what a Content-Security-Policy names."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
