"""Search as a reader uses it: nothing loads until the box is used; words find pages."""

from __future__ import annotations

import pytest

from browser_helpers import tab_until, wait_until

pytestmark = pytest.mark.browser


def pagefind_requests(visit_requests: list[str]) -> list[str]:
    return [u for u in visit_requests if "/pagefind/" in u]


@pytest.fixture
def requests_log(open_page):
    def opener(path, **kwargs):
        visit = open_page(path, **kwargs)
        log: list[str] = []
        visit.page.on("request", lambda r: log.append(r.url))
        return visit, log

    return opener


def test_typing_a_word_finds_the_page_and_nothing_loads_before(requests_log):
    visit, log = requests_log("search/")
    page = visit.page
    page.wait_for_timeout(500)
    assert pagefind_requests(log) == []
    box = page.get_by_label("Search articles and pages")
    box.focus()
    wait_until(page, "true")
    box.fill("reconciliation")
    wait_until(page, "document.querySelectorAll('.search__results li').length > 0")
    first = page.locator(".search__results li a").first
    assert "payments start-up" in first.inner_text()
    assert page.locator(".search__results mark").first.inner_text().lower() == "reconciliation"
    assert "result" in page.locator("#search-status").inner_text()
    first.click()
    page.wait_for_url("**/portfolio/api-documentation-for-a-brazilian-fintech/")
    assert pagefind_requests(log) and visit.external == []
    assert visit.console_errors == [] and visit.failed == []


def test_search_by_keyboard_finds_an_article(requests_log):
    visit, _ = requests_log("search/")
    page = visit.page
    assert tab_until(page, "#search-box")
    page.keyboard.type("golden hour", delay=20)
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelectorAll('.search__results li').length > 0")
    titles = page.locator(".search__results li a").all_inner_texts()
    assert any("time zones" in t for t in titles)
    assert "?q=golden%20hour" in page.url
    assert visit.console_errors == []


def test_a_title_is_searched_though_excerpts_leave_it_out(requests_log):
    # "underselling" is only in the title: Pagefind (1.5 on) indexes the title of a
    # page even when its header (title, date, reading time) is data-pagefind-ignore.
    visit, _ = requests_log("search/?q=underselling")
    page = visit.page
    wait_until(page, "document.querySelectorAll('.search__results li').length > 0")
    first = page.locator(".search__results li").first
    assert first.locator("a").inner_text() == (
        "Six ways to price writing work without underselling yourself"
    )
    assert first.locator("p").inner_text().startswith("Pricing is the question")


def test_listing_pages_are_never_results(requests_log):
    visit, _ = requests_log("search/?q=outsourcing")
    page = visit.page
    wait_until(page, "document.querySelectorAll('.search__results li').length > 0")
    hrefs = page.locator(".search__results li a").evaluate_all("els => els.map(a => a.href)")
    assert hrefs and not any(
        h.rstrip("/").endswith(("/archives", "/tags", "/tag/outsourcing"))
        or "/category/" in h
        or h.endswith("127.0.0.1")
        for h in hrefs
    )


def test_without_javascript_search_points_to_the_archives(open_page):
    page = open_page("search/", js=False).page
    link = page.locator(".search__fallback a")
    assert link.is_visible() and link.get_attribute("href") == "../archives/"


def test_other_pages_never_touch_the_search_bundle(requests_log):
    for path in ["", "brief-before-you-outsource/", "portfolio/"]:
        visit, log = requests_log(path)
        visit.page.wait_for_timeout(200)
        assert pagefind_requests(log) == [], path


def test_article_images_are_sized_and_fit_small_screens(open_page):
    page = open_page("working-across-time-zones/", width=360).page
    img = page.locator(".post-body picture img").first
    assert img.get_attribute("width") == "2000"
    box = img.bounding_box()
    assert box["width"] <= 360 and abs(box["height"] / box["width"] - 1250 / 2000) < 0.02
    chosen = page.evaluate("document.querySelector('.post-body picture img').currentSrc")
    assert chosen.endswith(".webp") and "-2000" not in chosen  # a resized copy, not the original
