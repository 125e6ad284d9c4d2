"""pages.css on an article or page only when its content needs it."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from page_styles import content_classes, only_in, selector_classes
from site_kit import article, build_site


def test_selector_classes_are_those_of_selectors_not_of_numbers_or_comments():
    css = (
        "/* .not-this */ .a, .b > p:is(.c) { margin: .5em; }\n"
        "@media (min-width: 30rem) { .d .e { width: 1.5rem; } }\n"
        ".f::before { content: 'x'; }"
    )
    assert selector_classes(css) == {"a", "b", "c", "d", "e", "f"}


def test_only_in_is_what_the_extra_sheet_styles_alone():
    assert only_in(".a{} .b{} .c .d{}", ".b{} .d{}") == {"a", "c"}


def test_content_classes_read_every_way_html_quotes_an_attribute():
    html = '<p class="a b">x</p><img class=\'c\' src=x><div class=d>y</div><p data-class="no">'
    assert content_classes(html) == {"a", "b", "c", "d"}


@given(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True), min_size=1, max_size=5))
def test_any_class_list_is_read_back(names):
    assert content_classes(f'<div class="{" ".join(names)}"></div>') == set(names)


def loads_pages_css(output, path) -> bool:
    page = BeautifulSoup((output / path).read_text(encoding="utf-8"), "html.parser")
    return bool(page.select('link[rel=stylesheet][href$="/css/pages.css"]'))


def test_a_markdown_post_does_not_load_pages_css_and_wordpress_markup_or_a_map_does(tmp_path):
    files = {
        "articles/plain.md": article(
            slug="plain", title="Plain", body="Words, a [link](https://example.org)."
        ),
        "articles/gallery.md": article(
            slug="gallery",
            title="Gallery",
            body='<ul class="wp-block-gallery"><li>One</li><li>Two</li></ul>\n\nWords.',
        ),
        "articles/floated.md": article(
            slug="floated",
            title="Floated",
            body="<p class='alignright'>Beside the text.</p>\n\nWords.",
        ),
        "articles/mapped.md": article(
            slug="mapped", title="Mapped", body="Clients:\n\n[WORLDMAP]\n"
        ),
    }
    output = build_site(tmp_path, files, CLIENT_COUNTRIES=["India"])
    assert not loads_pages_css(output, "plain/index.html")
    assert loads_pages_css(output, "gallery/index.html")
    assert loads_pages_css(output, "floated/index.html")
    assert loads_pages_css(output, "mapped/index.html")
