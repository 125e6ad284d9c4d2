"""Each feature used the way a reader uses it: mouse, keyboard, and with JavaScript off."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from browser_helpers import tab_until
from conftest import SCHEMES

pytestmark = pytest.mark.browser

VIDEO_ARTICLE = "briefing-creative-freelancers/"
QUOTE_ARTICLE = "pricing-freelance-writing/"
VIDEO_HOSTS = ("www.youtube-nocookie.com", "player.vimeo.com")


def query(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def test_quote_share_links_carry_the_quote_and_its_link(open_page, site):
    page = open_page(QUOTE_ARTICLE).page
    box = page.locator("[data-quote]").first
    quote, box_id = box.get_attribute("data-quote"), box.get_attribute("id")
    own_url = f"{site.url}/{QUOTE_ARTICLE}#{box_id}"
    x = query(box.locator('[data-share="x"]').get_attribute("href"))
    assert x["text"] == [quote] and x["url"] == [own_url] and x["via"] == ["noorhaddad_ed"]
    bluesky = query(box.locator('[data-share="bluesky"]').get_attribute("href"))
    assert bluesky["text"] == [f"{quote} {own_url}"]
    assert box.locator('[data-share="x"]').inner_text() == "Share on X"
    # The link opens the article at the quote.
    page.goto(own_url)
    assert page.evaluate("document.querySelector(':target').dataset.quote") == quote


def test_quote_share_links_are_reachable_and_usable_by_keyboard(open_page):
    visit = open_page(QUOTE_ARTICLE, allow=("x.com",))
    page = visit.page
    assert tab_until(page, '[data-quote] a[data-share="x"]')
    with page.context.expect_page() as new_tab:
        page.keyboard.press("Enter")
    new_tab.value.wait_for_load_state()
    assert new_tab.value.url.startswith("https://x.com/intent/tweet?text=")
    assert visit.external and all(urlsplit(u).hostname == "x.com" for u in visit.external)
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # a visible focus ring


def test_copy_quote_puts_quote_and_link_on_the_clipboard(open_page, site):
    visit = open_page(QUOTE_ARTICLE)
    page = visit.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url)
    box = page.locator("[data-quote]").first
    box.get_by_role("button", name="Copy quote").click()
    expected = (
        f"{box.get_attribute('data-quote')} {site.url}/{QUOTE_ARTICLE}#{box.get_attribute('id')}"
    )
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert box.get_by_role("status").inner_text() == "Quote copied"
    assert visit.problems() == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_video_facade_requests_nothing_until_clicked_then_plays_in_place(open_page, scheme):
    visit = open_page(VIDEO_ARTICLE, scheme=scheme, allow=VIDEO_HOSTS)
    page = visit.page
    page.locator("a.video-facade").first.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    assert visit.external == []  # scrolling to it loads nothing
    facade = page.locator("figure.video-embed a.video-facade[data-video-id]").first
    video_id = facade.get_attribute("data-video-id")
    facade.click()
    frame = page.locator("figure.video-embed > iframe.video-frame").first
    frame.wait_for()
    assert frame.get_attribute("src").startswith(
        f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    )
    assert page.url.endswith(VIDEO_ARTICLE)  # played in place, no navigation
    page.wait_for_timeout(300)
    assert [urlsplit(u).hostname for u in visit.external] == ["www.youtube-nocookie.com"]
    assert visit.console_errors == [] and visit.failed == []


def test_video_facade_plays_from_the_keyboard(open_page):
    visit = open_page(VIDEO_ARTICLE, allow=VIDEO_HOSTS)
    page = visit.page
    assert tab_until(page, "a.video-facade")
    page.keyboard.press("Enter")
    page.locator("iframe.video-frame").wait_for()
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"


@pytest.mark.parametrize(
    "path",
    [
        "briefing-creative-freelancers/",
        "pricing-freelance-writing/",
        "brief-before-you-outsource/",
        "working-across-time-zones/",
        "editing-outsourced-drafts/",
    ],
)
def test_articles_read_and_share_without_javascript(open_page, path, site):
    visit = open_page(path, js=False)
    page = visit.page
    assert visit.problems() == {}
    body = page.locator(".post-body")
    assert body.is_visible() and len(body.inner_text()) > 1500
    assert page.locator("h1").is_visible()
    for link in page.locator("[data-share], .share__links a").all():
        assert link.is_visible()
        href = link.get_attribute("href")
        assert urlsplit(href).scheme in {"https", "mailto"} and "QUOTE-PAGE-URL" not in href
    for box in page.locator("[data-quote]").all():
        x = query(box.locator('[data-share="x"]').get_attribute("href"))
        assert x["url"] == [f"{site.url}/{path}#{box.get_attribute('id')}"]
    for facade in page.locator("a.video-facade").all():
        assert urlsplit(facade.get_attribute("href")).hostname in {"www.youtube.com", "vimeo.com"}
        assert facade.is_visible()
    # No dead controls without scripts: the one visible button submits a real form.
    live = "form[action] button[type=submit]"
    assert page.locator(f"button:visible:not({live})").count() == 0


def test_skip_link_is_first_and_moves_focus_to_main(open_page):
    page = open_page("about/").page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_print_hides_share_links_and_navigation(open_page):
    page = open_page(QUOTE_ARTICLE).page
    page.emulate_media(media="print")
    for selector in [".quote-box__share", ".share", ".site-nav", ".cta", ".related"]:
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("[data-quote] blockquote").first.is_visible()
