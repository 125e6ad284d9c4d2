"""The standard validator over every page of the built site."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import VNU, dumps, require

pytestmark = pytest.mark.browser


def test_nu_html_checker_finds_no_error_on_any_page(site):
    require(VNU, "run `npm ci` in the project folder (installs vnu-jar)")
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing: install a JRE (apt-get install default-jre-headless)")
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 10
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
            "file": m.get("url", "").rsplit(str(site.output), 1)[-1],
            "line": m.get("lastLine"),
            "message": m["message"],
        }
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]
    assert errors == [], dumps(errors)
    assert result.returncode == 0
