"""A card's summary: the article's first blocks, whole, without ids or headings."""

from html import escape
from html.parser import HTMLParser

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from seo.meta import SummaryWordsError, check_summary_words
from seo.summary import WORD, listing_summary

BLOCKS = {"p", "ul", "ol", "li", "dl", "dt", "dd", "blockquote"}
# Never in a card: headings, what is left out, and what is shown without its element.
NEVER = {"h1", "h2", "h3", "h4", "h5", "h6", "figure", "table", "tr", "td", "pre", "img", "hr"}
NEVER |= {"iframe", "aside", "button", "script", "div", "section", "span"}
HOLDS_ONLY = {"ul": {"li"}, "ol": {"li"}, "dl": {"dt", "dd"}}
TOP = {"p", "ul", "ol", "dl", "blockquote"}


class StrictReader(HTMLParser):
    """Reads a summary as written, noting anything a validator or a listing page would
    object to: an end tag that does not close the innermost element, an element left
    open, a tag or attribute a card must not carry, content where HTML forbids it."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.texts: list[str] = []
        self.problems: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.problems.append(f"left open: {self.stack}")

    def handle_starttag(self, tag, attrs):
        parent = self.stack[-1] if self.stack else ""
        if tag in NEVER:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name in {"id", "name"} or (name == "href" and (value or "").startswith("#")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        allowed = HOLDS_ONLY.get(parent)
        if (
            (allowed is not None and tag not in allowed)
            or (tag == "li" and parent not in {"ul", "ol"})
            or (tag in {"dt", "dd"} and parent != "dl")
            or (tag in BLOCKS and parent not in BLOCKS - {"p"} | {""})  # in text
            or (parent == "" and tag not in TOP)
        ):
            self.problems.append(f"<{tag}> in <{parent or 'the card'}>")
        if tag not in {"br", "wbr"}:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"<{tag}/>")

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"</{tag}> out of place")

    def handle_data(self, data):
        parent = self.stack[-1] if self.stack else ""
        if not data.isspace() and parent in {"", "ul", "ol", "dl"}:
            self.problems.append(f"text {data!r} in <{parent or 'the card'}>")
        self.texts.append(data)

    def words(self) -> list[str]:
        return [word for text in self.texts for word in WORD.findall(text)]


def top_blocks(html: str) -> list[str]:
    return [str(node) for node in BeautifulSoup(html, "html.parser").contents if node.name]


# --- What a card shows -------------------------------------------------------------


def test_headings_become_bold_paragraphs_without_their_ids():
    html = '<h1 id="header-one">Header one</h1>\n<h6 id="x">Six</h6>\n<p>Text.</p>'
    assert listing_summary(html) == (
        "<p><strong>Header one</strong></p>\n<p><strong>Six</strong></p>\n<p>Text.</p>"
    )


def test_ids_names_fragment_links_and_footnotes_are_left_out():
    html = (
        '<p id="p1">A claim<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>'
        ' with <a href="#details">a link below</a>, <a id="x" name="x">an anchor</a>'
        ' and <a href="/other/#part" id="y">another page</a>.</p>\n'
        '<div class="footnote"><ol><li id="fn:1"><p>The note.</p></li></ol></div>'
    )
    assert listing_summary(html) == (
        '<p>A claim with a link below, an anchor and <a href="/other/#part">another page</a>.</p>'
    )


def test_figures_tables_code_embeds_and_quote_boxes_are_left_out():
    html = (
        '<figure class="quote-box" id="quote-a"><blockquote><p>Quote</p></blockquote>'
        '<ul class="quote-box__share"><li><a href="https://x.com/">Share on X</a></li></ul>'
        '</figure>\n<figure class="video"><a href="https://youtube.com/">Play</a></figure>\n'
        '<p>Before <img src="a.png" alt="a"> after.</p>\n<table><tr><td>cell</td></tr></table>\n'
        '<div class="highlight"><pre><code>code</code></pre></div>\n<iframe src="x"></iframe>\n'
        '<aside class="callout"><p>Note</p></aside>\n<div class="toc"><ul><li>'
        '<a href="#h">H</a></li></ul></div>\n<p>Last.</p>'
    )
    assert listing_summary(html) == "<p>Before  after.</p>\n<p>Last.</p>"


def test_only_language_direction_and_link_attributes_stay():
    html = (
        '<p dir="rtl" lang="ar" class="x" style="color: red">نص</p>'
        '<ol start="3" id="l"><li aria-describedby="x">c</li></ol>'
        '<p><a href="/a/" target="_blank" rel="nofollow" onclick="x()">a</a></p>'
    )
    assert listing_summary(html) == (
        '<p dir="rtl" lang="ar">نص</p>\n<ol start="3"><li>c</li></ol>\n'
        '<p><a href="/a/" rel="nofollow">a</a></p>'
    )


def test_blocks_are_shown_whole_while_they_fit():
    html = "<p>one two three</p><ul><li>four five</li></ul><p>six seven</p>"
    assert listing_summary(html, limit=5) == "<p>one two three</p>\n<ul><li>four five</li></ul>"
    assert listing_summary(html, limit=6) == listing_summary(html, limit=5)


def test_a_first_block_over_the_limit_is_cut_at_a_word_with_an_ellipsis():
    html = "<p>One, <em>two three</em> four, five six.</p><p>Next.</p>"
    assert listing_summary(html, limit=4) == "<p>One, <em>two three</em> four…</p>"
    assert listing_summary(html, limit=2) == "<p>One…</p>"  # an element whole, or not at all
    assert listing_summary("<p><em>one two three</em> four</p>", 2) == "<p><em>one two…</em></p>"
    list_first = "<ul><li>a b</li><li>c d</li><li>e f</li></ul>"
    assert listing_summary(list_first, limit=5) == "<ul><li>a b</li><li>c d…</li></ul>"
    assert listing_summary("<p>中文字符很多</p>", limit=3) == "<p>中文字…</p>"


def test_a_heading_with_nothing_after_it_is_left_out():
    html = "<h2>Intro</h2><p>one two</p><h2>Next</h2><p>three four five</p>"
    assert listing_summary(html, limit=4) == "<p><strong>Intro</strong></p>\n<p>one two</p>"
    first_too_long = "<h2>Intro</h2><p>one two three four</p>"
    assert listing_summary(first_too_long, limit=3) == (
        "<p><strong>Intro</strong></p>\n<p>one two…</p>"
    )


def test_html_is_read_as_a_browser_reads_it():
    assert listing_summary("<p>a<p>b<ul><li>c<li>d</ul>e") == (
        "<p>a</p>\n<p>b</p>\n<ul><li>c</li><li>d</li></ul>\n<p>e</p>"
    )
    assert listing_summary("loose <b>text</b><div>in a div</div><li>stray</li>") == (
        "<p>loose <b>text</b></p>\n<p>in a div</p>\n<p>stray</p>"
    )


def test_text_is_escaped_once():
    html = "<p>Fish &amp; chips, &lt;kbd&gt; &#x27;quoted&#x27;</p>"
    assert listing_summary(html) == "<p>Fish &amp; chips, &lt;kbd&gt; 'quoted'</p>"
    assert listing_summary(None) == listing_summary("") == ""
    assert listing_summary("<p><img src=x></p><hr><p>   </p>") == ""


@pytest.mark.parametrize("value", [0, -3, "50", 2.5, True, None])
def test_the_word_limit_setting_is_a_whole_number(value):
    with pytest.raises(SummaryWordsError, match="LISTING_SUMMARY_WORDS"):
        check_summary_words(value)
    assert check_summary_words(60) == 60


def test_a_bad_word_limit_fails_the_build_at_its_settings_line(tmp_path):
    from freelancekit.strict_build import BuildFailed
    from site_kit import article, build_site

    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article()}, LISTING_SUMMARY_WORDS="50")
    (problem,) = failed.value.problems
    assert problem.file.endswith("pelicanconf.py") and "LISTING_SUMMARY_WORDS" in problem.message


# --- Properties over generated HTML --------------------------------------------------

TAGS = sorted(BLOCKS | NEVER | {"em", "strong", "a", "sup", "code", "br"})
VOID = {"img", "br", "hr"}
TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("<&> \n中"),
    max_size=25,
)
ATTRS = st.dictionaries(
    st.sampled_from(["id", "name", "class", "href", "dir", "lang", "style"]),
    st.sampled_from(["x", "#x", "/a/?b=1&c=2", "footnote", "toc", "rtl", 'q"uote']),
    max_size=3,
)


def element(tag: str, attrs: dict, children: list[str]) -> str:
    start = "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())
    if tag in VOID:
        return f"<{tag}{start}>"
    return f"<{tag}{start}>{''.join(children)}</{tag}>"


ARTICLES = st.recursive(
    TEXT.map(escape),
    lambda inner: st.builds(element, st.sampled_from(TAGS), ATTRS, st.lists(inner, max_size=5)),
    max_leaves=40,
).map(lambda html: html if html.startswith("<") else f"<p>{html}</p>")
LIMITS = st.integers(min_value=1, max_value=30)


@settings(max_examples=300, deadline=None)  # a shared CPU: timing says nothing
@given(ARTICLES | st.text(max_size=200), LIMITS)
def test_a_summary_is_valid_html_without_ids_or_headings(html, limit):
    assert StrictReader(listing_summary(html, limit)).problems == []


@settings(max_examples=300, deadline=None)  # a shared CPU: timing says nothing
@given(ARTICLES, LIMITS)
def test_a_summary_is_the_articles_first_blocks_within_the_limit(html, limit):
    summary = listing_summary(html, limit)
    whole = listing_summary(html, limit=10**6)
    shown, words = StrictReader(summary).words(), StrictReader(whole).words()
    assert len(shown) <= limit
    assert shown == words[: len(shown)]
    ours, theirs = top_blocks(summary), top_blocks(whole)
    if ours and ours[-1] != theirs[len(ours) - 1]:  # only a first block is ever cut...
        assert BeautifulSoup(ours[-1], "html.parser").get_text().rstrip().endswith("…")
        assert all(block.startswith("<p><strong>") for block in ours[:-1])  # ...or headings'
    assert ours[:-1] == theirs[: len(ours) - 1]


@settings(deadline=None)
@given(ARTICLES, LIMITS)
def test_a_summary_of_a_summary_is_itself(html, limit):
    summary = listing_summary(html, limit)
    assert listing_summary(summary, limit) == summary


# --- On the listing pages ------------------------------------------------------------


@pytest.fixture(scope="module")
def listings(tmp_path_factory):
    from listing_articles import listing_articles
    from site_kit import build_site

    return build_site(tmp_path_factory.mktemp("listings"), listing_articles())


LISTINGS = ["blog/index.html", "tag/one/index.html", "category/tips/index.html"]


@pytest.mark.parametrize("listing", LISTINGS)
def test_cards_on_a_listing_keep_its_outline_and_its_ids_unique(listings, listing):
    from site_kit import soup

    page = soup(listings / listing)
    summaries = page.select(".card__summary")
    assert len(summaries) == 8  # one page of cards
    for summary in summaries:
        assert not summary.find(["h1", "h2", "h3", "h4", "h5", "h6", "figure", "table", "pre"])
        assert not summary.find(attrs={"id": True}) and not summary.find(attrs={"name": True})
        assert not summary.find("a", href=lambda href: href.startswith("#"))
    ids = [tag["id"] for tag in page.find_all(id=True)]
    assert len(ids) == len(set(ids))
    assert [h.name for h in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])] == ["h1"] + [
        "h2"
    ] * 8


def test_an_article_keeps_its_headings_and_ids(listings):
    from site_kit import soup

    body = soup(listings / "markup-one/index.html").select_one(".post-body")
    assert body.find("h6", id="header-six").get_text() == "Header six"


def test_the_writers_summary_and_word_limit_are_used(tmp_path):
    from site_kit import article, build_site, soup

    files = {
        "articles/a.md": article(slug="a", body="## Start\n\nOne two three four five six."),
        "articles/b.md": article(slug="b", date="2026-01-03").replace(
            "Slug: b", "Slug: b\nSummary: Mine, *written* for the card."
        ),
    }
    output = build_site(tmp_path, files, LISTING_SUMMARY_WORDS=4)
    cards = [str(s) for s in soup(output / "index.html").select(".card__summary")]
    assert cards == [
        '<div class="card__summary"><p>Mine, <em>written</em> for the…</p></div>',
        '<div class="card__summary"><p><strong>Start</strong></p>\n<p>One two three…</p></div>',
    ]
