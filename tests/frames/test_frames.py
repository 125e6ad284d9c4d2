"""An <iframe> in a post shows a page of this site; one from elsewhere fails the build."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frames import frame_sources, is_local
from site_kit import TEST_SITEURL, article, build_fails, build_site, soup


@pytest.mark.parametrize(
    "src",
    ["../extra/a.html", "{static}/extra/a.html", "/extra/a.html", "", f"{TEST_SITEURL}/x/"],
)
def test_paths_on_this_site_are_local(src):
    assert is_local(src, TEST_SITEURL)


@pytest.mark.parametrize(
    "src",
    [
        "https://maps.example/embed?q=1",
        "//player.example/1",
        "data:text/html,<p>hi</p>",
        " JavaScript:alert(1)",
        "https://example.com.evil.example/",
        "\\\\evil.example/",
    ],
)
def test_other_hosts_and_schemes_are_not(src):
    assert not is_local(src, TEST_SITEURL)


def test_sources_are_read_from_each_iframe_decoded():
    html = '<iframe src="a.html?x=1&amp;y=2"></iframe><IFRAME SRC=b.html></IFRAME><iframe>'
    assert frame_sources(html) == ["a.html?x=1&y=2", "b.html"]


@given(st.text())
def test_any_text_gives_a_list_of_sources(html):
    assert all(isinstance(src, str) for src in frame_sources(html))


def frame_article(src: str) -> str:
    return article(body=f'Before.\n\n<iframe src="{src}" title="A calculator"></iframe>\n')


def test_a_local_frame_is_allowed_by_the_page_policy(tmp_path):
    files = {
        "articles/a.md": frame_article("../extra/calculator.html"),
        "articles/b.md": article(slug="b", title="B"),
        "extra/calculator.html": "<!doctype html><title>Calculator</title>",
    }
    output = build_site(tmp_path, files)
    policy = soup(output / "a-tip/index.html").find("meta", attrs={"http-equiv": True})["content"]
    assert "frame-src 'self';" in policy
    other = soup(output / "b/index.html").find("meta", attrs={"http-equiv": True})["content"]
    assert "frame-src 'none';" in other


def test_a_frame_from_another_site_fails_naming_file_line_and_what_to_do(tmp_path):
    text = frame_article("https://maps.example/embed?q=stockholm")
    (problem,) = build_fails(tmp_path, {"articles/a.md": text})
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "<iframe" in row)
    assert str(problem) == (
        f"content/articles/a.md:{line}: iframe 'https://maps.example/embed?q=stockholm' cannot "
        "load: the site's Content-Security-Policy lets a page frame only this site's own "
        "files. Link to it instead (a YouTube or Vimeo address alone on a line becomes a "
        "video), or put the page under content/extra/"
    )
