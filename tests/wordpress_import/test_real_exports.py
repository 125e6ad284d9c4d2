"""Real WordPress exports (WordPress's own test data, Pelican's fixture) import and build
strictly on the first try, offline, with nothing lost silently."""

from __future__ import annotations

import time
from pathlib import Path

import pelican
import pytest

from site_kit import FIXTURE_SETTINGS, REAL_EXPORTS, import_offline, soup

# Real exports imported and built whole.
pytestmark = pytest.mark.slow

REAL = REAL_EXPORTS
PELICAN_FIXTURE = Path(pelican.__file__).parent / "tests/content/wordpressexport.xml"


def import_and_build(tmp_path: Path, export: Path):
    from freelancekit.strict_build import build

    content = tmp_path / "content"
    started = time.perf_counter()
    summary = import_offline(export, content)
    seconds = time.perf_counter() - started
    report: dict = {}
    overrides = {"PATH": str(content), "SITEURL": "https://example.com"}
    build(FIXTURE_SETTINGS, tmp_path / "output", overrides=overrides, report=report)  # strict
    return content, tmp_path / "output", summary, seconds, report


@pytest.mark.parametrize(
    ("export", "posts", "pages"),
    [
        (REAL / "64-block-test-data.xml", 61, 1),
        (REAL / "themeunittestdata.wordpress.xml", 58, 21),
        (REAL / "theme-preview.xml", 7, 0),
        (PELICAN_FIXTURE, 11, 2),
    ],
    ids=["blocks", "theme-unit-test", "theme-preview", "pelican"],
)
def test_a_real_export_imports_and_builds_strictly(tmp_path, export, posts, pages):
    content, output, summary, _, _ = import_and_build(tmp_path, export)
    assert (summary.posts, summary.pages) == (posts, pages)
    # Every image the import could not fetch is a line of the report, and a link on the page.
    refused = {line.split()[1] for line in summary.lines() if "not downloaded (offline)" in line}
    assert {url for url, _ in summary.images} <= refused
    assert (output / "index.html").exists()
    # And `invoke check` passes on the production build: links, fragments, descriptions...
    from freelancekit.site_check import check_site
    from freelancekit.strict_build import build
    from site_kit import FIXTURE_PUBLISH_SETTINGS

    site = tmp_path / "published"
    build(FIXTURE_PUBLISH_SETTINGS, site, overrides={"PATH": str(content)})
    assert check_site(site, "https://fixture-noor-haddad.github.io") == []


def test_blocks_become_our_markup(tmp_path):
    _, output, _, _, _ = import_and_build(tmp_path, REAL / "64-block-test-data.xml")
    gallery = soup(output / "gallery/index.html")
    assert len(gallery.select("ul.gallery")) >= 3
    assert gallery.select_one("figure > ul.gallery + figcaption").get_text() == "Gallery caption"
    assert soup(output / "pullquote/index.html").select(".post-body blockquote")
    assert soup(output / "quote/index.html").select(".post-body blockquote")
    for page in ("columns", "cover", "group", "media-text"):  # layout gone, every word kept
        body = soup(output / page / "index.html").select_one(".post-body")
        assert len(body.get_text(" ", strip=True)) > 20, page
    assert soup(output / "table/index.html").select(".post-body table")
    assert soup(output / "code/index.html").select(".post-body pre")
    assert soup(output / "separator/index.html").select(".post-body hr")
    for page in ("audio", "video"):  # offline: a link to the file, never a hotlink
        body = soup(output / page / "index.html").select_one(".post-body")
        assert body.select("a[href^='https://']")
        assert not body.select("audio[src^=http], video[src^=http]")
    # Nothing of the block editor's own markup or comments survives.
    for path in output.rglob("*.html"):
        text = path.read_text()
        assert "<!-- wp:" not in text and "wp-block-" not in text, path


def test_the_theme_unit_test_keeps_protected_posts_private(tmp_path):
    content, _, summary, _, _ = import_and_build(tmp_path, REAL / "themeunittestdata.wordpress.xml")
    assert any("password-protected" in line for line in summary.lines())
    protected = [p for p in content.rglob("*.md") if "Protected" in p.read_text()[:200]]
    assert protected and all("Status: draft" in p.read_text() for p in protected)
