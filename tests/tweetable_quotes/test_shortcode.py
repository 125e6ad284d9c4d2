"""Reading Better Click To Tweet shortcodes as WordPress leaves them."""

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tweetable_quotes.shortcode import (
    SHORTCODE,
    Bctt,
    ShortcodeError,
    find_opening,
    parse_bctt,
    unended,
)


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


def test_url_no_means_no_link_and_yes_this_article():
    assert parse_bctt(' tweet="T" url="no"').url == ""
    assert parse_bctt(' tweet="T" url="yes"').url is None  # BCTT: the post's permalink
    assert parse_bctt(' tweet="T" url="YES"').url is None


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
        (' tweet="T" via="maybe"', 'via="maybe": write via="yes" or via="no"'),
        (' tweet="T" nofollow="1"', 'nofollow="1": write nofollow="yes" or nofollow="no"'),
        (' tweet="T" url="javascript:alert(1)"', 'url="yes" \\(this article\\), url="no"'),
        (' tweet="T" url="example.com/x"', "a full https:// address"),
        (' tweet="T" username="two words"', "is not an X handle"),
        (' tweet="A" tweet="B"', "tweet= twice: keep one"),
    ],
)
def test_unusable_shortcodes_are_errors(attrs, message):
    with pytest.raises(ShortcodeError, match=message) as error:
        parse_bctt(attrs, needle="[bctt x")
    assert error.value.needle == "[bctt x"


@pytest.mark.parametrize(
    "text",
    [
        '[bctt tweet="Ship it"]',
        "[bctt tweet='Ship it']",
        "[bctt tweet=“Ship it”]",
        "[bctt tweet=”Ship it″ via=”no″]",  # texturized, as copied from a page
        "[bctt tweet=&#8221;Ship it&#8221;]",
        '[BCTT tweet="a ] inside quotes"]',
    ],
)
def test_whole_shortcodes_are_found(text):
    assert find_opening(text) == 0
    assert SHORTCODE.match(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[bctt tweet="x"', '[bctt shortcode has no closing "]"'),
        ('Intro [bctt tweet="x" and on\nthe next line', '[bctt shortcode has no closing "]"'),
        ('[bctt tweet="x]', '[bctt shortcode has a " that is never closed'),
        ("[bctt tweet='It's fine']", "[bctt shortcode has a ' that is never closed"),
    ],
)
def test_a_shortcode_that_never_ends_says_why_and_what_to_write(text, message):
    start = find_opening(text)
    assert start is not None and not SHORTCODE.match(text, start)
    error = unended(text, start)
    assert str(error) == f'{message}: write it as [bctt tweet="Your quote."]'
    assert error.needle == text[start:].split("\n")[0]


@pytest.mark.parametrize(
    "text",
    [
        'Write `[bctt tweet="x"]` for a box.',
        'Unclosed in code: ``[bctt tweet="x``.',
        '\\[bctt tweet="x"] shows the text itself.',
        "[bcttx] and [bctt_a] are other shortcodes.",
    ],
)
def test_code_and_escaped_brackets_are_not_shortcodes(text):
    assert find_opening(text) is None


VALUE = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1).filter(str.strip)


@given(VALUE)
def test_any_tweet_escaped_into_the_attribute_is_read_back_once(tweet):
    # As WordPress stores it: entities for what would end the attribute.
    assert parse_bctt(f' tweet="{html.escape(tweet)}"').tweet == " ".join(tweet.split())


@given(st.text())
def test_any_attribute_text_is_read_or_refused_with_a_reason(text):
    try:
        bctt = parse_bctt(text)
    except ShortcodeError as error:
        assert str(error) and "\n" not in error.needle
    else:
        assert bctt.tweet.strip()


@given(st.text(st.sampled_from("[bct ]\"'“”″`\\=xa\n")))
def test_every_opening_outside_code_either_ends_or_says_why(text):
    start = find_opening(text)
    if start is not None and not SHORTCODE.match(text, start):
        assert str(unended(text, start)).startswith("[bctt shortcode has")
