"""A real blog's content as a browser sees it: WordPress's own Theme Unit Test
export (the posts and pages WordPress theme reviewers test with, not written by
us), imported offline and built with the kit's theme.

Every article and page, and the first listing pages: no sideways scroll at
320 px, no console error or failed request. A sample of the pages that hold the
most kinds of markup: axe-clean at 360 and 1280 px, light and dark. Every page
the build wrote: no Nu checker error.
"""

from __future__ import annotations

import re

import pytest

from browser_helpers import overflowing
from conftest import dumps, every_way, nu_errors, served_site, trips
from site_kit import REAL_EXPORTS, import_offline

pytestmark = pytest.mark.browser

EXPORT = REAL_EXPORTS / "themeunittestdata.wordpress.xml"
PROSE = re.compile(r'class="[^"]*\bprose\b')
# The Theme Unit Test's posts and pages with the most kinds of markup in them.
SAMPLE = [
    "",  # the home page: cards of imported summaries
    "markup-html-tags-and-formatting/",
    "markup-image-alignment/",
    "markup-text-alignment/",
    "markup-title-with-markup/",
    "title-with-special-characters/",
    "title-should-not-overflow-the-content-area/",
    "post-format-gallery/",
    "template-comments/",
    "edge-case-many-tags/",
    "edge-case-nested-and-mixed-lists/",
    "blocks-formatting/",
    "επίπεδο-2/",  # a page with a Greek address
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real-wordpress")
    content = folder / "content"
    summary = import_offline(EXPORT, content)
    assert (summary.posts, summary.pages) == (58, 21)
    # As a writer previews it: archived comments, no live comment embed.
    with served_site(folder, PATH=str(content), COMMENTS_IN_DEVELOPMENT=False) as served:
        yield served


def content_pages(output) -> list[str]:
    """The URL path of every article and page (they have a .prose body), and the
    first three listing pages."""
    paths = []
    for html in sorted(output.rglob("index.html")):
        rel = html.parent.relative_to(output).as_posix()
        if rel.startswith("drafts"):
            continue
        if PROSE.search(html.read_text(encoding="utf-8")) or rel in {".", "page/2", "page/3"}:
            paths.append("" if rel == "." else f"{rel}/")
    return paths


def test_the_sample_is_in_the_build(imported):
    pages = set(content_pages(imported.output))
    assert len(pages) > 70
    assert set(SAMPLE) <= pages


def test_no_page_of_a_real_blog_scrolls_sideways_on_a_320px_phone(open_page, imported):
    visit = open_page(imported.at(""), width=320)
    page, wider = visit.page, {}
    for path in content_pages(imported.output):
        page.goto(imported.at(path), wait_until="load")
        if found := [c for c in overflowing(page) if c["region"] != "header"]:
            wider[path] = found
    assert wider == {}, dumps(wider)
    # Going on to the next page cancels the icon request of the last: only answers count.
    answered = [failure for failure in visit.failed if failure[:1].isdigit()]
    assert (visit.console_errors, answered, visit.external) == ([], [], [])


@pytest.mark.parametrize("path", SAMPLE)
def test_a_real_blogs_pages_are_accessible_every_way(open_page, imported, path):
    visit = open_page(imported.at(path), width=360)
    found = every_way(visit.page, trips)
    assert found == {}, dumps(found)
    assert visit.problems() == {}


def test_every_page_of_a_real_blog_is_valid_html(imported):
    pages = sorted(imported.output.rglob("*.html"))
    assert len(pages) > 100
    errors = nu_errors(imported.output, pages)
    assert errors == [], dumps(errors[:20])
