"""Both syntaxes become the same box; other blockquotes are left to work."""

import logging

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from tweetable_quotes import TweetableQuotesExtension, boxes_in
from tweetable_quotes.markdown_ext import PAGE_URL_TOKEN


def render(text: str, **config):
    extension = TweetableQuotesExtension(x_handle="me", **config)
    html = markdown.markdown(text, extensions=[extension, "extra"])
    return BeautifulSoup(html, "html.parser"), boxes_in(html)


def test_tweet_alert_becomes_a_box_with_share_links():
    page, boxes = render("> [!TWEET]\n> Ship early & often. #tips")
    box = page.select_one("figure.quote-box[data-quote]")
    assert box["data-quote"] == "Ship early & often. #tips"
    assert box.blockquote.get_text(strip=True) == "Ship early & often. #tips"
    assert [a["data-share"] for a in box.select("a[data-share]")] == [
        "x",
        "bluesky",
        "linkedin",
        "mastodon",
    ]
    x = box.select_one('a[data-share="x"]')
    assert x.get_text() == "Share on X"
    assert x["target"] == "_blank" and x["rel"] == ["noopener", "noreferrer"]
    assert f"url={PAGE_URL_TOKEN}%23{box['id']}" in x["href"]
    assert len(boxes) == 1 and boxes[0]["fragment"] == box["id"]


def test_multi_line_quote_joins_lines_with_spaces():
    page, _ = render("> [!tweet]\n> First line\n> second line.")
    assert page.select_one("[data-quote]")["data-quote"] == "First line second line."


def test_bctt_becomes_the_same_box():
    page, boxes = render('Intro.\n\n[bctt tweet="Ship early &amp; often." via="no" prompt="Tweet"]')
    box = page.select_one("[data-quote]")
    assert box["data-quote"] == "Ship early & often."
    assert box.select_one('[data-share="x"]').get_text() == "Tweet"
    assert "via=" not in box.select_one('[data-share="x"]')["href"]
    assert boxes[0]["via"] is None


def test_bctt_inside_a_paragraph_splits_it():
    page, _ = render('Before [bctt tweet="Q" url="no" nofollow="yes"] after.')
    assert [p.get_text() for p in page.find_all("p", recursive=False)] == ["Before", "after."]
    link = page.select_one('[data-share="x"]')
    assert "url=" not in link["href"] and "nofollow" in link["rel"]


@pytest.mark.parametrize("networks", [["bluesky"], ["linkedin", "mastodon"], ["mastodon"]])
def test_the_shared_link_is_read_back_without_x(networks):
    _, boxes = render('[bctt tweet="Q" url="no"]\n\n[bctt tweet="R & S"]', networks=networks)
    assert [box["url"] for box in boxes] == ["", f"{PAGE_URL_TOKEN}#quote-r-s"]
    assert [box["via"] for box in boxes] == [None, None]


def test_several_boxes_get_unique_ids():
    page, boxes = render(
        '> [!TWEET]\n> Same words\n\n> [!TWEET]\n> Same words\n\n[bctt tweet="Same words"]'
    )
    ids = [box["id"] for box in page.select("[data-quote]")]
    assert len(ids) == 3 == len(set(ids)) == len(boxes)


def test_boxes_inside_lists():
    page, _ = render("1. First\n\n    > [!TWEET]\n    > In a list\n\n2. Second")
    assert page.select_one("ol li [data-quote]")["data-quote"] == "In a list"


def test_notes_and_plain_blockquotes_beside_boxes():
    page, _ = render(
        "> [!NOTE]\n> A **note**.\n\n> [!TWEET]\n> Q\n\n> Plain quote.\n\n> [!WARNING]\n> Careful."
    )
    note = page.select_one("aside.callout--note")
    assert note.select_one(".callout__title").get_text() == "Note"
    assert note.strong.get_text() == "note"
    assert page.select_one("aside.callout--warning")
    assert page.find("blockquote", class_=False).get_text(strip=True) == "Plain quote."
    assert len(page.select("[data-quote]")) == 1


def test_unknown_alert_stays_a_blockquote():
    page, _ = render("> [!SHOUT]\n> Hi")
    assert page.blockquote and not page.select("[data-quote], aside")


def test_markdown_in_a_quote_is_shown_as_written():
    page, _ = render("> [!TWEET]\n> Use *stars* and <b>tags</b> & [links](x)")
    text = page.select_one("[data-quote] p")
    assert text.get_text() == "Use *stars* and <b>tags</b> & [links](x)"
    assert not text.find(True)


def test_empty_box_is_reported_and_not_rendered(caplog):
    with caplog.at_level(logging.WARNING):
        page, boxes = render("> [!TWEET]\n>\n\nAfter.")
    assert "empty [!TWEET] quote box" in caplog.text
    assert not page.select("[data-quote]") and not boxes


def test_bad_shortcode_is_reported(caplog):
    with caplog.at_level(logging.WARNING):
        page, _ = render('[bctt tweet=""]')
    assert "no tweet=" in caplog.text
    assert not page.select("[data-quote]")


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1))
def test_no_text_yields_unescaped_markup(text):
    text = text.replace("]", "")
    page, boxes = render(f"> [!TWEET]\n> {text}")
    box = page.select_one("[data-quote]")
    if not boxes:
        assert box is None
        return
    shown = box.select_one("blockquote p")
    assert box["data-quote"] == shown.get_text() == boxes[0]["text"]
    assert not shown.find(True)  # nothing the writer typed became an element
    assert not page.find(["script", "img", "iframe"])
