"""The signup form, the Follow page and the CSP in built pages; settings errors."""

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import FIXTURE_PUBLISH_SETTINGS, article, build_site, csp_of, soup

LIST = "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c"
MAILCHIMP = "https://asha.us21.list-manage.com/subscribe/post?u=1a2b3c&id=9f8e7d"
PROVIDERS = {
    "buttondown": ({"username": "asha"}, "https://buttondown.com"),
    "mailchimp": ({"url": MAILCHIMP}, "https://asha.us21.list-manage.com"),
    "kit": ({"form_id": "1234567"}, "https://app.kit.com"),
    "listmonk": ({"url": "https://lists.example.com", "list": LIST}, "https://lists.example.com"),
}
FILES = {"articles/a.md": article(), "pages/about.md": "Title: About\n\nAbout me.\n"}


def build(tmp_path, **settings):
    """The fixture site's settings (its NEWSLETTER left out unless given) over FILES."""
    return build_site(tmp_path, FILES, **{"NEWSLETTER": None, **settings})


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_provider_gets_a_form_posting_straight_to_it(tmp_path, provider):
    keys, origin = PROVIDERS[provider]
    output = build(tmp_path, NEWSLETTER={"provider": provider, **keys})
    for path in ("a-tip/index.html", "follow/index.html"):
        page = soup(output / path)
        (form,) = page.select("form[data-newsletter]")
        assert form["data-provider"] == provider and form["method"] == "post"
        assert form["action"].startswith(origin + "/")
        field = form.select_one("input[type=email]")
        assert field["autocomplete"] == "email" and field.has_attr("required")
        assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
        assert form.select_one("button.button[type=submit]").get_text() == "Subscribe"
        assert csp_of(page)["form-action"] == f"'self' {origin}"
        assert not page.find("script", src=lambda s: s and origin in s)
    about = soup(output / "about/index.html")
    assert not about.select("form[data-newsletter]") and csp_of(about)["form-action"] == "'self'"
    assert csp_of(soup(output / "index.html"))["form-action"] == "'self'"


def test_the_form_sends_the_fields_each_provider_reads(tmp_path):
    keys, _ = PROVIDERS["mailchimp"]
    form = soup(build(tmp_path, NEWSLETTER={"provider": "mailchimp", **keys}) / "a-tip/index.html")
    form = form.select_one("form[data-newsletter]")
    assert form["action"] == MAILCHIMP
    assert form.select_one("input[type=email]")["name"] == "EMAIL"
    trap = form.select_one("input[name=b_1a2b3c_9f8e7d]")
    assert trap["value"] == "" and trap["tabindex"] == "-1" and trap.parent.has_attr("hidden")


def test_listmonk_form_carries_the_list_and_an_empty_nonce(tmp_path):
    keys, _ = PROVIDERS["listmonk"]
    output = build(tmp_path, NEWSLETTER={"provider": "listmonk", **keys})
    form = soup(output / "a-tip/index.html").select_one("form[data-newsletter]")
    assert form["action"] == "https://lists.example.com/subscription/form"
    assert form.select_one("input[type=hidden][name=l]")["value"] == LIST
    assert form.select_one("input[name=nonce]")["value"] == ""


def test_a_line_beside_the_form_says_who_receives_the_address(tmp_path):
    output = build(tmp_path, NEWSLETTER={"provider": "kit", "form_id": "42", "privacy": "/about/"})
    form = soup(output / "a-tip/index.html").select_one("form[data-newsletter]")
    note = form.select_one("#" + form.select_one("input[type=email]")["aria-describedby"])
    assert note.get_text(" ", strip=True) == (
        "Your address goes to Kit, which sends the newsletter; unsubscribe from any issue. Privacy"
    )
    assert note.select_one("a")["href"] == "../about/"


def test_follow_page_explains_the_feeds_the_settings_produce(tmp_path):
    output = build(tmp_path, FEED_ALL_JSON="feeds/all.json", FEED_ALL_RSS=None)
    page = soup(output / "follow/index.html")
    assert page.title.get_text() == "Follow · Noor Haddad"
    assert page.select_one("main h1").get_text() == "Follow"
    feeds = {a.get_text(): a["href"] for a in page.select(".follow__feeds a")}
    assert feeds == {"Atom": "../feeds/all.atom.xml", "JSON Feed": "../feeds/all.json"}
    assert "https://example.com/feeds/all.atom.xml" in page.select_one(".follow__feeds").get_text()
    assert "feed reader" in page.select_one("main").get_text()


def test_without_a_newsletter_the_follow_page_has_feeds_only(tmp_path):
    output = build(tmp_path)
    page = soup(output / "follow/index.html")
    assert not page.select("form") and "e-mail" not in page.select_one("main").get_text()
    feeds = {a.get_text(): a["href"] for a in page.select(".follow__feeds a")}
    assert list(feeds) == ["Atom", "RSS", "JSON Feed"]
    assert all((output / href.removeprefix("../")).is_file() for href in feeds.values()), feeds
    assert csp_of(page)["form-action"] == "'self'"
    assert not soup(output / "a-tip/index.html").select("form[data-newsletter]")


def test_every_page_links_the_follow_page_from_its_footer(tmp_path):
    output = build(tmp_path)
    for path in ("index.html", "a-tip/index.html", "about/index.html"):
        link = soup(output / path).select_one(".site-footer a[href$='follow/']")
        assert link.get_text() == "Follow", path


def test_no_follow_page_when_its_address_is_empty(tmp_path):
    output = build(tmp_path, FOLLOW_SAVE_AS="")
    assert not (output / "follow").exists()
    assert not soup(output / "index.html").select(".site-footer a[href$='follow/']")


def test_a_wrong_newsletter_setting_fails_the_build_naming_it(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build(tmp_path, NEWSLETTER={"provider": "buttondown", "username": "asha verma"})
    (problem,) = failed.value.problems
    assert problem.file == "pelicanconf.py"
    assert problem.message.startswith("NEWSLETTER['username']: 'asha verma' is not your")


def test_http_listmonk_builds_in_development_and_fails_in_production(tmp_path):
    setting = {"provider": "listmonk", "url": "http://localhost:9000", "list": LIST}
    form = soup(build(tmp_path / "dev", NEWSLETTER=setting) / "a-tip/index.html")
    assert form.select_one("form[data-newsletter]")["action"].startswith("http://localhost:9000/")
    with pytest.raises(BuildFailed) as failed:
        build_site(
            tmp_path / "prod", FILES, settings_file=FIXTURE_PUBLISH_SETTINGS, NEWSLETTER=setting
        )
    assert [p.message for p in failed.value.problems] == [
        "NEWSLETTER['url']: 'http://localhost:9000' uses http:// in production; expected https://"
    ]
