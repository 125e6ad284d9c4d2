"""The dev server's rebuild after an edit (DevSite: incremental pages, search index
refreshed after) leaves output/ exactly as a clean build writes it."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from freelancekit.strict_build import DevSite, build
from site_kit import FIXTURE, FIXTURE_SETTINGS, ROOT
from site_writer import MEMORIES

SETTINGS = FIXTURE_SETTINGS


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def dev(tmp_path):
    """A warm dev server on a copy of the fixture content, built once."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE / "content", content)
    overrides = {
        "PATH": str(content),
        "SITEURL": "https://example.com",
        "CACHE_PATH": str(tmp_path / "cache"),
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "GZIP_CACHE": False,
        "IMAGE_CACHE_PATH": str(tmp_path / "images"),
    }
    site = DevSite(SETTINGS, tmp_path / "live", overrides)
    site.rebuild()
    site.wait_for_search()
    site.content = content
    return site


def rebuild(site: DevSite) -> None:
    site.rebuild()
    site.wait_for_search()


def assert_same_as_clean_build(site: DevSite, tmp_path: Path) -> None:
    clean = {
        "PATH": str(site.content),
        "SITEURL": "https://example.com",
        "CACHE_PATH": str(tmp_path / "no-cache"),
        "IMAGE_CACHE_PATH": str(tmp_path / "images"),
        "BUILD_TIME": site.overrides.get("BUILD_TIME"),
    }
    build(SETTINGS, tmp_path / "clean", overrides=clean)
    live, fresh = tree(site.output), tree(tmp_path / "clean")
    assert sorted(live) == sorted(fresh)
    assert [path for path in fresh if live[path] != fresh[path]] == []
    folders = {p.relative_to(site.output) for p in site.output.rglob("*") if p.is_dir()}
    assert folders == {
        p.relative_to(tmp_path / "clean") for p in (tmp_path / "clean").rglob("*") if p.is_dir()
    }


def rendered(site: DevSite) -> int:
    return MEMORIES[str(site.output)].rendered


def test_title_tag_and_date_edit_rebuilds_exactly_like_a_clean_build(dev, tmp_path):
    article = dev.content / "articles/pricing-freelance-writing.md"
    text = article.read_text()
    text = text.replace("Title: Six ways", "Title: Seven ways", 1)
    text = text.replace("Tags: pricing, clients, contracts", "Tags: pricing, clients, invoices", 1)
    text = text.replace("Date: 2025-07-03 16:20", "Date: 2026-11-01 07:00", 1)
    article.write_text(text)
    rebuild(dev)

    assert_same_as_clean_build(dev, tmp_path)
    index = (dev.output / "index.html").read_text()
    assert "Seven ways to price writing work" in index  # the edit did reach the listings
    assert (dev.output / "tag/invoices/index.html").exists()


def test_search_index_follows_the_edit(dev):
    article = dev.content / "articles/pricing-freelance-writing.md"
    article.write_text(article.read_text().replace("Title: Six ways", "Title: Zanzibar ways", 1))
    rebuild(dev)
    fragments = b"".join(p.read_bytes() for p in (dev.output / "pagefind/fragment").iterdir())
    assert fragments  # the refreshed bundle is in place
    assert not (dev.output / "pagefind.next").exists()


def test_a_body_edit_renders_only_the_pages_that_show_it(dev, tmp_path):
    total = len([p for p in tree(dev.output) if p.endswith((".html", ".xml"))])
    article = dev.content / "articles/editing-outsourced-drafts.md"
    article.write_text(article.read_text() + "\nOne more sentence, added in the editor.\n")
    rebuild(dev)
    assert 0 < rendered(dev) < total / 2
    assert "One more sentence" in (dev.output / "editing-outsourced-drafts/index.html").read_text()
    assert_same_as_clean_build(dev, tmp_path)


def test_a_title_edit_renders_only_the_pages_that_show_it(dev, tmp_path):
    """A new title draws a new social card: the card's state lives in the build's
    settings (_SOCIAL_CARDS), which must not make every page look changed."""
    total = len([p for p in tree(dev.output) if p.endswith((".html", ".xml"))])
    article = dev.content / "articles/editing-outsourced-drafts.md"
    text = article.read_text()
    assert "\nTitle: " in "\n" + text
    article.write_text(text.replace("Title: ", "Title: Edited: ", 1))
    rebuild(dev)
    assert 0 < rendered(dev) < total / 2
    assert "Edited: " in (dev.output / "editing-outsourced-drafts/index.html").read_text()
    assert_same_as_clean_build(dev, tmp_path)


def test_a_save_without_changes_renders_nothing(dev):
    before = tree(dev.output)
    rebuild(dev)
    assert rendered(dev) == 0
    assert tree(dev.output) == before


def test_deleting_an_article_and_renaming_a_page_rebuild_exactly(dev, tmp_path):
    (dev.content / "articles/briefing-creative-freelancers.md").unlink()
    about = dev.content / "pages/about.md"
    about.write_text(about.read_text().replace("Title: About", "Title: About me", 1))
    rebuild(dev)
    assert not (dev.output / "briefing-creative-freelancers").exists()
    assert_same_as_clean_build(dev, tmp_path)


ARTICLE = "Title: {title}\nDate: {date}\nTags: {tag}\nSlug: {slug}\n\n{body}\n"


def test_a_new_slug_reaches_the_articles_that_link_to_it(dev, tmp_path):
    # Two articles with nothing in common (no tag, years apart) but a {filename} link.
    articles = dev.content / "articles"
    (articles / "far-link.md").write_text(
        ARTICLE.format(
            title="An old note",
            date="2019-01-01",
            tag="archive",
            slug="old-note",
            body="See [the newer note]({filename}far-target.md).",
        )
    )
    target = articles / "far-target.md"
    target.write_text(
        ARTICLE.format(
            title="A newer note", date="2026-12-01", tag="news", slug="new-note", body="Hello."
        )
    )
    rebuild(dev)
    target.write_text(target.read_text().replace("Slug: new-note", "Slug: renamed-note"))
    rebuild(dev)
    assert "renamed-note/" in (dev.output / "old-note/index.html").read_text()
    assert_same_as_clean_build(dev, tmp_path)


def test_a_template_edit_rerenders_every_page(dev, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    dev.overrides["THEME"] = str(theme)
    rebuild(dev)
    footer = theme / "templates/partials/footer.html"
    footer.write_text(footer.read_text().replace("Write to", "Write to me at", 1))
    rebuild(dev)
    footers = [
        text
        for path in dev.output.rglob("*.html")
        if 'class="site-footer"' in (text := path.read_text())
    ]
    assert len(footers) > 10
    assert all("Write to me at" in text for text in footers)


def test_a_build_by_another_process_in_between_is_not_trusted(dev, tmp_path):
    # `invoke build` in another terminal swaps in a folder of its own.
    other = tmp_path / "other"
    build(SETTINGS, other, overrides={**dev.overrides, "CACHE_PATH": str(tmp_path / "c2")})
    (other / "left-by-the-other-build.txt").write_text("stale")
    shutil.rmtree(dev.output)
    other.rename(dev.output)
    article = dev.content / "articles/editing-outsourced-drafts.md"
    article.write_text(article.read_text() + "\nA late addition.\n")
    rebuild(dev)
    assert not (dev.output / "left-by-the-other-build.txt").exists()
    assert_same_as_clean_build(dev, tmp_path)


def test_the_clock_passing_a_scheduled_date_and_a_new_year_reaches_every_page(dev, tmp_path):
    # Nothing is saved in between: only the build's moment moves (BUILD_TIME stands for it).
    soon = ARTICLE.format(
        title="Soon", date="2027-01-01 08:00", tag="news", slug="soon", body="Hi."
    )
    (dev.content / "articles/soon.md").write_text(soon)
    dev.overrides["BUILD_TIME"] = datetime(2026, 12, 31, 23, 0)
    rebuild(dev)
    assert 'data-scheduled="2027-01-01T08:00:00+03:00"' in (dev.output / "index.html").read_text()
    assert "&copy; 2026 " in (dev.output / "about/index.html").read_text()
    dev.overrides["BUILD_TIME"] = datetime(2027, 1, 1, 8, 0)
    rebuild(dev)
    assert "data-scheduled" not in (dev.output / "soon/index.html").read_text()
    assert "&copy; 2027 " in (dev.output / "about/index.html").read_text()
    assert_same_as_clean_build(dev, tmp_path)


def test_pinning_a_post_and_renaming_a_series_part_rebuild_exactly(dev, tmp_path):
    pinned = dev.content / "articles/pricing-freelance-writing.md"
    pinned.write_text(pinned.read_text().replace("Pinned: yes", "Pinned: no", 1))
    newer = dev.content / "articles/working-across-time-zones.md"
    newer.write_text(newer.read_text().replace("Slug:", "Pinned: yes\nSlug:", 1))
    part = dev.content / "articles/briefing-creative-freelancers.md"
    part.write_text(part.read_text().replace("Title: Five lessons", "Title: Six lessons", 1))
    rebuild(dev)
    other_part = (dev.output / "editing-outsourced-drafts/index.html").read_text()
    assert "Six lessons from briefing" in other_part  # in its series box
    assert_same_as_clean_build(dev, tmp_path)
