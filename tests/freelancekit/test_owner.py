"""The values `invoke init` asks for: each accepted as typed or refused with what to do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit.owner import (
    CHECKS,
    QUESTIONS,
    InitError,
    Owner,
    ask_missing,
    check_email,
    check_handle,
    check_name,
    check_siteurl,
    check_tagline,
    check_timezone,
    make_owner,
)

GOOD = {
    "name": "Noor Haddad",
    "email": "noor@haddad.dev",
    "siteurl": "https://www.haddad.dev",
    "handle": "noor_h",
    "timezone": "Africa/Nairobi",
    "tagline": "I build fast websites for small shops",
}


def refusal(check, value: str) -> str:
    with pytest.raises(InitError) as caught:
        check(value)
    return str(caught.value)


# --- name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Noor Haddad",
        "José Álvarez-Núñez",
        "Seán O'Brien",
        "Zoë d’Arcy",
        "王小明",
        "山田 太郎",
        "Αλέξανδρος",
        "Nguyễn Thị Minh Khai",
        "A",
        "x" * 80,
    ],
)
def test_name_accepts_the_names_people_have(name):
    assert check_name(name) == name


def test_name_is_trimmed_and_normalised():
    decomposed = "Jose\u0301"  # e + combining acute, as some keyboards send it
    assert check_name(f"  {decomposed}  ") == "José"


@pytest.mark.parametrize("name", ["Noor\nHaddad", "Noor\tHaddad", "No\x00or", "Noor\x1b[31m"])
def test_name_with_control_character_is_refused(name):
    message = refusal(check_name, name)
    assert message.startswith("--name:")
    assert "retype it" in message


@pytest.mark.parametrize("name", ["Noor\u2028Haddad", "Noor\u2029Haddad"])
def test_name_with_unicode_line_break_is_refused(name):
    assert refusal(check_name, name).startswith("--name:")


def test_name_of_81_characters_is_refused_with_the_limit():
    message = refusal(check_name, "x" * 81)
    assert message.startswith("--name:")
    assert "81 characters" in message
    assert "at most 80" in message


@pytest.mark.parametrize("name", ["", "   ", "123", "---", "@@@"])
def test_name_without_letters_asks_for_a_name(name):
    message = refusal(check_name, name)
    assert message.startswith("--name:")
    assert "give your name" in message


# --- email --------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "you@yourdomain.com",
        "first.last+site@mail.example.co.uk",
        "o'brien@example.ie",
        "a_b-c@sub-domain.example.org",
        "josé@example.com",
    ],
)
def test_email_accepts_ordinary_addresses(email):
    assert check_email(email) == email


def test_email_is_trimmed():
    assert check_email("  you@yourdomain.com \n") == "you@yourdomain.com"


def test_email_without_at_names_option_and_shows_the_form():
    message = refusal(check_email, "you.yourdomain.com")
    assert message.startswith("--email:")
    assert "'@'" in message
    assert "you@yourdomain.com" in message


@pytest.mark.parametrize(
    "email",
    [
        "you@localhost",
        "you@yourdomain",
        "you@@yourdomain.com",
        "@yourdomain.com",
        "you@",
        "you @yourdomain.com",
        "you@your domain.com",
        "you@-yourdomain.com",
        "you@yourdomain.c",
        "Noor <you@yourdomain.com>",
        "you@yourdomain.com, me@mydomain.com",
        "y\x00ou@yourdomain.com",
        "y\x7fou@yourdomain.com",
        "y\x85ou@yourdomain.com",
        "a" * 250 + "@yourdomain.com",
    ],
)
def test_email_that_is_not_one_address_is_refused(email):
    message = refusal(check_email, email)
    assert message.startswith("--email:")
    assert "you@yourdomain.com" in message


# --- siteurl ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.yourdomain.com", "https://www.yourdomain.com"),
        ("https://www.yourdomain.com/", "https://www.yourdomain.com"),
        ("https://www.yourdomain.com///", "https://www.yourdomain.com"),
        ("  https://you.github.io  ", "https://you.github.io"),
        ("https://you.github.io/site", "https://you.github.io/site"),
        ("https://you.github.io/site/", "https://you.github.io/site"),
        ("https://example.co.uk/blog/2024", "https://example.co.uk/blog/2024"),
        ("https://bücher.de", "https://bücher.de"),
        ("https://example.com:8443", "https://example.com:8443"),
    ],
)
def test_siteurl_accepts_https_addresses_without_trailing_slash(url, kept):
    assert check_siteurl(url) == kept


def test_siteurl_http_names_option_and_gives_the_https_address():
    message = refusal(check_siteurl, "http://www.yourdomain.com/blog")
    assert message.startswith("--siteurl:")
    assert "is http" in message
    assert "write https://www.yourdomain.com/blog" in message


@pytest.mark.parametrize(
    "url",
    [
        "https://localhost",
        "https://localhost:8000",
        "www.yourdomain.com",
        "yourdomain.com",
        "ftp://yourdomain.com",
        "https://",
        "https:///path.only",
        "https://.",
        "https://yourdomain.",
        "https://.com",
        "https://a..com",
        "",
    ],
)
def test_siteurl_that_is_not_a_public_web_address_is_refused(url):
    message = refusal(check_siteurl, url)
    assert message.startswith("--siteurl:")
    assert "https://www.yourdomain.com" in message


@pytest.mark.parametrize(
    "url",
    [
        "https://yourdomain.com/?ref=1",
        "https://yourdomain.com/#top",
        "https://me:secret@yourdomain.com",
        "https://me@yourdomain.com",
    ],
)
def test_siteurl_with_query_fragment_or_credentials_asks_for_bare_address(url):
    message = refusal(check_siteurl, url)
    assert message.startswith("--siteurl:")
    assert "bare address" in message


@pytest.mark.parametrize(
    "url",
    [
        "https://your domain.com",
        "https://yourdomain.com/my blog",
        "https://your\tdomain.com",  # urlsplit drops the tab and would accept it
        "https://yourdomain.com/a\nb",
        'https://yourdomain.com/"onload="x',
        "https://yourdomain.com/<script>",
    ],
)
def test_siteurl_with_spaces_or_unsafe_characters_is_refused(url):
    message = refusal(check_siteurl, url)
    assert message.startswith("--siteurl:")
    assert "retype it" in message


@pytest.mark.parametrize(
    "url", ["https://[", "https://[::1", "https://yourdomain.com:port", "https://a.com:99999"]
)
def test_siteurl_that_urlsplit_cannot_read_is_refused_not_crashed(url):
    assert refusal(check_siteurl, url).startswith("--siteurl:")


# --- handle -------------------------------------------------------------------


@pytest.mark.parametrize("handle", ["noor", "noor_haddad", "_x_", "N00r", "a" * 15, ""])
def test_handle_accepts_x_handles_and_nothing(handle):
    assert check_handle(handle) == handle


def test_handle_is_trimmed():
    assert check_handle("  noor \n") == "noor"


def test_handle_is_read_with_or_without_its_at_as_x_handle_is():
    assert check_handle("@noor_h") == "noor_h"
    message = refusal(check_handle, "@noor haddad")
    assert message.startswith("--handle: '@noor haddad' is not an X handle")
    assert "no spaces" in message


@pytest.mark.parametrize("handle", ["noor haddad", "a" * 16, "noor-h", "noor.h", "nóor", "x@y"])
def test_handle_that_is_not_an_x_handle_says_what_one_is(handle):
    message = refusal(check_handle, handle)
    assert message.startswith("--handle:")
    assert "letters, digits and underscores, at most 15, no spaces" in message


# --- timezone -----------------------------------------------------------------


@pytest.mark.parametrize("zone", ["Africa/Nairobi", "Europe/Berlin", "UTC", "America/New_York"])
def test_timezone_accepts_iana_names(zone):
    assert check_timezone(f" {zone} ") == zone


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("africa/nairobi", "Africa/Nairobi"), ("EUROPE/BERLIN", "Europe/Berlin"), ("utc", "UTC")],
)
def test_timezone_in_wrong_case_suggests_the_right_one(typed, meant):
    message = refusal(check_timezone, typed)
    assert message.startswith("--timezone:")
    assert f"did you mean {meant}?" in message


@pytest.mark.parametrize("zone", ["Africa/Narobi", "Mars/Olympus", "EAT", "+03:00", ""])
def test_unknown_timezone_names_option_and_gives_examples(zone):
    message = refusal(check_timezone, zone)
    assert message.startswith("--timezone:")
    assert "not an IANA time zone" in message
    assert "e.g. Africa/Nairobi" in message


# --- tagline ------------------------------------------------------------------


def test_tagline_is_optional_and_kept_as_typed():
    assert check_tagline("") == ""
    assert check_tagline("Sites for cafés & “small” shops") == "Sites for cafés & “small” shops"


def test_tagline_over_120_characters_or_on_two_lines_is_refused():
    assert check_tagline("x" * 120) == "x" * 120
    assert "at most 120" in refusal(check_tagline, "x" * 121)
    assert refusal(check_tagline, "one\ntwo").startswith("--tagline:")


# --- every check, any text ----------------------------------------------------


@pytest.mark.parametrize("field", list(CHECKS))
@settings(max_examples=100, deadline=None)
@given(text=st.text())
def test_any_text_is_a_value_or_an_init_error_never_a_crash(field, text):
    try:
        result = CHECKS[field](text)
    except InitError as error:
        assert str(error).startswith(f"--{field}:")
    else:
        assert isinstance(result, str)


URLISH = st.builds(
    lambda host, rest: f"https://{host}{rest}",
    st.text(alphabet="ab.-[]:@%1_", max_size=12),
    st.text(alphabet="/?#:[]@ a.%", max_size=8),
)


@settings(max_examples=100, deadline=None)
@given(url=URLISH)
def test_url_like_text_is_a_siteurl_or_an_init_error(url):
    try:
        result = check_siteurl(url)
    except InitError:
        return
    assert result.startswith("https://")
    assert not result.endswith("/")


# --- make_owner ---------------------------------------------------------------


def test_make_owner_checks_and_keeps_each_value():
    owner = make_owner(GOOD)
    assert owner == Owner(**GOOD)


def test_make_owner_treats_missing_handle_and_tagline_as_none():
    owner = make_owner({**GOOD, "handle": None, "tagline": None})
    assert (owner.handle, owner.tagline) == ("", "")
    assert owner.description == "The blog and portfolio of Noor Haddad."


def test_owner_description_uses_the_tagline():
    assert make_owner(GOOD).description == "Noor Haddad: I build fast websites for small shops"


def test_make_owner_reports_every_problem_at_once():
    bad = {
        **GOOD,
        "email": "noor.haddad.dev",
        "siteurl": "http://haddad.dev",
        "handle": "@noor haddad",
        "timezone": "africa/nairobi",
    }
    with pytest.raises(InitError) as caught:
        make_owner(bad)
    lines = str(caught.value).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "--email",
        "--siteurl",
        "--handle",
        "--timezone",
    ]


def test_make_owner_lists_each_missing_required_value_with_an_example():
    with pytest.raises(InitError) as caught:
        make_owner({"handle": "noor"})
    message = str(caught.value)
    for field in ["name", "email", "siteurl", "timezone"]:
        assert f"--{field} is missing" in message
    assert "--handle" not in message
    assert "--tagline" not in message
    assert "--email you@yourdomain.com" in message


# --- ask_missing --------------------------------------------------------------


class Terminal:
    """Answers questions from a script and keeps what was asked and said."""

    def __init__(self, answers: dict[str, list[str]]):
        self.answers = answers
        self.asked: list[str] = []
        self.said: list[str] = []

    def ask(self, prompt: str) -> str:
        field = next(f for f, q in QUESTIONS.items() if prompt.startswith(q))
        self.asked.append(field)
        return self.answers[field].pop(0)

    def say(self, message: str) -> None:
        self.said.append(message)


def test_ask_missing_asks_again_until_the_answer_passes_and_says_why():
    terminal = Terminal(
        {
            "email": ["noor.haddad.dev", "noor@haddad.dev"],
            "siteurl": ["http://haddad.dev", "https://haddad.dev"],
            "handle": ["noor haddad", "noor"],
            "timezone": ["africa/nairobi", "Mars/Base", "Africa/Nairobi"],
            "tagline": [""],
        }
    )
    values = {"name": "Noor Haddad", "email": None, "siteurl": None, "handle": None}
    values |= {"timezone": None, "tagline": None}
    answered = ask_missing(values, ask=terminal.ask, say=terminal.say)

    assert terminal.asked == [
        "email",
        "email",
        "siteurl",
        "siteurl",
        "handle",
        "handle",
        "timezone",
        "timezone",
        "timezone",
        "tagline",
    ]
    assert terminal.said[0].startswith("'noor.haddad.dev' has no '@'")
    assert "is http" in terminal.said[1]
    assert "is not an X handle" in terminal.said[2]
    assert "did you mean Africa/Nairobi?" in terminal.said[3]
    assert "e.g. Africa/Nairobi" in terminal.said[4]
    assert len(terminal.said) == 5
    assert make_owner(answered) == Owner(
        "Noor Haddad", "noor@haddad.dev", "https://haddad.dev", "noor", "Africa/Nairobi", ""
    )


def test_ask_missing_never_asks_for_given_values():
    def ask(prompt: str) -> str:
        raise AssertionError(f"asked {prompt!r}")

    assert ask_missing(dict(GOOD), ask=ask, say=print) == GOOD


def test_ask_missing_leaves_given_bad_values_for_make_owner_to_report():
    given_values = {**GOOD, "email": "nope"}
    assert ask_missing(given_values, ask=lambda prompt: "", say=print)["email"] == "nope"


def test_ask_missing_accepts_enter_for_optional_values():
    answered = ask_missing(
        {**GOOD, "handle": None, "tagline": None}, ask=lambda prompt: "", say=print
    )
    assert (answered["handle"], answered["tagline"]) == ("", "")


@pytest.mark.parametrize("zone", ["EST", "CET", "PST8PDT", "Etc/GMT+5", "GMT", "US/Eastern"])
def test_abbreviations_and_fixed_offsets_are_refused_with_a_city_to_use(zone):
    with pytest.raises(InitError, match="not your clock") as refused:
        check_timezone(zone)
    assert "America/New_York" in str(refused.value)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Oslo", "America/Argentina/Buenos_Aires"])
def test_region_and_city_zones_and_utc_are_accepted(zone):
    assert check_timezone(zone) == zone
