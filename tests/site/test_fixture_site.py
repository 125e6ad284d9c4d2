"""The fixture site as a reader, a feed reader and a search engine get it."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from freelancekit.site_pages import base_of, html_pages, loads, page_url, target_file
from run import page_weight
from site_kit import TEST_SITEURL

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def is_redirect(page) -> bool:
    return page.find("meta", attrs={"http-equiv": "refresh"}) is not None


@pytest.fixture(scope="module")
def all_pages(fixture_site):
    return html_pages(fixture_site)


@pytest.fixture(scope="module")
def pages(all_pages):
    """Every page but the redirect stubs for old links."""
    return {path: page for path, page in all_pages.items() if not is_redirect(page)}


def test_old_links_redirect_to_pages_of_the_site(fixture_site, all_pages):
    stubs = {path: page for path, page in all_pages.items() if is_redirect(page)}
    assert len(stubs) == 5  # the fixture's redirects.json
    for path, page in stubs.items():
        canonical = page.find("link", rel="canonical")["href"]
        assert target_file(fixture_site, TEST_SITEURL, canonical).exists(), path
        assert "noindex" in page.find("meta", attrs={"name": "robots"})["content"]


@pytest.fixture(scope="module")
def articles(pages):
    """{url: soup} for every article page (og:type article)."""
    found = {}
    for page in pages.values():
        og_type = page.find("meta", property="og:type")
        if og_type and og_type["content"] == "article":
            found[page.find("link", rel="canonical")["href"]] = page
    return found


def meta(page, **attrs):
    tag = page.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_fixture_content_is_all_there(fixture_site, articles):
    assert len(articles) >= 4
    for name in ["about", "hire-me", "archives", "categories", "tags"]:
        assert (fixture_site / name / "index.html").exists(), name
    categories = (fixture_site / "category").iterdir()
    assert len([c for c in categories if "has moved" not in (c / "index.html").read_text()]) == 2
    assert (fixture_site / "404.html").exists()


def test_every_page_has_title_description_canonical_and_share_meta(fixture_site, pages):
    for path, page in pages.items():
        where = path.relative_to(fixture_site)
        assert page.title and page.title.string.strip(), where
        assert page.html["lang"], where
        assert meta(page, name="description"), where
        canonical = page.find("link", rel="canonical")["href"]
        assert canonical == page_url(fixture_site, path, TEST_SITEURL), where
        for prop in ["og:title", "og:description", "og:type", "og:image", "og:site_name"]:
            assert meta(page, property=prop), (where, prop)
        assert meta(page, property="og:url") == canonical
        assert meta(page, property="og:image").startswith(TEST_SITEURL + "/")
        assert meta(page, name="twitter:card") == "summary_large_image"
        assert len(page.find_all("h1")) == 1, where
        assert page.find("main", id="main") and page.find("a", href="#main"), where


def test_article_pages_carry_article_metadata(articles):
    for url, page in articles.items():
        assert meta(page, property="article:published_time"), url
        assert page.find_all("meta", property="article:tag"), url
        assert page.select_one(".post-meta time[datetime]"), url
        assert "min read" in page.select_one(".post-meta").get_text(), url
        assert page.find("script", type="application/ld+json"), url


def test_feeds_parse_and_hold_every_article_in_full(fixture_site, articles):
    atom = ET.parse(fixture_site / "feeds/all.atom.xml").getroot()
    entries = {e.find(f"{ATOM}link").get("href"): e for e in atom.iter(f"{ATOM}entry")}
    assert set(entries) == set(articles)
    for url, entry in entries.items():
        body = articles[url].select_one(".post-body").get_text(" ", strip=True)
        content = entry.find(f"{ATOM}content").text
        assert len(content) > 0.8 * len(body), url  # full text, not a summary
    rss = ET.parse(fixture_site / "feeds/all.rss.xml").getroot()
    assert {item.findtext("link") for item in rss.iter("item")} == set(articles)
    for category_feed in (fixture_site / "feeds/category").glob("*.atom.xml"):
        assert ET.parse(category_feed).getroot().find(f"{ATOM}entry") is not None


def test_sitemap_lists_every_article_and_page(fixture_site, articles, pages):
    sitemap = ET.parse(fixture_site / "sitemap.xml").getroot()
    locs = {loc.text for loc in sitemap.iter(f"{SITEMAP}loc")}
    assert set(articles) <= locs
    assert f"{TEST_SITEURL}/about/" in locs and f"{TEST_SITEURL}/hire-me/" in locs
    assert f"{TEST_SITEURL}/404.html" not in locs
    for loc in locs:
        assert target_file(fixture_site, TEST_SITEURL, loc).exists(), loc


def test_robots_points_at_the_sitemap(fixture_site):
    robots = (fixture_site / "robots.txt").read_text()
    assert f"Sitemap: {TEST_SITEURL}/sitemap.xml" in robots


def test_related_posts_share_tags(articles):
    tags = {
        url: {t["content"] for t in p.find_all("meta", property="article:tag")}
        for url, p in articles.items()
    }
    seen_any = False
    for url, page in articles.items():
        related = page.select(".related a[href]")
        for link in related:
            other = urljoin(url, link["href"])
            assert tags[url] & tags[other], (url, other)
            seen_any = True
    assert seen_any


def test_previous_and_next_links_follow_dates(articles):
    dated = sorted(
        articles,
        key=lambda u: articles[u].find("meta", property="article:published_time")["content"],
    )
    for older, newer in itertools.pairwise(dated):
        assert urljoin(newer, articles[newer].select_one(".post-nav__prev")["href"]) == older
        assert urljoin(older, articles[older].select_one(".post-nav__next")["href"]) == newer


def test_every_internal_link_and_asset_resolves(fixture_site, pages):
    for path, page in pages.items():
        url = base_of(page, page_url(fixture_site, path, TEST_SITEURL))
        refs = [a["href"] for a in page.find_all("a", href=True)] + loads(page)
        for ref in refs:
            absolute = urljoin(url, ref)
            target = target_file(fixture_site, TEST_SITEURL, absolute.split("#")[0])
            if target is None:
                continue
            assert target.exists(), (path.relative_to(fixture_site), ref)
            fragment = urlsplit(absolute).fragment
            if fragment and target.suffix == ".html":
                assert f'id="{fragment}"' in target.read_text(), (path, ref)


def test_no_page_loads_anything_from_another_host(fixture_site, pages):
    for path, page in pages.items():
        url = base_of(page, page_url(fixture_site, path, TEST_SITEURL))
        for ref in loads(page):
            assert urljoin(url, ref).startswith(TEST_SITEURL + "/"), (path, ref)
        for link in page.find_all("link", href=True):
            if {"canonical", "alternate"} & set(link["rel"]):
                assert urljoin(url, link["href"]).startswith(TEST_SITEURL + "/")
    for name in ("site.css", "pages.css"):
        stylesheet = (fixture_site / "theme/css" / name).read_text()
        assert "@import" not in stylesheet
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", stylesheet)


def test_video_line_becomes_a_facade_that_needs_no_script(articles):
    with_video = [p for p in articles.values() if p.select_one("[data-video-id]")]
    assert with_video
    for page in with_video:
        facade = page.select_one("a.video-facade[data-video-id]")
        assert urlsplit(facade["href"]).hostname in {"www.youtube.com", "vimeo.com"}
        assert facade.select_one(".video-facade__label").get_text().startswith("Play video on")
        assert facade.select_one(".video-facade__title").get_text()  # the fixture names each
        assert not page.find("iframe")


def test_pages_load_only_the_scripts_their_content_needs(fixture_site, pages):
    for path, page in pages.items():
        scripts = {s["src"].rsplit("/", 1)[-1] for s in page.find_all("script", src=True)}
        expected = {"theme.js"}  # the reader's colour scheme, on every page
        if page.select_one("[data-video-id]"):
            expected.add("video.js")
        if page.select_one("[data-quote]"):
            expected.add("quote.js")
        if page.select_one("svg.world-map"):
            expected.add("map.js")
        if page.select_one("#comments [data-comments-load]"):
            expected.add("comments.js")
        if page.select_one("form.search__form"):
            expected.add("search.js")
        if page.select_one("[data-working-hours]"):
            expected.add("hours.js")
        if page.select_one("form#enquiry"):
            expected.add("enquiry.js")
        if page.select_one(".highlight > pre"):
            expected.add("copy-code.js")
        if path.name == "index.html" and path.parent == fixture_site:
            expected.add("old-links.js")  # the fixture's redirects.json maps old ?p= ids
        assert scripts == expected, path
        deferred = page.select("body script[src]")
        assert all(s.has_attr("defer") for s in deferred) and len(deferred) == len(scripts) - 1


def test_fixture_articles_have_quote_boxes_that_link_back_to_themselves(articles):
    boxes = 0
    for url, page in articles.items():
        for box in page.select("[data-quote]"):
            boxes += 1
            x = box.select_one('a[data-share="x"]')
            shared = parse_qs(urlsplit(x["href"]).query)
            assert shared["url"] == [f"{url}#{box['id']}"]
            assert shared["text"] == [box["data-quote"]]
            assert shared["via"] == ["noorhaddad_ed"]
    assert boxes >= 2


ARTICLE_BUDGET = 15 * 1024  # gzip bytes: the page's HTML and the CSS and JS it loads


def test_article_pages_are_light(fixture_site, pages):
    """Every article page is at most 15 KB gzip, with its stylesheet and scripts."""
    weights = {}
    for path, page in pages.items():
        if meta(page, property="og:type") == "article":
            weight = page_weight(fixture_site, str(path.relative_to(fixture_site)))
            weights[path.parent.name] = weight["total_gzip"]
    assert weights and max(weights.values()) <= ARTICLE_BUDGET, weights


def test_hire_page_has_a_call_to_action_from_settings(fixture_site):
    page = html_pages(fixture_site)[fixture_site / "hire-me/index.html"]
    button = page.select_one(".cta--hire a.button")
    assert button["href"].startswith("mailto:noor@fixture-site.example?subject=Project%20enquiry")


def test_404_page_works_at_any_depth(fixture_site):
    page = html_pages(fixture_site)[fixture_site / "404.html"]
    assert page.find("base")["href"] == "/"  # root-relative: any host, any port
    assert meta(page, name="robots") == "noindex"


def test_code_blocks_are_highlighted_and_keyboard_scrollable(pages):
    blocks = [pre for page in pages.values() for pre in page.select("div.highlight > pre")]
    assert blocks
    assert all(pre.get("tabindex") == "0" for pre in blocks)
    assert any(pre.select("code span[class]") for pre in blocks)  # text blocks have none
