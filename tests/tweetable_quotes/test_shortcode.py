"""Reading Better Click To Tweet shortcodes as WordPress leaves them."""

import pytest

from tweetable_quotes.shortcode import Bctt, ShortcodeError, parse_bctt


@pytest.mark.parametrize(
    "attrs",
    [
        ' tweet="Ship it & smile"',
        " tweet='Ship it & smile'",
        " tweet=“Ship it & smile”",
        ' tweet="Ship it &amp; smile"',
        ' tweet="Ship   it &amp;\n smile" ',
        # WordPress's texturize, as real exports carry it:
        " tweet=&#8221;Ship it &amp; smile&#8221;",
        " tweet=&#8220;Ship it &amp; smile&#8221;",
        " tweet=”Ship it & smile″",
        " tweet=&#8221;Ship it &amp; smile&#8243; via=&#8221;yes&#8221;",
    ],
)
def test_tweet_in_any_quote_style_and_entities(attrs):
    assert parse_bctt(attrs) == Bctt("Ship it & smile")


def test_all_attributes():
    bctt = parse_bctt(' tweet="T" url="https://x.example/p" via="no" nofollow="yes" prompt="Go"')
    assert bctt == Bctt("T", url="https://x.example/p", via=False, nofollow=True, prompt="Go")


def test_bcttss_own_username_is_this_boxs_handle():
    assert parse_bctt(' tweet="T" username="@asha_writes"').handle == "asha_writes"
    assert parse_bctt(" tweet=&#8221;Don’t wait&#8221; username=&#8221;asha&#8221;") == Bctt(
        "Don’t wait", handle="asha"
    )


def test_url_no_means_no_link():
    assert parse_bctt(' tweet="T" url="no"').url == ""


def test_bare_values_are_read():
    assert parse_bctt(" tweet='T' via=no").via is False


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        ("", "no tweet"),
        (' tweet=""', "no tweet"),
        (' tweet="   "', "no tweet"),
        (' tweet="T" colour="red"', "unknown attribute 'colour'"),
        (' tweet="T" "stray"', "cannot read"),
    ],
)
def test_unusable_shortcodes_are_errors(attrs, message):
    with pytest.raises(ShortcodeError, match=message) as error:
        parse_bctt(attrs, needle="[bctt x")
    assert error.value.needle == "[bctt x"
