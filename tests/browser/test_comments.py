"""Comments as a reader meets them: nothing until scroll (or click), a link otherwise."""

from __future__ import annotations

import pytest

from browser_helpers import tab_until, wait_until
from conftest import served_site

pytestmark = pytest.mark.browser

ARTICLE = "brief-before-you-outsource/"  # has archived comments
GISCUS = "giscus.app"
# A stand-in for giscus that says hello the way giscus does.
GISCUS_PAGE = (
    "<!doctype html><title>giscus</title><p>comments</p><script>"
    "parent.postMessage({giscus: {resizeHeight: 432}}, '*');</script>"
)


def state(page) -> str | None:
    return page.locator("#comments .comments__live").get_attribute("data-state")


def test_nothing_loads_until_the_reader_scrolls_to_comments(open_page):
    visit = open_page(ARTICLE, allow={GISCUS: GISCUS_PAGE})
    page = visit.page
    page.wait_for_timeout(800)
    assert visit.external == [] and not page.locator("iframe").count()
    page.locator("#comments").scroll_into_view_if_needed()
    frame = page.locator("#comments iframe.comments__frame")
    frame.wait_for()
    assert frame.get_attribute("src").startswith("https://giscus.app/en/widget?")
    wait_until(page, "document.querySelector('#comments iframe').style.height === '432px'")
    assert state(page) == "loaded"
    assert {u.split("/")[2] for u in visit.external} == {GISCUS}
    assert "could not be loaded" not in page.locator("#comments").inner_text()
    assert visit.console_errors == [] and visit.failed == []


def test_unreachable_provider_shows_the_link_and_logs_nothing(open_page):
    visit = open_page(ARTICLE)  # giscus.app is blocked: unreachable
    page = visit.page
    page.locator("#comments").scroll_into_view_if_needed()
    wait_until(
        page, "document.querySelector('#comments .comments__live').dataset.state === 'unreachable'"
    )
    fallback = page.locator("#comments .comments__fallback")
    assert fallback.is_visible()
    assert fallback.inner_text().startswith("Comments could not be loaded. Join this discussion")
    link = fallback.locator("a")
    assert link.get_attribute("href").startswith("https://github.com/")
    assert not page.locator("#comments iframe").is_visible()
    assert visit.console_errors == []


def test_without_javascript_the_reader_gets_archive_and_link(open_page):
    visit = open_page(ARTICLE, js=False)
    page = visit.page
    assert page.locator("#comments .comment").count() == 4
    assert page.locator("#comments .comment-list .comment-list .comment").count() == 2
    assert page.locator("#comments .comments__fallback a").is_visible()
    assert visit.external == []


def test_archived_comments_are_readable_above_the_embed(open_page):
    page = open_page(ARTICLE).page
    first = page.locator("#comments article.comment").first
    assert first.locator(".comment__author").inner_text() == "Tomás"
    box_archive = page.locator(".comments__archive").bounding_box()
    box_live = page.locator(".comments__live").bounding_box()
    assert box_archive["y"] < box_live["y"]


@pytest.fixture(scope="module")
def consent_site(tmp_path_factory):
    with served_site(tmp_path_factory.mktemp("consent-site"), COMMENTS_LOAD="click") as site:
        yield site


def test_consent_mode_loads_only_after_load_comments(open_page, consent_site):
    visit = open_page(consent_site.at(ARTICLE), allow={GISCUS: GISCUS_PAGE})
    page = visit.page
    page.locator("#comments").scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    assert visit.external == []
    assert "GitHub (through giscus)" in page.locator(".comments__consent").inner_text()
    assert tab_until(page, "button.comments__load")
    page.keyboard.press("Enter")
    page.locator("#comments iframe").wait_for()
    wait_until(
        page, "document.querySelector('#comments .comments__live').dataset.state === 'loaded'"
    )
    assert {u.split("/")[2] for u in visit.external} == {GISCUS}
    assert visit.console_errors == []
