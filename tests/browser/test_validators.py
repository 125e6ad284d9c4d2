"""The standard validator over every page of the built site."""

from __future__ import annotations

import pytest

from conftest import dumps, nu_errors

pytestmark = pytest.mark.browser


def test_nu_html_checker_finds_no_error_on_any_page(site):
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 10
    errors = nu_errors(site.output, pages)
    assert errors == [], dumps(errors)
