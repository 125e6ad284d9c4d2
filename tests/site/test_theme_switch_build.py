"""The reader's colour scheme: theme.js in every page's head before the stylesheet,
the header's switch, one set of colour tokens for both schemes, the CSP as strict.

What the switch does in a browser: tests/browser/test_theme_switch.py.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from test_stylesheet import CSS, STYLESHEETS, rules

from freelancekit.site_pages import html_pages

STYLESHEET = CSS / "site.css"  # the tokens, on every page
THEME_JS = CSS.parent / "js/theme.js"
# One of each page type the kit writes (the redirect stubs for old links aside).
PAGE_TYPES = [
    "index.html",
    "blog/index.html",
    "brief-before-you-outsource/index.html",
    "about/index.html",
    "archives/index.html",
    "categories/index.html",
    "category/outsourcing-articles/index.html",
    "tags/index.html",
    "tag/pricing/index.html",
    "portfolio/index.html",
    "portfolio/service/editing/index.html",
    "portfolio/api-documentation-for-a-brazilian-fintech/index.html",
    "services/index.html",
    "testimonials/index.html",
    "hire-me/index.html",
    "search/index.html",
    "404.html",
]
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")


@pytest.fixture(scope="module")
def pages(fixture_site) -> dict[Path, object]:
    return {
        path: page
        for path, page in html_pages(fixture_site).items()
        if not page.find("meta", attrs={"http-equiv": "refresh"})
    }


def test_fixture_has_every_page_type(fixture_site, pages):
    assert {fixture_site / name for name in PAGE_TYPES} <= set(pages)


def test_every_page_loads_theme_js_in_its_head_before_the_stylesheet(fixture_site, pages):
    for path, page in pages.items():
        head = list(page.head.find_all(True))
        (script,) = [t for t in head if t.name == "script" and "theme.js" in t.get("src", "")]
        # Render-blocking: no defer, async or module, or first paint would not have it.
        assert not {"defer", "async", "type"} & set(script.attrs), path
        assert not script.string, path
        stylesheet = page.head.find("link", rel="stylesheet")
        scheme = page.head.find("meta", attrs={"name": "color-scheme"})
        assert head.index(scheme) < head.index(script) < head.index(stylesheet), path
        assert (path.parent / script["src"]).resolve() == fixture_site / "theme/js/theme.js"


def test_every_page_has_one_switch_in_its_header_hidden_until_the_script_runs(pages):
    for path, page in pages.items():
        (button,) = page.select("button[data-theme-toggle]")
        assert button.find_parent("header", class_="site-header"), path
        assert button.has_attr("hidden") and button["type"] == "button", path


def test_the_policy_stays_strict_no_inline_script_hash_or_nonce(fixture_site, pages):
    for path, page in pages.items():
        inline = [
            s for s in page.find_all("script", src=False) if s.get("type") != "application/ld+json"
        ]
        assert inline == [], path
        assert not page.find_all(style=True) and not page.find("style"), path
        policy = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert "'unsafe-inline'" not in directives["script-src"], path
        assert not re.search(r"'(sha\d+|nonce)-", policy), path
    article = pages[fixture_site / "brief-before-you-outsource/index.html"]
    policy = article.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "script-src 'self';" in policy and "style-src 'self';" in policy


def root_declarations(css: str) -> dict[str, str]:
    (root,) = [declared for _, selector, declared in rules(css) if selector == ":root"]
    return dict(root)


def test_each_colour_token_holds_both_schemes_in_one_declaration():
    css = STYLESHEET.read_text(encoding="utf-8")
    tokens = root_declarations(css)
    coloured = {name: value for name, value in tokens.items() if COLOUR.search(value)}
    both = re.compile(r"light-dark\((#[0-9a-fA-F]{3,8}), (#[0-9a-fA-F]{3,8})\)")
    one_way = {n: v for n, v in coloured.items() if not both.fullmatch(v) and n != "--shadow"}
    assert len(coloured) > 10 and one_way == {}
    # No second block of dark tokens behind a media query: the choice could not reach it.
    assert not any("prefers-color-scheme" in path.read_text() for path in STYLESHEETS)
    assert tokens["color-scheme"] == "light dark"


def test_the_readers_choice_sets_the_scheme_that_light_dark_reads():
    chosen = {
        selector: dict(declared)
        for _, selector, declared in rules(STYLESHEET.read_text(encoding="utf-8"))
        if selector.startswith(":root[data-theme")
    }
    assert chosen == {
        ':root[data-theme="light"]': {"color-scheme": "light"},
        ':root[data-theme="dark"]': {"color-scheme": "dark"},
    }


def test_theme_js_stays_tiny_it_is_on_every_page():
    data = THEME_JS.read_bytes()
    assert len(gzip.compress(data, 9)) <= 512, len(gzip.compress(data, 9))
    # Nothing the page's policy would refuse: no eval, no inline handlers, no styles.
    assert not re.search(rb"\beval\(|new Function|innerHTML|\.style\b|setAttribute\(.on", data)
