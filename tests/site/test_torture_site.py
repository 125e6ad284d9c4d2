"""The content torture site (tests/torture_site) builds in production and holds every case.

The browser suite (tests/browser/test_torture.py) looks at it; this checks that
what it looks at is really there, so that a change to the fixture cannot quietly
take a case away.
"""

from __future__ import annotations

import pytest
from test_pages_css import unstyled

from freelancekit.site_pages import html_pages
from site_kit import TORTURE_PUBLISH_SETTINGS, build_site


@pytest.fixture(scope="module")
def torture(tmp_path_factory):
    output = build_site(tmp_path_factory.mktemp("torture"), settings_file=TORTURE_PUBLISH_SETTINGS)
    return {path.relative_to(output).as_posix(): page for path, page in html_pages(output).items()}


def body(torture, name: str):
    return torture[f"{name}/index.html"].select_one(".prose")


def test_the_site_has_25_pages_out_of_the_menu_and_one_post_has_50_tags(torture):
    pages = [p for p in torture if p.count("/") == 1 and p.endswith("/index.html")]
    assert len(pages) >= 25
    assert len(torture["index.html"].select(".site-nav li")) <= 5  # MENU's default, not every page
    assert len(torture["fifty-tags/index.html"].select(".tag-list li")) == 50


def test_lists_nest_12_levels_and_every_heading_level_is_in_a_body(torture):
    for kind in ["ul", "ol"]:
        deepest = body(torture, "twelve-levels-deep").select_one(" ".join([kind] * 12))
        assert deepest is not None, kind
    levels = {h.name for h in body(torture, "every-element").find_all(True) if h.name[0] == "h"}
    assert levels >= {"h1", "h2", "h3", "h4", "h5", "h6", "hr"}


def test_every_table_scrolls_in_a_named_box(torture):
    tables = [t for page in torture.values() for t in page.select(".prose table")]
    assert len(tables) >= 7
    for table in tables:
        box = table.find_parent(class_="table-scroll")
        assert box and box["aria-label"] and box["tabindex"] == "0", table.get_text()[:40]


def test_images_keep_their_wordpress_alignment_and_size(torture):
    images = body(torture, "images-every-size").select("img[class]")
    classes = {c for img in images for c in img["class"]}
    assert {"alignleft", "alignright", "aligncenter", "alignnone"} <= classes
    assert {"size-thumbnail", "size-medium", "size-large", "size-full"} <= classes


def test_only_the_page_with_a_local_frame_may_frame_this_site(torture):
    policies = {
        name: meta["content"]
        for name, page in torture.items()
        if (meta := page.find("meta", attrs={"http-equiv": "Content-Security-Policy"}))
    }
    assert len(policies) > 40
    framing = {name for name, policy in policies.items() if "frame-src 'self'" in policy}
    assert framing == {"images-every-size/index.html"}


def test_right_to_left_and_cjk_paragraphs_are_marked(torture):
    langs = {p.get("lang") for p in body(torture, "five-scripts").select("[lang]")}
    assert {"ar", "he", "el", "zh", "ja", "ko"} <= langs
    assert body(torture, "five-scripts").select('[dir="rtl"]')


def test_code_keeps_its_300_character_lines(torture):
    blocks = body(torture, "wide-tables-and-code").select("pre")
    longest = [max(map(len, pre.get_text().splitlines())) for pre in blocks]
    assert sum(length >= 300 for length in longest) >= 2, longest  # Python and a log


def test_every_page_with_wordpress_markup_loads_the_stylesheet_that_styles_it(torture):
    """Galleries, alignments, image sizes, columns and verse are styled in pages.css:
    each torture page that holds one loads it; a plain one does not."""
    missing, loaded = unstyled(torture)
    assert missing == {}
    galleries = {name for name, page in torture.items() if page.select(".prose .wp-block-gallery")}
    articles = {
        n for n, p in torture.items() if p.find("meta", property="og:type", content="article")
    }
    assert galleries and galleries <= loaded
    assert articles - loaded  # and posts with none of it do without
