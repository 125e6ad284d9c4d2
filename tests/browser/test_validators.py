"""The standard validator over every page of the built site."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import VNU, dumps, require
from listing_articles import listing_articles
from site_kit import build_site

pytestmark = pytest.mark.browser


def nu_errors(pages: list[Path], root: Path) -> list[dict]:
    """The Nu HTML Checker's errors on `pages`, each with its file (under `root`) and line."""
    require(VNU, "run `npm ci` in the project folder (installs vnu-jar)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install a JRE (apt-get install default-jre-headless)")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        {
            "file": m.get("url", "").rsplit(str(root), 1)[-1],
            "line": m.get("lastLine"),
            "message": m["message"],
        }
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    assert errors or result.returncode == 0, result.stderr[-500:]
    return errors


def test_nu_html_checker_finds_no_error_on_any_page(site):
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 10
    errors = nu_errors(pages, site.output)
    assert errors == [], dumps(errors)


def test_listings_of_articles_that_start_with_the_same_headings_are_valid(tmp_path):
    # Before cards shortened summaries themselves, these pages had 15 errors:
    # duplicate ids (header-one, blockquotes), h6 after h1, an <a name> without href.
    output = build_site(tmp_path, listing_articles())
    listings = ["index.html", "page/2/index.html", "tag/one/index.html", "category/tips/index.html"]
    errors = nu_errors([output / page for page in listings], output)
    assert errors == [], dumps(errors)
