"""JSON Feed items and the feed as plain data: what a feed reader gets for each article."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from feeds import JsonFeedSettingError, check_path, feed_item, json_feed
from feeds.json_feed import dumps, item_tags, rfc3339, stylesheet_href
from hypothesis import given
from hypothesis import strategies as st
from jsonfeed_schema import schema_errors, spec_errors

from freelancekit.markup import PlainText

SITE = "https://example.com"
SETTINGS = {
    "SITEURL": SITE,
    "SITENAME": 'Noor <Haddad> & "co"',
    "SITE_DESCRIPTION": "Plain words",
    "AUTHOR": "Noor Haddad",
    "TIMEZONE": "Asia/Amman",
    "DEFAULT_LANG": "en",
    "FEED_MAX_ITEMS": 100,
}


class Article:
    """What the feed reads of a Pelican article."""

    def __init__(self, slug="a", title="A title", **fields):
        self.url = f"{slug}/"
        self.title = PlainText(title)
        self.date = fields.pop("date", datetime(2026, 2, 10, 9, 30))
        self.category = fields.pop("category", "Tips")
        self.tags = fields.pop("tags", [])
        self.authors = fields.pop("authors", ["Noor Haddad"])
        self.summary = fields.pop("summary", "<p>Body.</p>")
        self.lang = fields.pop("lang", "en")
        self._html = fields.pop("html", "<p>Body.</p>")
        self.__dict__.update(fields)

    def get_content(self, siteurl):
        return self._html.replace("{site}", siteurl)


def item(**fields) -> dict:
    return feed_item(Article(**fields), SITE, "Asia/Amman", "en")


def test_item_links_absolutely_and_carries_the_whole_article():
    got = item(slug="brief", html='<p>See <a href="{site}/x/">x</a>.</p><h2 id="1">1</h2>')
    assert got["id"] == got["url"] == "https://example.com/brief/"
    assert (
        got["content_html"] == '<p>See <a href="https://example.com/x/">x</a>.</p><h2 id="1">1</h2>'
    )


def test_title_is_the_text_the_writer_typed_markup_and_rtl_included():
    title = 'Use <kbd> & "quotes" — مرحبا بالعالم'
    assert item(title=title)["title"] == title
    assert '"title":"Use <kbd> & \\"quotes\\" — مرحبا بالعالم"' in dumps(
        {"title": item(title=title)["title"]}
    )


def test_summary_is_plain_text_and_left_out_when_it_is_the_whole_article():
    assert item(summary="<p>One <em>clear</em> line &amp; more.</p>")["summary"] == (
        "One clear line & more."
    )
    assert "summary" not in item(summary="<p>Body.</p>", html="<p>Body.</p>")


def test_dates_are_rfc3339_with_the_offset_of_the_site_time_zone():
    got = item(date=datetime(2026, 7, 1, 9, 0), modified=datetime(2026, 12, 1, 9, 0))
    assert got["date_published"] == "2026-07-01T09:00:00+03:00"
    assert got["date_modified"] == "2026-12-01T09:00:00+03:00"
    aware = datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert rfc3339(aware, "Asia/Amman") == "2026-07-01T09:00:00+02:00"  # its own zone kept
    assert "date_modified" not in item()


def test_image_only_for_an_article_with_its_own_image():
    assert "image" not in item()
    assert "image" not in item(share_image="images/share/card.png")  # a generated card is no Image:
    local = item(image="{static}/images/desk.jpg", share_image="images/share/desk-share.jpg")
    assert local["image"] == "https://example.com/images/share/desk-share.jpg"
    assert item(image="https://cdn.example.org/x.png")["image"] == "https://cdn.example.org/x.png"


def test_tags_are_the_category_then_the_tags_each_word_once():
    assert item_tags(Article(category="Tips", tags=["tips", "Tips", "briefs"])) == [
        "Tips",
        "briefs",
    ]
    assert item_tags(Article(category="Remote", tags=["pricing", "Briefs", "PRICING"])) == [
        "Remote",
        "pricing",
        "Briefs",
    ]
    assert item(tags=[])["tags"] == ["Tips"]


def test_item_language_only_when_it_differs_from_the_feed():
    assert "language" not in item(lang="en")
    assert item(lang="ar")["language"] == "ar"


def test_feed_lists_at_most_feed_max_items_in_the_order_given():
    articles = [Article(slug=f"p{n}") for n in range(5)]
    feed = json_feed(articles, {**SETTINGS, "FEED_MAX_ITEMS": 3}, "feeds/all.json")
    assert [i["id"] for i in feed["items"]] == [f"{SITE}/p{n}/" for n in range(3)]
    assert json_feed(articles, {**SETTINGS, "FEED_MAX_ITEMS": None}, "f.json")["items"][4]


def test_feed_names_itself_the_site_its_author_icons_and_language():
    feed = json_feed(
        [Article()], {**SETTINGS, "FEED_DOMAIN": "https://feeds.example.com"}, "f/a.json"
    )
    assert next(iter(feed)) == "version"  # the spec: at the very top
    assert feed["title"] == SETTINGS["SITENAME"]  # text, never unescaped or stripped
    assert feed["home_page_url"] == "https://example.com/"
    assert feed["feed_url"] == "https://feeds.example.com/f/a.json"
    assert feed["authors"] == [{"name": "Noor Haddad", "url": "https://example.com/"}]
    assert feed["icon"] == feed["favicon"] == "https://example.com/apple-touch-icon.png"
    assert feed["language"] == "en"
    assert schema_errors(feed) == [] and spec_errors(feed) == []


@given(
    title=st.text(min_size=1, max_size=300),
    summary=st.text(max_size=300),
    tags=st.lists(st.text(min_size=1, max_size=40), max_size=5),
)
def test_any_title_summary_and_tags_give_a_valid_feed(title, summary, tags):
    feed = json_feed([Article(title=title, summary=summary, tags=tags)], SETTINGS, "f.json")
    assert schema_errors(feed) == [] and spec_errors(feed) == []
    assert feed["items"][0]["title"] == title


@pytest.mark.parametrize("value", [None, "", False])
def test_no_json_feed_when_the_setting_is_off(value):
    assert check_path(value) is None


@pytest.mark.parametrize(
    "value",
    ["/feeds/all.json", "feeds/all.xml", "../all.json", "feeds//all.json", " feeds/all.json", 3],
)
def test_a_path_outside_the_site_or_not_json_is_refused_naming_the_setting(value):
    with pytest.raises(JsonFeedSettingError, match=r"^FEED_ALL_JSON is .*'feeds/all\.json'"):
        check_path(value)


@given(st.text(max_size=60))
def test_check_path_accepts_only_relative_json_paths_inside_the_site(value):
    try:
        path = check_path(value)
    except JsonFeedSettingError:
        return
    assert path is None or (
        path.endswith(".json") and not path.startswith("/") and ".." not in path.split("/")
    )


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        ("https://example.com/feeds/all.atom.xml", "../theme/xsl/feed.xsl"),
        ("https://example.com/feeds/category/x.atom.xml", "../../theme/xsl/feed.xsl"),
        ("https://example.com/all.atom.xml", "theme/xsl/feed.xsl"),
        ("https://feeds.example.org/all.atom.xml", "https://example.com/theme/xsl/feed.xsl"),
    ],
)
def test_stylesheet_is_named_relative_to_the_feed_on_the_same_host(feed, expected):
    assert stylesheet_href(feed, "https://example.com/theme/xsl/feed.xsl") == expected


def test_stylesheet_under_a_project_site_path():
    assert (
        stylesheet_href(
            "https://me.github.io/site/feeds/all.rss.xml",
            "https://me.github.io/site/theme/xsl/feed.xsl",
        )
        == "../theme/xsl/feed.xsl"
    )
