"""A cached rebuild after an edit (the livereload path) writes what a clean build writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from site_kit import ROOT
from strict_build import build

SETTINGS = ROOT / "pelicanconf.py"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_title_tag_and_date_edit_rebuilds_exactly_like_a_clean_build(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cached = {
        "PATH": str(content),
        "SITEURL": "https://example.com",
        "CACHE_PATH": str(tmp_path / "cache"),
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "IMAGE_CACHE_PATH": str(tmp_path / "images"),
    }
    build(SETTINGS, tmp_path / "live", overrides=cached)
    article = content / "articles/pricing-freelance-writing.md"
    text = article.read_text()
    text = text.replace("Title: Six ways", "Title: Seven ways", 1)
    text = text.replace("Tags: pricing, clients, contracts", "Tags: pricing, clients, invoices", 1)
    text = text.replace("Date: 2025-07-03 16:20", "Date: 2026-11-01 07:00", 1)
    article.write_text(text)
    build(SETTINGS, tmp_path / "live", overrides=cached)  # the livereload path: cache on

    clean = {k: v for k, v in cached.items() if k not in {"CACHE_CONTENT", "LOAD_CONTENT_CACHE"}}
    clean["CACHE_PATH"] = str(tmp_path / "no-cache")
    build(SETTINGS, tmp_path / "clean", overrides=clean)

    live, fresh = tree(tmp_path / "live"), tree(tmp_path / "clean")
    assert sorted(live) == sorted(fresh)
    different = [path for path in fresh if live[path] != fresh[path]]
    assert different == []
    index = (tmp_path / "live/index.html").read_text()
    assert "Seven ways to price writing work" in index  # the edit did reach the listings
    assert (tmp_path / "live/tag/invoices/index.html").exists()
