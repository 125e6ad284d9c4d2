"""Each newsletter provider: its settings checked, its form's action, fields and origin."""

import re

import pytest
from follow import NewsletterSettingError, check_newsletter
from hypothesis import given
from hypothesis import strategies as st

LIST = "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c"
MAILCHIMP = "https://asha.us21.list-manage.com/subscribe/post?u=1a2b3c4d5e&id=9f8e7d6c5b&f_id=00ab"
GOOD = {
    "buttondown": {"provider": "buttondown", "username": "asha_writes"},
    "mailchimp": {"provider": "mailchimp", "url": MAILCHIMP},
    "kit": {"provider": "kit", "form_id": "1234567"},
    "listmonk": {"provider": "listmonk", "url": "https://lists.example.com/", "list": LIST},
}


def form(provider, production=True, **changes):
    return check_newsletter({**GOOD[provider], **changes}, production)


def refused(value, production=True) -> str:
    with pytest.raises(NewsletterSettingError) as error:
        check_newsletter(value, production)
    return str(error.value)


def test_no_setting_means_no_form():
    assert check_newsletter(None, True) is None
    assert check_newsletter({}, True) is None


def test_buttondown_posts_the_email_field_to_the_embed_endpoint():
    found = form("buttondown")
    assert found.action == "https://buttondown.com/api/emails/embed-subscribe/asha_writes"
    assert (found.email, found.hidden, found.origin) == (
        "email",
        (("embed", "1"),),
        "https://buttondown.com",
    )
    assert found.receiver == "Buttondown"


def test_mailchimp_keeps_u_id_and_form_id_and_traps_bots_with_its_own_field():
    found = form("mailchimp")
    assert found.action == (
        "https://asha.us21.list-manage.com/subscribe/post?u=1a2b3c4d5e&id=9f8e7d6c5b&f_id=00ab"
    )
    assert found.email == "EMAIL" and found.honeypot == "b_1a2b3c4d5e_9f8e7d6c5b"
    assert found.origin == "https://asha.us21.list-manage.com"


def test_mailchimp_action_is_rebuilt_from_its_parts_only():
    url = "https://asha.us21.list-manage.com/subscribe/post?u=1a2b&id=9f8e&utm_x=1"
    assert form("mailchimp", url=url).action.endswith("post?u=1a2b&id=9f8e")


def test_kit_posts_email_address_to_the_form():
    found = form("kit")
    assert found.action == "https://app.kit.com/forms/1234567/subscriptions"
    assert found.email == "email_address" and found.origin == "https://app.kit.com"


def test_listmonk_posts_the_list_uuid_and_an_empty_nonce_to_the_server():
    found = form("listmonk")
    assert found.action == "https://lists.example.com/subscription/form"
    assert found.hidden == (("l", LIST),) and found.honeypot == "nonce"
    assert found.origin == "https://lists.example.com"
    assert found.receiver == "the newsletter server at lists.example.com"


def test_listmonk_over_http_is_for_development_only():
    local = form("listmonk", production=False, url="http://localhost:9000")
    assert local.origin == "http://localhost:9000"
    message = refused({**GOOD["listmonk"], "url": "http://lists.example.com"})
    assert message == (
        "NEWSLETTER['url']: 'http://lists.example.com' uses http:// in production; "
        "expected https://"
    )


def test_privacy_page_is_an_address_or_a_path_on_the_site():
    assert form("kit", privacy="https://kit.com/privacy").privacy == "https://kit.com/privacy"
    assert form("kit", privacy="/privacy/").privacy == "/privacy/"
    assert form("kit").privacy == ""
    assert refused({**GOOD["kit"], "privacy": "javascript:alert(1)"}).startswith(
        "NEWSLETTER['privacy']: 'javascript:alert(1)' is not a privacy page"
    )


MC = {"provider": "mailchimp"}


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("buttondown", "NEWSLETTER: expected a dict such as"),
        ({"provider": "substack"}, "NEWSLETTER['provider']: 'substack' is not one of"),
        ({"provider": ["kit"]}, "NEWSLETTER['provider']: ['kit'] is not one of"),
        ({"provider": "buttondown"}, "NEWSLETTER['username']: missing; expected"),
        ({"provider": "buttondown", "username": "a b"}, "NEWSLETTER['username']: 'a b' is not"),
        ({"provider": "kit", "form_id": "abc"}, "NEWSLETTER['form_id']: 'abc' is not the number"),
        ({"provider": "mailchimp", "url": "https://evil.example.com/subscribe/post?u=1&id=2"}, ""),
        (
            {
                "provider": "mailchimp",
                "url": "http://a.us1.list-manage.com/subscribe/post?u=1&id=2",
            },
            "",
        ),
        ({"provider": "mailchimp", "url": "https://a.us1.list-manage.com/subscribe/post?u=1"}, ""),
        ({"provider": "listmonk", "url": "https://l.example.com"}, "NEWSLETTER['list']: missing"),
        ({"provider": "listmonk", "url": "ftp://l.example.com", "list": LIST}, "NEWSLETTER['url']"),
        ({**GOOD["listmonk"], "list": "news"}, "NEWSLETTER['list']: 'news' is not the UUID"),
    ],
)
def test_a_wrong_setting_fails_naming_the_key_and_what_to_put(value, start):
    message = refused(value)
    assert message.startswith(start or "NEWSLETTER['url']: ")
    assert "\n" not in message


HOSTILE = st.lists(
    st.sampled_from([*"\"'<> \t;,`\\{}|^&?#/:@\u202e", "javascript:", "http://", "a", "1"]),
    min_size=1,
    max_size=8,
).map("".join)
SAFE_ACTION = re.compile(r"https://[a-z0-9.-]+(:\d+)?/[A-Za-z0-9/_.?=&:@-]*")


@given(HOSTILE, st.sampled_from(sorted(GOOD)), st.booleans())
def test_hostile_values_are_refused_or_kept_out_of_the_form(junk, provider, production):
    key = {"buttondown": "username", "mailchimp": "url", "kit": "form_id", "listmonk": "url"}
    for value in (junk, "https://x.example.com/" + junk, junk + "https://x.example.com"):
        try:
            found = form(provider, production, **{key[provider]: value})
        except NewsletterSettingError as error:
            assert str(error).startswith("NEWSLETTER[")
            continue
        assert SAFE_ACTION.fullmatch(found.action) or (
            not production and found.action.startswith("http://")
        ), found.action
        assert not re.search(r"[\s\"'<>`]", found.action + found.origin)
