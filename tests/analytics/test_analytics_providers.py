"""Each analytics provider: its settings checked, the one endpoint pages send to."""

import json
import re

import pytest
from analytics import AnalyticsSettingError, check_analytics
from analytics.providers import TOKENS
from hypothesis import given
from hypothesis import strategies as st

from site_kit import ROOT

SITE_ID = "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c"


def counter(production=True, **value):
    return check_analytics(value, production)


def refused(value, production=True) -> str:
    with pytest.raises(AnalyticsSettingError) as error:
        check_analytics(value, production)
    return str(error.value)


def test_off_by_default():
    assert check_analytics(None, True) is None and check_analytics({}, True) is None


def test_goatcounter_by_code_or_own_server():
    hosted = counter(provider="goatcounter", code="asha")
    assert hosted.endpoint == "https://asha.goatcounter.com/count"
    assert hosted.plain()["csp"] == {"connect-src": ("https://asha.goatcounter.com",)}
    own = counter(provider="goatcounter", url="https://stats.example.com/")
    assert own.endpoint == "https://stats.example.com/count"
    assert own.receiver == "GoatCounter (stats.example.com)"


def test_plausible_sends_to_plausible_io_unless_self_hosted():
    cloud = counter(provider="plausible", domain="www.example.com")
    assert cloud.endpoint == "https://plausible.io/api/event" and not cloud.json
    assert cloud.body == {
        "n": "pageview",
        "u": "{url}",
        "d": "www.example.com",
        "r": "{referrer}",
        "w": "{width}",
    }
    own = counter(provider="plausible", domain="example.com", url="https://p.example.org")
    assert own.plain()["csp"] == {"connect-src": ("https://p.example.org",)}
    assert own.endpoint == "https://p.example.org/api/event"


def test_umami_sends_to_its_server_with_the_website_id():
    found = counter(provider="umami", website_id=SITE_ID, url="https://umami.example.com")
    assert found.endpoint == "https://umami.example.com/api/send" and found.json
    assert found.body["type"] == "event" and found.body["payload"]["website"] == SITE_ID


def test_goatcounter_asks_for_path_referrer_title_and_screen_in_its_query():
    found = counter(provider="goatcounter", code="asha")
    assert found.query == {"p": "{path}", "r": "{referrer}", "t": "{title}", "s": "{scale}"}
    assert not found.body and not found.json


def test_every_value_a_page_fills_in_is_a_token_the_script_knows():
    for value in (
        counter(provider="goatcounter", code="a"),
        counter(provider="plausible", domain="a.example"),
        counter(provider="umami", website_id=SITE_ID, url="https://u.example.com"),
    ):
        text = json.dumps([value.query, value.body])
        assert set(re.findall(r"\{\w+\}", text)) <= set(TOKENS)
        script = (ROOT / "theme/static/js/analytics.js").read_text(encoding="utf-8")
        assert all(f"{token[1:-1]}:" in script for token in TOKENS)


def test_a_self_hosted_server_over_http_is_for_development_only():
    local = counter(False, provider="umami", website_id=SITE_ID, url="http://localhost:3000")
    assert local.endpoint == "http://localhost:3000/api/send"
    message = refused({"provider": "umami", "website_id": SITE_ID, "url": "http://u.example.com"})
    assert message.endswith("uses http:// in production; expected https://")


GOAT = {"provider": "goatcounter"}
UMAMI = {"provider": "umami", "website_id": SITE_ID}


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("goatcounter", "ANALYTICS: expected a dict such as"),
        ({"provider": "google"}, "ANALYTICS['provider']: 'google' is not one of"),
        (GOAT, "ANALYTICS: give GoatCounter's 'code'"),
        ({**GOAT, "code": "a", "url": "https://s.example.com"}, "ANALYTICS: give"),
        ({**GOAT, "code": "Asha Verma"}, "ANALYTICS['code']: 'Asha Verma' is not"),
        ({"provider": "plausible"}, "ANALYTICS['domain']: missing; expected"),
        ({"provider": "plausible", "domain": "https://x.com/"}, "ANALYTICS['domain']: 'https:"),
        ({"provider": "umami", "url": "https://u.example.com"}, "ANALYTICS['website_id']: missing"),
        (UMAMI, "ANALYTICS['url']: missing"),
        ({**UMAMI, "website_id": "42", "url": "https://u.example.com"}, "ANALYTICS['website_id']"),
        ({**UMAMI, "url": "javascript:alert(1)"}, "ANALYTICS['url']: 'javascript:alert(1)' is not"),
        ({**UMAMI, "url": "https://u.example.com/?x=1"}, "ANALYTICS['url']: 'https://u.example"),
    ],
)
def test_a_wrong_setting_fails_naming_the_key_and_what_to_put(value, start):
    message = refused(value)
    assert message.startswith(start) and "\n" not in message


HOSTILE = st.lists(
    st.sampled_from([*"\"'<> \t;,`\\{}|^&?#/:@\u202e", "javascript:", "http://", "a", "1"]),
    min_size=1,
    max_size=8,
).map("".join)
ENDPOINT = re.compile(
    r"https://[a-z0-9.-]+(:\d+)?(/[A-Za-z0-9/_.:@&-]*)?/(count|api/event|api/send)"
)


@given(HOSTILE, st.sampled_from(["code", "url", "domain", "website_id"]))
def test_hostile_values_are_refused_or_kept_out_of_the_page(junk, key):
    base = {
        "code": {"provider": "goatcounter"},
        "url": {"provider": "umami", "website_id": SITE_ID},
        "domain": {"provider": "plausible"},
        "website_id": {"provider": "umami", "url": "https://u.example.com"},
    }[key]
    for value in (junk, "https://x.example.com/" + junk, junk + ".example.com"):
        try:
            found = check_analytics({**base, key: value}, True)
        except AnalyticsSettingError as error:
            assert str(error).startswith("ANALYTICS")
            continue
        assert ENDPOINT.fullmatch(found.endpoint), found.endpoint
        sent = found.endpoint + json.dumps([found.query, found.body], separators=(",", ":"))
        assert not re.search(r"[^\x21-\x7e]|[<>`]", sent) and "'" not in sent
