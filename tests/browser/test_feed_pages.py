"""A feed opened in a browser reads as a page: the feed's XSL stylesheet (plugins/feeds,
theme/static/xsl/feed.xsl) turns Atom and RSS into a page of the site that explains how
to subscribe and lists the posts. Chromium runs the XSLT (libxslt); the page it makes
is checked like any other: axe at every width and scheme, the Nu Html Checker, no
request elsewhere.

Chromium 156 still transforms, but adds a banner of its own (`<xslt-warning-banner>`)
saying that XSLT is being removed from the browser: it is the browser's, not the
page's, and is taken out before the page is checked. A browser without XSLT shows
the feed as XML; feed readers never apply the stylesheet.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import SCHEME, SCREENSHOTS, dumps, every_way, nu_errors, trips

pytestmark = pytest.mark.browser

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/category/freelance-writing.atom.xml"]
BANNER = "xslt-warning-banner"


def entries(site, feed: str) -> list[tuple[str, str]]:
    """(title, link) of each post, read from the feed file itself."""
    root = ET.parse(site.output / feed).getroot()
    if root.tag == "rss":
        return [(i.findtext("title"), i.findtext("link")) for i in root.iter("item")]
    return [
        (e.findtext(f"{ATOM}title"), e.find(f"{ATOM}link[@rel='alternate']").get("href"))
        for e in root.iter(f"{ATOM}entry")
    ]


def opened(open_page, feed: str, **options):
    """The feed as Chromium shows it, less the browser's own XSLT banner."""
    visit = open_page(feed, **options)
    page = visit.page
    # The page's own markup: no script, no inline style (only the banner has them).
    assert page.locator("script").count() == 0
    assert page.evaluate(
        f"[...document.querySelectorAll('[style]')].every(e => e.closest('{BANNER}'))"
    )
    page.evaluate(f"document.querySelectorAll('{BANNER}').forEach(b => b.remove())")
    return visit


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("js", [True, False])
def test_a_feed_in_a_browser_explains_how_to_subscribe_and_lists_the_posts(
    open_page, site, feed, js
):
    visit = opened(open_page, feed, js=js)
    page = visit.page
    assert page.locator("h1").inner_text().endswith(": web feed")
    how = page.locator("section", has=page.locator("#feed-how"))
    assert "feed reader" in how.inner_text()
    assert how.locator("code").inner_text() == site.at(feed)  # the address to copy
    posts = page.locator(".archive-list a")
    listed = [(a.inner_text(), a.get_attribute("href")) for a in posts.all()]
    assert listed == entries(site, feed) and listed
    assert page.locator(f"a[href='{site.url}/']").count() >= 1  # back to the site
    # The site's own stylesheet: the page has the site's colours, not the browser's.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in {"rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"}
    assert visit.problems() == {}


@pytest.mark.parametrize("feed", FEEDS[:2])
def test_the_feed_page_is_accessible_and_fits_every_way(open_page, feed):
    visit = opened(open_page, feed, width=320)
    kind = feed.rsplit(".", 2)[-2]

    def check(page):
        SCREENSHOTS.mkdir(exist_ok=True)
        way = f"{page.viewport_size['width']}-{page.evaluate(SCHEME)}"
        page.screenshot(path=str(SCREENSHOTS / f"feed-{kind}-{way}.png"), full_page=True)
        return trips(page)

    found = every_way(visit.page, check, widths=(320, 1280))
    assert found == {}, dumps(found)


def test_the_feed_page_is_valid_html(open_page, site, tmp_path):
    pages = []
    for number, feed in enumerate(FEEDS):
        page = opened(open_page, feed).page
        html = page.evaluate("'<!DOCTYPE html>' + document.documentElement.outerHTML")
        assert BANNER not in html
        pages.append(tmp_path / f"feed-{number}.html")
        pages[-1].write_text(html, encoding="utf-8")
    assert nu_errors(tmp_path, pages) == []


def test_the_torture_sites_feed_page_fits_and_is_accessible(browser, torture_site):
    """Very long unbroken titles, RTL and fifty tags: the feed page still fits 320 px."""
    context = browser.new_context(viewport={"width": 320, "height": 900})
    try:
        page = context.new_page()
        page.goto(torture_site.at("feeds/all.atom.xml"), wait_until="load")
        page.evaluate(f"document.querySelectorAll('{BANNER}').forEach(b => b.remove())")
        assert page.locator(".archive-list a").count() > 5
        found = every_way(page, trips, widths=(320,))
        assert found == {}, dumps(found)
    finally:
        context.close()
