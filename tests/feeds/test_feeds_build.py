"""Feeds as a built site has them: a JSON Feed beside Atom and RSS with the same posts,
every feed naming the stylesheet that makes it read as a page, and every page linking
all three."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

import pytest
from jsonfeed_schema import schema_errors, spec_errors

from freelancekit.site_pages import base_of, html_pages, page_url
from site_kit import (
    FIXTURE_PUBLISH_SETTINGS,
    TEST_SITEURL,
    TORTURE_PUBLISH_SETTINGS,
    build_fails,
    build_site,
    soup,
)

ATOM = "{http://www.w3.org/2005/Atom}"
STYLESHEET = '<?xml-stylesheet href="{}theme/xsl/feed.xsl" type="text/xsl"?>'
HOSTILE = 'Use <kbd> & "quotes" in مرحبا titles'

POSTS = {
    "articles/old.md": """\
        Title: An old post
        Date: 2026-01-05 10:00
        Category: Tips
        Tags: briefs, clients

        Old.
        """,
    "articles/new.md": f"""\
        Title: {HOSTILE}
        Date: 2026-03-01 09:00
        Modified: 2026-03-02 18:30
        Category: Writing
        Tags: briefs
        Summary: Two <em>plain</em> sentences. And a second.

        New, with a [link](old.md).
        """,
    "articles/draft.md": """\
        Title: A draft nobody sees
        Date: 2026-02-01 10:00
        Category: Tips
        Status: draft

        Not yet.
        """,
    "articles/soon.md": """\
        Title: A scheduled launch
        Date: 2027-06-01 09:00
        Category: Tips

        Later.
        """,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The fixture site's own content, in development."""
    return build_site(tmp_path_factory.mktemp("feeds"))


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    """Hostile titles, a draft and a scheduled post, built for production."""
    return build_site(
        tmp_path_factory.mktemp("posts"),
        POSTS,
        FIXTURE_PUBLISH_SETTINGS,
        BUILD_TIME=datetime(2026, 12, 1, 12, 0),
    )


def json_feed(output: Path) -> dict:
    return json.loads((output / "feeds/all.json").read_text(encoding="utf-8"))


def atom_links(output: Path, name: str = "feeds/all.atom.xml") -> list[str]:
    root = ET.parse(output / name).getroot()
    return [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in root.iter(f"{ATOM}entry")]


def test_json_feed_is_valid_json_feed_1_1(site, posts):
    for output in (site, posts):
        feed = json_feed(output)
        assert schema_errors(feed) == [] and spec_errors(feed) == []
        assert feed["version"] == "https://jsonfeed.org/version/1.1"


def test_json_feed_lists_what_the_atom_feed_lists_in_its_order(site):
    feed = json_feed(site)
    assert [item["url"] for item in feed["items"]] == atom_links(site)
    assert len(feed["items"]) == 5
    for item in feed["items"]:
        assert item["content_html"].startswith("<p>") and len(item["content_html"]) > 500


def test_json_feed_keeps_to_feed_max_items(tmp_path):
    output = build_site(tmp_path, FEED_MAX_ITEMS=2)
    assert [item["url"] for item in json_feed(output)["items"]] == atom_links(output)
    assert len(atom_links(output)) == 2


def test_json_feed_names_the_site_and_itself(site):
    feed = json_feed(site)
    assert feed["home_page_url"] == f"{TEST_SITEURL}/"
    assert feed["feed_url"] == f"{TEST_SITEURL}/feeds/all.json"
    assert feed["title"] == "Noor Haddad" and feed["language"] == "en"
    assert feed["authors"] == [{"name": "Noor Haddad", "url": f"{TEST_SITEURL}/"}]
    for icon in (feed["icon"], feed["favicon"]):
        assert (site / icon.removeprefix(f"{TEST_SITEURL}/")).is_file()


def test_an_article_with_an_image_has_it_in_the_json_feed(site):
    items = {item["url"]: item for item in json_feed(site)["items"]}
    with_image = items[f"{TEST_SITEURL}/brief-before-you-outsource/"]
    assert (site / with_image["image"].removeprefix(f"{TEST_SITEURL}/")).is_file()
    assert "image" not in items[f"{TEST_SITEURL}/working-across-time-zones/"]


def test_production_json_feed_leaves_drafts_and_scheduled_posts_out(posts):
    feed = json_feed(posts)
    assert [item["title"] for item in feed["items"]] == [HOSTILE, "An old post"]
    assert [item["url"] for item in feed["items"]] == atom_links(posts)
    assert "scheduled" not in (posts / "feeds/all.json").read_text(encoding="utf-8").lower()


def test_json_feed_item_as_a_reader_gets_it(posts):
    new = json_feed(posts)["items"][0]
    assert new["title"] == HOSTILE  # as typed: no tag lost, nothing escaped twice
    assert new["summary"] == "Two plain sentences. And a second."
    assert new["date_published"] == "2026-03-01T09:00:00+03:00"  # Asia/Amman
    assert new["date_modified"] == "2026-03-02T18:30:00+03:00"
    assert new["tags"] == ["Writing", "briefs"]
    assert new["authors"] == [{"name": "Noor Haddad"}]
    assert f'<a href="{TEST_SITEURL}/an-old-post/">link</a>' in new["content_html"]  # absolute
    assert new["url"].startswith("https://") and new["id"] == new["url"]


def test_every_atom_and_rss_feed_names_the_stylesheet_and_stays_a_feed(site):
    feeds = sorted(p.relative_to(site).as_posix() for p in (site / "feeds").rglob("*.xml"))
    assert {"feeds/all.atom.xml", "feeds/all.rss.xml"} <= set(feeds)
    assert any(name.startswith("feeds/category/") for name in feeds)
    for name in feeds:
        text = (site / name).read_text(encoding="utf-8")
        up = "../" * name.count("/")
        assert text.splitlines()[1].startswith(STYLESHEET.format(up)), name
        root = ET.parse(site / name).getroot()
        assert root.tag in {f"{ATOM}feed", "rss"}, name
    assert (site / "theme/xsl/feed.xsl").is_file()
    ET.parse(site / "theme/xsl/feed.xsl")


def test_every_page_links_atom_rss_and_json_feeds(site):
    wanted = {
        ("application/atom+xml", f"{TEST_SITEURL}/feeds/all.atom.xml"),
        ("application/rss+xml", f"{TEST_SITEURL}/feeds/all.rss.xml"),
        ("application/feed+json", f"{TEST_SITEURL}/feeds/all.json"),
    }
    pages = html_pages(site)
    assert len(pages) > 10
    for path, page in pages.items():
        if page.find("meta", attrs={"http-equiv": "refresh"}):
            continue  # a redirect page
        url = base_of(page, page_url(site, path, TEST_SITEURL))
        links = {
            (link["type"], urljoin(url, link["href"]))
            for link in page.find_all("link", rel="alternate", type=True)
        }
        assert wanted <= links, path


def test_no_json_feed_and_no_link_when_it_is_turned_off(tmp_path):
    output = build_site(tmp_path, FEED_ALL_JSON=None)
    assert not (output / "feeds/all.json").exists()
    page = (output / "index.html").read_text(encoding="utf-8")
    assert "application/feed+json" not in page and "all.atom.xml" in page


def test_json_feed_at_another_path(tmp_path):
    output = build_site(tmp_path, FEED_ALL_JSON="feed.json")
    assert (output / "feed.json").is_file() and not (output / "feeds/all.json").exists()
    link = soup(output / "index.html").find("link", type="application/feed+json")
    assert link["href"] == "./feed.json" and link["title"] == "Noor Haddad (JSON Feed)"


def test_a_bad_json_feed_path_fails_the_build_naming_the_setting(tmp_path):
    problems = build_fails(tmp_path, POSTS, FEED_ALL_JSON="../outside.json")
    assert len(problems) == 1
    assert "FEED_ALL_JSON is '../outside.json'" in problems[0].message


def test_json_feed_cannot_overwrite_another_file(tmp_path):
    problems = build_fails(
        tmp_path, POSTS, FEED_ALL_JSON="feeds/all.json", FEED_ALL_RSS="feeds/all.json"
    )
    assert [str(p) for p in problems] == [
        "pelicanconf.py: FEED_ALL_JSON is 'feeds/all.json', a file this build already writes: "
        "choose another path"
    ]


def test_the_torture_sites_feeds_are_valid_and_list_the_same_posts(tmp_path):
    """Every element, fifty tags, RTL, very long titles: still a valid JSON Feed, and the
    same posts with the same titles as the Atom feed."""
    output = build_site(tmp_path, settings_file=TORTURE_PUBLISH_SETTINGS)
    feed = json_feed(output)
    assert schema_errors(feed) == [] and spec_errors(feed) == []
    root = ET.parse(output / "feeds/all.atom.xml").getroot()
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert [item["title"] for item in feed["items"]] == titles and len(titles) > 5
    assert [item["url"] for item in feed["items"]] == atom_links(output)
