"""Both syntaxes become the same box; other blockquotes are left to work."""

import html
import logging
import re
from urllib.parse import parse_qs, urlsplit

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import example, given
from hypothesis import strategies as st

from freelancekit.pelican_internals import reset_log_limits
from tweetable_quotes import TweetableQuotesExtension, boxes_in
from tweetable_quotes.markdown_ext import PAGE_URL_TOKEN
from tweetable_quotes.share import normalise
from tweetable_quotes.shortcode import find_opening


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


@pytest.mark.parametrize(
    "text",
    [
        "> [!TWEET\n> Quote.",  # no "]"
        "> [!TWEET] Quote on the marker's line.",
        "[!TWEET]\nNot in a blockquote.",
    ],
)
def test_a_miswritten_tweet_marker_is_reported_and_shown(caplog, text):
    with caplog.at_level(logging.WARNING):
        page, boxes = render(text)
    (record,) = caplog.records
    assert record.getMessage().startswith("quote box marker written as ")
    assert record.getMessage().endswith(
        "write '> [!TWEET]' alone on its line, then the quote on the next '>' lines"
    )
    assert not boxes and "[!TWEET" in page.get_text()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('Before [bctt tweet="Q" after.', 'Before [bctt tweet="Q" after.'),
        ('[bctt tweet="Q]\n\nNext paragraph.', '[bctt tweet="Q]'),
    ],
)
def test_a_shortcode_that_never_ends_is_reported_and_shown(caplog, text, shown):
    with caplog.at_level(logging.WARNING):
        page, boxes = render(text)
    (record,) = caplog.records
    assert record.getMessage().startswith("[bctt shortcode has ")
    assert not boxes and page.p.get_text() == shown


def test_shortcodes_in_code_stay_code():
    page, boxes = render('Write `[bctt tweet="Q"]` for a box, or `[bctt` to start one.')
    assert not boxes
    assert [c.get_text() for c in page.find_all("code")] == ['[bctt tweet="Q"]', "[bctt"]


def raw_attribute(html_text: str, tag: str, name: str) -> str:
    """An attribute's value exactly as written in the markup (entities and all)."""
    match = re.search(rf'<{tag}\b[^>]*\s{name}="([^"]*)"', html_text)
    assert match, (tag, name)
    return match.group(1)


# Any text, rich in what HTML and URLs give meaning to, and in text that looks escaped.
QUOTE_TEXT = (
    st.lists(
        st.one_of(
            st.sampled_from(list("&<>\"'#%+;=?/ ")),
            st.sampled_from(["&amp;", "&lt;", "&#8221;", "&quot;", "%20", "%26"]),
            st.characters(blacklist_categories=["Cs", "Cc"]),
        ),
        min_size=1,
    )
    .map("".join)
    .filter(lambda t: normalise(t) and "]" not in t and "`" not in t)
    # Known limit, in the closing note: a numeric reference missing its ';' (&#0)
    # is shown completed (&#0;) in an alert box.
    .filter(lambda t: not re.search(r"&#\d+(?![\d;])", t))
)


def check_escaped_once(html_text: str, text: str) -> None:
    """The quote is in the box and its links escaped exactly once (then URL-encoded)."""
    assert html.unescape(raw_attribute(html_text, "figure", "data-quote")) == text
    shown = re.search(r'<p id="quote-[^"]*-text">(.*?)</p>', html_text, re.S).group(1)
    assert html.unescape(shown) == text
    x = html.unescape(raw_attribute(html_text, "a", "href"))  # the first link: X's
    assert parse_qs(urlsplit(x).query)["text"] == [text]
    bluesky = html.unescape(re.search(r'data-share="bluesky" href="([^"]*)"', html_text)[1])
    assert parse_qs(urlsplit(bluesky).query)["text"][0].startswith(text + " ")


@given(QUOTE_TEXT)
def test_any_alert_quote_is_escaped_exactly_once(text):
    html_text = markdown.markdown(f"> [!TWEET]\n> {text}", extensions=[TweetableQuotesExtension()])
    check_escaped_once(html_text, normalise(text))


@given(QUOTE_TEXT)
@example("=“")  # a curly quote after "=" inside a value: text, not a new value
def test_any_bctt_quote_is_escaped_exactly_once(text):
    # WordPress stores the attribute escaped; the box shows and shares it decoded once.
    source = f'[bctt tweet="{html.escape(text)}"]'
    html_text = markdown.markdown(source, extensions=[TweetableQuotesExtension()])
    check_escaped_once(html_text, normalise(text))


@given(st.text(st.sampled_from("[bct ]\"'“”`\\=xa\n>")))
def test_no_shortcode_is_shown_as_text_unreported(text):
    logger = logging.getLogger("tweetable_quotes.markdown_ext")
    records = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    logger.addHandler(handler)
    reset_log_limits()  # Pelican's filter shows a message once per process
    try:
        html_text = markdown.markdown(text, extensions=[TweetableQuotesExtension()])
    finally:
        logger.removeHandler(handler)
    shown = BeautifulSoup(html_text, "html.parser")
    for code in shown.find_all("code"):
        code.decompose()
    if find_opening(shown.get_text()) is not None:
        assert records
