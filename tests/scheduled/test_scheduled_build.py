"""An article dated after the build goes live on its day: left out of production
until then, shown and marked in development; the footer shows the build's year."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import FIXTURE_PUBLISH_SETTINGS, FIXTURE_SETTINGS, build_site, soup

# The fixture site's time zone is Asia/Amman (UTC+3): BUILD_TIME without a zone is read there.
BEFORE = datetime(2027, 3, 1, 12, 0)
ON_THE_DAY = datetime(2027, 3, 3, 9, 0)  # the scheduled article's very minute: published

LIVE = """\
Title: Pricing your first project
Date: 2026-11-02 10:00
Category: Tips
Tags: pricing
Slug: pricing

Charge for the brief too.{link}
"""
SOON = """\
Title: A launch nobody should see yet
Date: 2027-03-03 09:00
Category: Launches
Tags: pricing, launch-only
Slug: launch-day

Out in March.
"""
SITE = {"articles/pricing.md": LIVE.format(link=""), "articles/launch-day.md": SOON}


def produce(tmp_path: Path, files: dict[str, str] = SITE, **settings) -> Path:
    return build_site(tmp_path, files, FIXTURE_PUBLISH_SETTINGS, **settings)


def texts(output: Path) -> dict[str, str]:
    """Every page, feed and sitemap the site publishes (Pagefind's own bundle aside)."""
    return {
        p.relative_to(output).as_posix(): p.read_text(encoding="utf-8")
        for p in output.rglob("*")
        if p.suffix in {".html", ".xml", ".txt", ".json"} and "pagefind" not in p.parts
    }


def test_production_leaves_a_scheduled_article_out_of_everything(tmp_path):
    output = produce(tmp_path, BUILD_TIME=BEFORE)
    pages = texts(output)
    # No page of its own, no tag, category or category feed that only it would fill...
    for gone in ["launch-day", "tag/launch-only", "category/launches", "feeds/category/launches"]:
        assert not any(name.startswith(gone) for name in pages), gone
    # ...and not named on any page the search indexes, nor in the feeds, sitemap, archives,
    # the shared tag's page or the other article's related posts.
    assert [name for name, text in pages.items() if "launch nobody" in text.lower()] == []
    assert [name for name, text in pages.items() if "launch-day" in text] == []
    assert "Pricing your first project" in pages["tag/pricing/index.html"]
    assert "Pricing your first project" in pages["feeds/all.atom.xml"]


def test_on_its_day_the_article_is_published_like_any_other(tmp_path):
    pages = texts(produce(tmp_path, BUILD_TIME=ON_THE_DAY))
    assert "launch-day/index.html" in pages
    assert "launch-only" in pages["tag/launch-only/index.html"]
    for listing in [
        "index.html",
        "blog/index.html",
        "archives/index.html",
        "feeds/all.atom.xml",
        "sitemap.xml",
    ]:
        assert "launch-day" in pages[listing], listing
    assert "launch-day" in pages["pricing/index.html"]  # a related post now
    assert all("data-scheduled" not in text for text in pages.values())


def test_development_shows_a_scheduled_article_marked_on_its_page_and_cards(tmp_path):
    output = build_site(tmp_path, SITE, BUILD_TIME=BEFORE)
    (mark,) = soup(output / "launch-day/index.html").select("header [data-scheduled]")
    assert mark.get_text(" ", strip=True) == "Scheduled: goes live on 3 March 2027"
    assert mark["data-scheduled"] == "2027-03-03T09:00:00+03:00"
    assert mark.has_attr("data-pagefind-ignore")  # the search index does not read it
    for listing in ["blog/index.html", "tag/pricing/index.html", "category/launches/index.html"]:
        cards = soup(output / listing).select("article.card")
        marked = {card.h2.get_text(strip=True) for card in cards if card.select("[data-scheduled]")}
        assert marked == {"A launch nobody should see yet"}, listing
    assert not soup(output / "pricing/index.html").select("[data-scheduled]")


def test_the_footer_shows_the_builds_year_in_the_sites_time_zone(tmp_path):
    # 23:30 UTC on 31 December 2026 is already 2027 in Amman; the newest article is of 2026.
    output = produce(
        tmp_path,
        {"articles/pricing.md": LIVE.format(link="")},
        BUILD_TIME=datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
    )
    pages = [p for p in output.rglob("*.html") if soup(p).select_one("footer.site-footer")]
    assert len(pages) > 5
    for page in pages:
        assert soup(page).select_one("footer.site-footer p").get_text().startswith("© 2027 ")


LINK = "\n\nSee [the launch]({filename}launch-day.md)."


def test_a_link_to_a_scheduled_article_fails_production_naming_the_line_and_the_day(tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output/index.html").write_text("the last good site")
    files = {**SITE, "articles/pricing.md": LIVE.format(link=LINK)}
    with pytest.raises(BuildFailed) as failed:
        produce(tmp_path, files, BUILD_TIME=BEFORE)
    assert [str(p) for p in failed.value.problems] == [
        "content/articles/pricing.md:9: links to articles/launch-day.md, which is scheduled "
        "for 3 March 2027 and not on the site before then: remove the link until that day"
    ]
    assert [p.name for p in (tmp_path / "output").iterdir()] == ["index.html"]
    # In development the link works: the article is there, marked.
    dev = build_site(tmp_path / "dev", files, BUILD_TIME=BEFORE)
    assert soup(dev / "pricing/index.html").select_one(".post-body a")["href"] == "../launch-day/"


def test_a_scheduled_article_may_link_to_one_live_by_its_day_but_not_to_a_later_one(tmp_path):
    later = SOON.replace("2027-03-03", "2027-04-01").replace("launch-day", "sequel")
    earlier = SOON.replace("2027-03-03", "2027-02-01").replace("launch-day", "prequel")
    body = (
        "Out in March.\n\nSee [the prequel]({filename}prequel.md).\n\n"
        "And [the sequel]({filename}sequel.md).\n"
    )
    files = {
        **SITE,
        "articles/launch-day.md": SOON.replace("Out in March.\n", body),
        "articles/sequel.md": later.replace("Tags: pricing, launch-only", "Tags: sequel"),
        "articles/prequel.md": earlier.replace("Tags: pricing, launch-only", "Tags: prequel"),
    }
    with pytest.raises(BuildFailed) as failed:
        produce(tmp_path, files, BUILD_TIME=BEFORE)
    assert [str(p) for p in failed.value.problems] == [
        "content/articles/launch-day.md:11: links to articles/sequel.md, which is scheduled for "
        "1 April 2027, after this article goes live (3 March 2027): give this article a later "
        "date, or remove the link"
    ]


def test_a_scheduled_article_is_checked_as_if_published(tmp_path):
    # It goes live without another build by hand: not with new-post's summary, nor a draft link.
    files = {
        **SITE,
        "articles/launch-day.md": SOON.replace(
            "Slug: launch-day\n",
            "Slug: launch-day\nSummary: One or two sentences that make a reader want to click.\n",
        ).replace("Out in March.", "Out in March, see [the plan]({filename}plan.md)."),
        "articles/plan.md": SOON.replace("Slug: launch-day", "Slug: plan\nStatus: draft"),
    }
    with pytest.raises(BuildFailed) as failed:
        produce(tmp_path, files, BUILD_TIME=BEFORE)
    assert sorted(str(p) for p in failed.value.problems) == [
        "content/articles/launch-day.md:6: still has the Summary: that `invoke new-post` wrote: "
        "write your own (one or two sentences), or delete the line",
        "content/articles/launch-day.md:8: links to articles/plan.md, which is a draft "
        "(Status: draft) and is never published: publish it first, or remove the link",
    ]


def test_hidden_and_draft_articles_keep_their_rules_whatever_their_date(tmp_path):
    files = {
        **SITE,
        "articles/hidden.md": SOON.replace("Slug: launch-day", "Slug: hidden\nStatus: hidden"),
        "articles/draft.md": SOON.replace("Slug: launch-day", "Slug: draft\nStatus: draft"),
    }
    output = produce(tmp_path, files, BUILD_TIME=BEFORE)
    assert (output / "hidden/index.html").exists()  # hidden: published, unlisted, as before
    assert not (output / "drafts").exists()
    assert not soup(output / "hidden/index.html").select("[data-scheduled]")


def test_a_build_time_that_is_not_a_moment_fails_at_its_settings_line(tmp_path):
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(
        f"from pelican.settings import get_settings_from_file\n"
        f"globals().update(get_settings_from_file({str(FIXTURE_SETTINGS)!r}))\n"
        f'BUILD_TIME = "2027-03-01"\n'
    )
    (tmp_path / "output").mkdir()
    (tmp_path / "output/index.html").write_text("the last good site")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, SITE, settings)
    assert [str(p) for p in failed.value.problems] == [
        "pelicanconf.py:3: BUILD_TIME '2027-03-01' is not a date and time: write "
        "datetime(2027, 3, 1, 9, 0) (with `from datetime import datetime`), or None for the "
        "moment the build starts"
    ]
    assert [p.name for p in (tmp_path / "output").iterdir()] == ["index.html"]


def test_a_production_build_says_which_articles_it_left_out(tmp_path):
    from freelancekit.strict_build import build
    from site_kit import TEST_SITEURL, write_content

    report: dict = {}
    content = write_content(tmp_path / "content", SITE)
    overrides = {"PATH": str(content), "SITEURL": TEST_SITEURL, "BUILD_TIME": BEFORE}
    build(FIXTURE_PUBLISH_SETTINGS, tmp_path / "output", overrides=overrides, report=report)
    assert report["scheduled"] == ["articles/launch-day.md goes live on 3 March 2027 at 09:00"]
    report.clear()
    build(FIXTURE_SETTINGS, tmp_path / "dev", overrides=overrides, report=report)
    assert "scheduled" not in report  # development builds show it, marked
