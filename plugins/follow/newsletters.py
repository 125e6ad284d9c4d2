"""Newsletter providers: one entry each, from the NEWSLETTER setting to the form.

Plain functions: no Pelican import. Each provider checks its part of
NEWSLETTER and returns the Form a page prints: where it posts (straight to the
provider, no script of theirs), the fields the provider reads, its origin for
the page's `form-action`, and who receives the reader's address.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlsplit

from freelancekit.provider_settings import (
    UNSAFE,
    UUID,
    ProviderSettingError,
    chosen,
    origin,
    text,
    web_address,
)

SETTING = "NEWSLETTER"
HEX = re.compile(r"[0-9a-f]{1,40}")


class NewsletterSettingError(ProviderSettingError):
    """A NEWSLETTER setting the owner must fix: which key, and what is expected."""


@dataclass(frozen=True)
class Form:
    """A signup form that posts straight to the provider."""

    provider: str
    action: str  # the provider's URL the browser posts to
    email: str  # the name of the field the provider reads the address from
    origin: str  # the page's form-action names it
    receiver: str  # who gets the reader's address
    hidden: tuple[tuple[str, str], ...] = ()  # fields the provider needs as they are
    honeypot: str = ""  # a field bots fill in and people never see (left empty)
    privacy: str = ""  # a privacy page, if the setting names one

    def plain(self) -> dict:
        """The form as templates get it: plain data, with its CSP need."""
        return {
            "provider": self.provider,
            "action": self.action,
            "email": self.email,
            "receiver": self.receiver,
            "hidden": [list(pair) for pair in self.hidden],
            "honeypot": self.honeypot,
            "privacy": self.privacy,
            "csp": {"form-action": (self.origin,)},
        }


def _buttondown(config: Mapping, production: bool) -> Form:
    username = text(
        config,
        "username",
        SETTING,
        NewsletterSettingError,
        re.compile(r"[A-Za-z0-9_-]{1,100}"),
        "your Buttondown username (letters, digits, - and _), as in buttondown.com/<username>",
    )
    return Form(
        provider="buttondown",
        action=f"https://buttondown.com/api/emails/embed-subscribe/{username}",
        email="email",
        origin="https://buttondown.com",
        receiver="Buttondown",
        hidden=(("embed", "1"),),
    )


MAILCHIMP_EXPECTED = (
    "the form action from Mailchimp's embedded form code, like "
    "'https://yourname.us21.list-manage.com/subscribe/post?u=...&id=...'"
)


def _mailchimp(config: Mapping, production: bool) -> Form:
    url = text(config, "url", SETTING, NewsletterSettingError, expected=MAILCHIMP_EXPECTED)
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = parts.netloc
    ok = (
        parts.scheme == "https"
        and re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.list-manage\.com", host)
        and parts.path.rstrip("/") == "/subscribe/post"
        and not UNSAFE.search(url)
        and all(HEX.fullmatch(query.get(key, "")) for key in ("u", "id"))
        and HEX.fullmatch(query.get("f_id", "0"))
    )
    if not ok:
        raise NewsletterSettingError(f"{SETTING}['url']", f"{url!r} is not {MAILCHIMP_EXPECTED}")
    u, list_id = query["u"], query["id"]
    action = f"https://{host}/subscribe/post?u={u}&id={list_id}"
    if "f_id" in query:
        action += f"&f_id={query['f_id']}"
    return Form(
        provider="mailchimp",
        action=action,
        email="EMAIL",
        origin=f"https://{host}",
        receiver="Mailchimp",
        honeypot=f"b_{u}_{list_id}",  # Mailchimp's own bot trap: must arrive empty
    )


def _kit(config: Mapping, production: bool) -> Form:
    form_id = text(
        config,
        "form_id",
        SETTING,
        NewsletterSettingError,
        re.compile(r"[0-9]{1,12}"),
        "the number of your Kit form, as in app.kit.com/forms/<number>/subscriptions",
    )
    return Form(
        provider="kit",
        action=f"https://app.kit.com/forms/{form_id}/subscriptions",
        email="email_address",
        origin="https://app.kit.com",
        receiver="Kit",
    )


def _listmonk(config: Mapping, production: bool) -> Form:
    url = web_address(
        config,
        "url",
        SETTING,
        NewsletterSettingError,
        production,
        "your listmonk server's root address, e.g. 'https://lists.example.com'",
    )
    list_id = text(
        config,
        "list",
        SETTING,
        NewsletterSettingError,
        UUID,
        "the UUID of a public list (in listmonk: Lists, the list, its UUID)",
    )
    return Form(
        provider="listmonk",
        action=f"{url}/subscription/form",
        email="email",
        origin=origin(url),
        receiver=f"the newsletter server at {urlsplit(url).hostname}",
        hidden=(("l", list_id.lower()),),
        honeypot="nonce",  # listmonk refuses a form whose nonce is filled in
    )


PROVIDERS: dict[str, Callable[[Mapping, bool], Form]] = {
    "buttondown": _buttondown,
    "mailchimp": _mailchimp,
    "kit": _kit,
    "listmonk": _listmonk,
}
PRIVACY_EXPECTED = "a privacy page: an https:// address, or a path on this site such as '/privacy/'"


def _privacy(config: Mapping, production: bool) -> str:
    value = config.get("privacy")
    if value in (None, ""):
        return ""
    if isinstance(value, str) and value.startswith("/") and not value.startswith("//"):
        if UNSAFE.search(value) or ".." in value.split("/"):
            raise NewsletterSettingError(
                f"{SETTING}['privacy']", f"{value!r} is not {PRIVACY_EXPECTED}"
            )
        return value
    return web_address(
        config, "privacy", SETTING, NewsletterSettingError, production, PRIVACY_EXPECTED, False
    )


def check_newsletter(value: object, production: bool) -> Form | None:
    """The Form NEWSLETTER asks for (None: no newsletter); NewsletterSettingError if wrong."""
    form = chosen(value, SETTING, PROVIDERS, NewsletterSettingError, production)
    return replace(form, privacy=_privacy(value, production)) if form else None
