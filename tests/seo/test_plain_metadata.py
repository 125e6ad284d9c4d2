"""Metadata is text: whatever a title, summary or tag holds, no meta tag or JSON-LD
block gains markup, and the title reads the same in the H1, <title>, og:title,
twitter share text, JSON-LD and the feed."""

from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from site_kit import ARTICLE, build_site, soup

# One line of header text, as Pelican reads it: no line breaks, no outer spaces.
LINE = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
# Pelican splits tags at commas, or at semicolons when there are any.
TAG = st.from_regex(r"[A-Za-z][A-Za-z0-9 <>&\"'/=.-]{0,15}", fullmatch=True).map(
    lambda s: " ".join(s.split())
)


def build(title: str, summary: str, tag: str) -> Path:
    text = ARTICLE.format(title=title, date="2026-01-02", tags=tag, slug="post", body="Words.")
    text = text.replace("Tags:", f"Summary: {summary}\nTags:", 1)
    # Any script at all: most have no font on this machine, which fails the social
    # card (tests/social_cards); its alt text is the title, checked there.
    return build_site(Path(tempfile.mkdtemp()), {"articles/post.md": text}, SOCIAL_CARDS=False)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE, LINE, TAG)
@example('"><script>alert(1)</script>', "</script><script>alert(2)</script>", 'a"><b>')
@example("Tips &amp; tricks \u2039draft\u203a", "Tips & tricks <!-- x", "R&D")
def test_no_metadata_value_makes_markup_in_meta_or_json_ld(title, summary, tag):
    output = build(title, summary, tag)
    page = soup(output / "post/index.html")
    head = page.head
    # Every element of <head> is one the theme writes: no value opened another.
    assert {t.name for t in head.find_all(True)} <= {"meta", "link", "title", "script"}
    scripts = head.find_all("script")
    assert all(s.get("type") == "application/ld+json" or s.get("src") for s in scripts)
    blocks = [s for s in scripts if s.get("type") == "application/ld+json"]
    for block in blocks:
        assert not re.search(r"</|<!--", block.string)  # it cannot be closed from inside
    (data,) = [json.loads(b.string) for b in blocks if '"BlogPosting"' in b.string]
    (trail,) = [json.loads(b.string) for b in blocks if '"BreadcrumbList"' in b.string]
    assert trail["itemListElement"][-1]["name"] == title
    # The same title everywhere, exactly as typed.
    assert page.h1.get_text() == title
    assert page.title.string == f"{title} · Noor Haddad"
    assert page.find("meta", property="og:title")["content"] == title
    assert data["headline"] == title
    share = page.select_one('a[href^="https://x.com/intent/tweet"]')["href"]
    assert share.startswith("https://x.com/intent/tweet?text=")
    feed = (output / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert html.unescape(re.findall(r"<title[^>]*>(.*?)</title>", feed)[1]) == title
    assert [m["content"] for m in page.find_all("meta", property="article:tag")] == [tag]
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert "<" not in description or "<" in summary
    assert data["description"] == description


def test_a_title_is_text_in_its_slug_too():
    # Pelican's slugify strips tags from HTML: as HTML, "<kbd>" was lost from the URL.
    title = 'Use <kbd> & "quotes"'
    text = ARTICLE.format(title=title, date="2026-01-02", tags="x", slug="", body="")
    output = build_site(Path(tempfile.mkdtemp()), {"articles/a.md": text.replace("Slug: \n", "")})
    assert (output / "use-kbd-quotes/index.html").exists()
