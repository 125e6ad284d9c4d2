"""Imported content builds strictly, with its images downloaded and its old links kept."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest
from PIL import Image

from freelancekit.wordpress_import import import_wordpress
from site_kit import build_site, invoke, soup

FIXTURE = Path(__file__).parent / "fixtures/blog.xml"
OLD = "https://ashaold.files.wordpress.com"


@pytest.fixture
def old_blog(tmp_path):
    """The old blog's image host, on 127.0.0.1."""
    root = tmp_path / "old-blog"
    (root / "2019/05").mkdir(parents=True)
    for name in ("desk.jpg", "coffee.jpg"):
        Image.effect_noise((1600, 1000), 50).convert("RGB").save(root / "2019/05" / name)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_imported_blog_builds_strictly_with_downloads_and_redirects(tmp_path, old_blog):
    export = tmp_path / "export.xml"
    text = FIXTURE.read_text().replace(OLD, old_blog)
    export.write_text(text.replace("https://ashaold.wordpress.com", old_blog))
    content = tmp_path / "site/content"
    content.mkdir(parents=True)
    summary = import_wordpress(export, content, download=True)
    assert summary.downloaded == 2 and not summary.not_carried
    assert len(list((content / "images/wp").iterdir())) == 2
    assert OLD not in (content / "articles/writers-abroad.md").read_text()

    output = build_site(tmp_path / "site", None, PATH=str(content))  # strict: raises on any problem
    article = soup(output / "writers-abroad/index.html")
    assert article.select_one("[data-quote]")["data-quote"].startswith(
        "3.75 million married couples"
    )
    assert article.select_one("a.video-facade[data-video-id]")
    assert article.select_one("figure picture img")["alt"] == "A brief on a desk"
    assert len(article.select("#comments .comment")) == 2
    assert not (output / "notes-to-self").exists() and not (output / "an-unfinished-idea").exists()

    moved = soup(output / "2019/05/02/writers-abroad/index.html")
    target = "https://example.com/writers-abroad/"
    assert moved.find("link", rel="canonical")["href"] == target
    # Development build: readers are sent on root-relatively (any host and port).
    assert (
        moved.find("meta", attrs={"http-equiv": "refresh"})["content"] == "0; url=/writers-abroad/"
    )
    freelancing = soup(output / "category/freelancing/index.html")
    assert (
        freelancing.find("link", rel="canonical")["href"] == "https://example.com/tag/freelancing/"
    )
    assert (
        "This page has moved"
        not in (output / "category/outsourcing-articles/index.html").read_text()
    )
    ids = json.loads((output / "redirects/ids.json").read_text())
    assert ids == {"101": "/writers-abroad/", "104": "/services/"}
    assert soup(output / "index.html").find("script", src=lambda s: s and "old-links.js" in s)


def test_import_task_prints_a_summary(project):
    result = invoke(project, "import-wordpress", str(FIXTURE))
    assert result.returncode == 0, result.stderr
    assert "Imported 3 posts and 1 page (2 as drafts), 2 comments, 7 redirects." in result.stdout
    assert "Shortcodes not converted: 1." in result.stdout
    assert (project / "content/articles/writers-abroad.md").exists()


def test_import_task_refuses_a_truncated_file_and_writes_nothing(project, tmp_path):
    truncated = tmp_path / "export.xml"
    truncated.write_text(FIXTURE.read_text()[:2000])
    before = sorted(p.relative_to(project) for p in (project / "content").rglob("*"))
    result = invoke(project, "import-wordpress", str(truncated))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is not well-formed XML" in result.stderr and "nothing was written" in result.stderr
    assert sorted(p.relative_to(project) for p in (project / "content").rglob("*")) == before
