"""Follow and analytics as a reader meets them: the form posts to the provider
(JavaScript on or off), the pages pass axe at 320 and 1280 px in both schemes,
and analytics sends exactly one cookie-free request to its one origin, or none."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import dumps, every_way, nu_errors, served_site, trips

pytestmark = pytest.mark.browser

ARTICLE = "brief-before-you-outsource/"
FORM_PAGES = [ARTICLE, "follow/"]
# The field's label: after an article it says what the form is for; on the Follow
# page the heading above ("By e-mail") already does.
LABEL = {ARTICLE: "Get new posts by e-mail", "follow/": "Your e-mail address"}
BUTTONDOWN = "https://buttondown.com/api/emails/embed-subscribe/fixture-noor-haddad"
THANKS = "<!doctype html><title>Thanks</title><p>Check your inbox.</p>"


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("path", FORM_PAGES)
def test_the_form_posts_the_address_straight_to_the_provider(open_page, path, js):
    visit = open_page(path, js=js, allow={"buttondown.com": THANKS})
    page = visit.page
    posted = []
    page.on("request", lambda r: r.url.startswith("https://buttondown.com/") and posted.append(r))
    form = page.locator("form[data-newsletter]")
    form.get_by_label(LABEL[path], exact=True).fill("reader@example.org")
    with page.expect_navigation():
        form.get_by_role("button", name="Subscribe").click()
    (request,) = posted
    assert (request.method, request.url) == ("POST", BUTTONDOWN)
    assert parse_qs(request.post_data) == {"email": ["reader@example.org"], "embed": ["1"]}
    assert page.locator("p").inner_text() == "Check your inbox."
    assert visit.console_errors == []


def test_an_empty_or_wrong_address_is_not_sent(open_page):
    visit = open_page(ARTICLE, allow={"buttondown.com": THANKS})
    form = visit.page.locator("form[data-newsletter]")
    form.get_by_label(LABEL[ARTICLE], exact=True).fill("not an address")
    form.get_by_role("button", name="Subscribe").click()
    visit.page.wait_for_timeout(300)
    assert visit.external == [] and visit.page.url.endswith(ARTICLE)


@pytest.mark.parametrize("path", FORM_PAGES)
def test_form_pages_pass_axe_without_sideways_scroll_in_both_schemes(open_page, path):
    page = open_page(path).page
    assert every_way(page, trips, widths=(320, 1280)) == {}
    row = page.locator("form[data-newsletter] .newsletter__row")
    page.set_viewport_size({"width": 320, "height": 900})
    assert row.bounding_box()["width"] <= 320


def test_follow_page_names_the_feeds_and_who_gets_the_address(open_page, site):
    page = open_page("follow/").page
    assert page.locator("h1").inner_text() == "Follow"
    assert page.locator(".follow__feeds a").all_inner_texts() == ["Atom", "RSS", "JSON Feed"]
    note = page.locator("form[data-newsletter] .newsletter__note").inner_text()
    assert note.startswith("Your address goes to Buttondown")
    pages = [site.output / "follow/index.html", site.output / ARTICLE / "index.html"]
    errors = nu_errors(site.output, pages)
    assert errors == [], dumps(errors)


def test_the_footer_leads_to_the_follow_page(open_page):
    page = open_page("about/").page
    page.locator(".site-footer").get_by_role("link", name="Follow").click()
    assert page.url.endswith("/follow/") and page.locator("h1").inner_text() == "Follow"


# --- Analytics ------------------------------------------------------------------

UMAMI_ID = "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c"
COUNTERS = {
    "goatcounter": ({"code": "noor"}, "https://noor.goatcounter.com/count"),
    "plausible": ({"domain": "noor.example"}, "https://plausible.io/api/event"),
    "umami": (
        {"website_id": UMAMI_ID, "url": "https://umami.example.org"},
        "https://umami.example.org/api/send",
    ),
}


@pytest.fixture(scope="module", params=sorted(COUNTERS))
def counted_site(request, tmp_path_factory):
    keys, endpoint = COUNTERS[request.param]
    setting = {"provider": request.param, **keys}
    folder = tmp_path_factory.mktemp(f"analytics-{request.param}")
    with served_site(folder, ANALYTICS=setting, ANALYTICS_IN_DEVELOPMENT=True) as site:
        yield request.param, endpoint, site


def visit_counted(browser, url, endpoint, privacy: str = ""):
    """Open `url`; answer the analytics origin with a cookie it must not keep.
    Returns (requests sent to the origin, cookies afterwards, other hosts asked)."""
    context = browser.new_context()
    if privacy:
        context.add_init_script(privacy)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(endpoint))
    sent, other = [], []
    cors = {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Headers": "content-type",
        "Set-Cookie": "visitor=1; Path=/; SameSite=None; Secure",
    }

    def route(route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            return route.continue_()
        if not url.startswith(origin + "/"):
            other.append(url)
            return route.abort()
        if route.request.method == "POST":
            sent.append(route.request)
        return route.fulfill(status=202, headers=cors, body="{}")

    context.route("**/*", route)
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_timeout(700)
    cookies = context.cookies()
    context.close()
    return sent, cookies, other


def test_analytics_sends_one_page_view_to_its_one_origin_and_keeps_no_cookie(browser, counted_site):
    provider, endpoint, site = counted_site
    sent, cookies, other = visit_counted(browser, site.at(ARTICLE), endpoint)
    (request,) = sent
    assert request.url.split("?")[0] == endpoint and cookies == [] and other == []
    path = "/" + ARTICLE
    if provider == "goatcounter":
        query = parse_qs(urlsplit(request.url).query)
        assert query["p"] == [path] and query["t"][0].startswith("Seven things")
        assert len(query["s"][0].split(",")) == 3
    elif provider == "plausible":
        body = json.loads(request.post_data)
        assert body == {
            "n": "pageview",
            "u": site.at(ARTICLE),
            "d": "noor.example",
            "r": "",
            "w": 1280,
        }
    else:
        body = json.loads(request.post_data)
        assert body["type"] == "event" and body["payload"]["website"] == UMAMI_ID
        assert body["payload"]["url"] == path and body["payload"]["hostname"] == "127.0.0.1"
        assert set(body["payload"]) == {
            "website", "hostname", "language", "referrer", "title", "url", "screen"
        }  # fmt: skip


def test_analytics_sends_nothing_when_the_reader_asks_not_to_be_tracked(browser, counted_site):
    _, endpoint, site = counted_site
    for flag in ("'doNotTrack', {get: () => '1'}", "'globalPrivacyControl', {get: () => true}"):
        script = f"Object.defineProperty(Navigator.prototype, {flag});"
        sent, _, other = visit_counted(browser, site.at(ARTICLE), endpoint, script)
        assert sent == [] and other == [], flag


def test_without_analytics_no_page_sends_anything(browser, site):
    sent, cookies, other = visit_counted(browser, site.at(ARTICLE), "https://none.example/")
    assert sent == [] and cookies == [] and other == []


def test_a_page_that_counts_still_passes_axe(open_page, counted_site):
    _, _, site = counted_site
    assert every_way(open_page(site.at("follow/")).page, trips, widths=(320,)) == {}
