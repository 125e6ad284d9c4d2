"""The social web: articles name the writer's fediverse account (FEDIVERSE_CREATOR),
and the SOCIAL profile links say rel="me", so Mastodon can verify the site."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.site_pages import html_pages
from seo import FediverseCreatorError, check_fediverse_creator
from site_kit import article, build_fails, build_site, soup

GOOD = [
    ("@noor@mastodon.social", "@noor@mastodon.social"),
    ("noor@Mastodon.Social", "@noor@mastodon.social"),  # the @ is added, the host lowered
    (" @noor_h@fosstodon.org ", "@noor_h@fosstodon.org"),
    ("@noor.haddad@pixelfed.de", "@noor.haddad@pixelfed.de"),
    ("@n@social.xn--mgbh0fb", "@n@social.xn--mgbh0fb"),  # an IDN top-level domain
    (None, ""),
    ("", ""),
]
BAD = [
    "@noor",
    "noor",
    "@noor@localhost",
    "https://mastodon.social/@noor",
    "@noor@mastodon.social/",
    '@noor"><script>@x.social',
    "@no or@mastodon.social",
    "@noor@-bad.social",
    "@نور@mastodon.social",
    "@noor@@mastodon.social",
    ["@noor@mastodon.social"],
]


@pytest.mark.parametrize(("value", "expected"), GOOD)
def test_fediverse_addresses_are_read_as_mastodon_writes_them(value, expected):
    assert check_fediverse_creator(value) == expected


@pytest.mark.parametrize("value", BAD)
def test_anything_else_is_refused_naming_the_setting_and_the_form(value):
    with pytest.raises(FediverseCreatorError) as error:
        check_fediverse_creator(value)
    assert str(error.value).startswith(f"FEDIVERSE_CREATOR {value!r} is not a fediverse address")
    assert "'@name@instance.social'" in str(error.value)
    assert error.value.needle == "FEDIVERSE_CREATOR"


USER = st.text(string.ascii_letters + string.digits + "_", min_size=1, max_size=30)
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)
TLD = st.from_regex(r"[a-z]{2,10}", fullmatch=True)


@given(USER, st.lists(LABEL, min_size=1, max_size=3), TLD)
def test_every_well_formed_address_is_kept(user, labels, tld):
    host = ".".join([*labels, tld])
    assert check_fediverse_creator(f"@{user}@{host}") == f"@{user}@{host}"


@given(st.text(max_size=80))
def test_what_is_accepted_is_always_safe_to_print_in_an_attribute(value):
    try:
        address = check_fediverse_creator(value)
    except FediverseCreatorError:
        return
    assert address == "" or (address.count("@") == 2 and address.startswith("@"))
    assert not set(address) & set(" \t\n\"'<>&/\\:")


def test_articles_carry_fediverse_creator_and_other_pages_do_not(tmp_path):
    output = build_site(
        tmp_path, {"articles/a.md": article()}, FEDIVERSE_CREATOR="noor@Fixture.Social"
    )
    tag = soup(output / "a-tip/index.html").find("meta", attrs={"name": "fediverse:creator"})
    assert tag["content"] == "@noor@fixture.social"
    for path, page in html_pages(output).items():
        if path != output / "a-tip/index.html":
            assert not page.find("meta", attrs={"name": "fediverse:creator"}), path


def test_no_fediverse_creator_no_meta(tmp_path):
    output = build_site(tmp_path, {"articles/a.md": article()}, FEDIVERSE_CREATOR=None)
    assert "fediverse:creator" not in (output / "a-tip/index.html").read_text(encoding="utf-8")


def test_a_bad_fediverse_creator_fails_the_build_naming_the_setting(tmp_path):
    problems = build_fails(
        tmp_path, {"articles/a.md": article()}, FEDIVERSE_CREATOR="https://mastodon.social/@me"
    )
    assert len(problems) == 1
    assert problems[0].message.startswith(
        "FEDIVERSE_CREATOR 'https://mastodon.social/@me' is not a fediverse address"
    )


def test_every_social_profile_link_is_rel_me_on_every_page(fixture_site):
    profiles = {
        "https://www.linkedin.com/in/fixture-noor-haddad",
        "https://github.com/fixture-noor-haddad",
    }
    pages = html_pages(fixture_site)
    for path, page in pages.items():
        if page.find("meta", attrs={"http-equiv": "refresh"}):
            continue
        found = {a["href"]: a.get("rel") for a in page.find_all("a", href=profiles.__contains__)}
        assert found == {url: ["me"] for url in profiles}, path
