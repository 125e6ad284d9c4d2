"""The standard validator over every page of the built site."""

from __future__ import annotations

import pytest

from conftest import dumps, nu_errors
from listing_articles import listing_articles
from site_kit import build_site

pytestmark = pytest.mark.browser


def test_nu_html_checker_finds_no_error_on_any_page(site):
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 10
    errors = nu_errors(site.output, pages)
    assert errors == [], dumps(errors)


def test_listings_of_articles_that_start_with_the_same_headings_are_valid(tmp_path):
    # Before cards shortened summaries themselves, these pages had 15 errors:
    # duplicate ids (header-one, blockquotes), h6 after h1, an <a name> without href.
    output = build_site(tmp_path, listing_articles())
    listings = ["index.html", "page/2/index.html", "tag/one/index.html", "category/tips/index.html"]
    errors = nu_errors(output, [output / page for page in listings])
    assert errors == [], dumps(errors)
