"""Quote boxes in a built article, and the strict errors a writer sees."""

from urllib.parse import parse_qs, urlsplit

import pytest

from freelancekit.strict_build import BuildFailed, build
from site_kit import FIXTURE_SETTINGS, TEST_SITEURL, article, build_site, soup


def failing(tmp_path, body, **settings):
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(body=body)}, **settings)
    return [str(p) for p in failed.value.problems]


def test_boxes_link_to_the_article_at_the_quote(tmp_path):
    body = 'Intro.\n\n> [!TWEET]\n> First quote.\n\n[bctt tweet="Second quote."]\n'
    output = build_site(tmp_path, {"articles/a.md": article(body=body)}, X_HANDLE="me")
    page = soup(output / "a-tip/index.html")
    boxes = page.select("[data-quote]")
    assert [b["data-quote"] for b in boxes] == ["First quote.", "Second quote."]
    for box in boxes:
        query = parse_qs(urlsplit(box.select_one('[data-share="x"]')["href"]).query)
        assert query == {
            "text": [box["data-quote"]],
            "url": [f"{TEST_SITEURL}/a-tip/#{box['id']}"],
            "via": ["me"],
        }
        bluesky = parse_qs(urlsplit(box.select_one('[data-share="bluesky"]')["href"]).query)
        assert bluesky["text"] == [f"{box['data-quote']} {TEST_SITEURL}/a-tip/#{box['id']}"]
    assert page.find("script", src=lambda s: s and s.endswith("quote.js"))


def test_networks_can_be_switched_off(tmp_path):
    body = "> [!TWEET]\n> Q.\n"
    output = build_site(
        tmp_path, {"articles/a.md": article(body=body)}, QUOTE_SHARE_NETWORKS=["x", "mastodon"]
    )
    links = soup(output / "a-tip/index.html").select("[data-quote] [data-share]")
    assert [a["data-share"] for a in links] == ["x", "mastodon"]


def test_empty_box_names_file_and_line(tmp_path):
    lines = failing(tmp_path, "Text.\n\n> [!TWEET]\n>\n")
    assert lines == [
        "content/articles/a.md:9: empty [!TWEET] quote box: write the quote on the next '>' line"
    ]


def test_bad_shortcode_names_file_and_line(tmp_path):
    lines = failing(tmp_path, 'Text.\n\n[bctt tweet="Hi" colour="red"]\n')
    assert len(lines) == 1
    assert lines[0].startswith("content/articles/a.md:9: [bctt] has an unknown attribute 'colour'")


WRITE_IT_AS = 'write it as [bctt tweet="Your quote."]'
MARKER = "write '> [!TWEET]' alone on its line, then the quote on the next '>' lines"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            'Text.\n\nMore text.\n[bctt tweet="Hi" via="no"\n',
            f'content/articles/b.md:10: [bctt shortcode has no closing "]": {WRITE_IT_AS}',
        ),
        (
            'Text.\n\n[bctt tweet="Hi]\n',
            f'content/articles/b.md:9: [bctt shortcode has a " that is never closed: {WRITE_IT_AS}',
        ),
        (
            "Text.\n\n> [!TWEET Hi\n",
            f"content/articles/b.md:9: quote box marker written as '> [!TWEET Hi': {MARKER}",
        ),
    ],
)
def test_a_miswritten_box_fails_at_its_line_and_output_is_untouched(tmp_path, body, problem):
    output = build_site(tmp_path, {"articles/a.md": article()})
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/b.md": article(slug="b", body=body)})
    assert [str(p) for p in failed.value.problems] == [problem]
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before


def test_unknown_network_setting_names_the_setting(tmp_path):
    lines = failing(tmp_path, "Text.", QUOTE_SHARE_NETWORKS=["x", "myspace"])
    assert len(lines) == 1 and lines[0].startswith("pelicanconf.py:")
    assert "QUOTE_SHARE_NETWORKS ['x', 'myspace']" in lines[0]


def test_dev_build_warns_and_still_renders_the_box(tmp_path):
    content = tmp_path / "content/articles"
    content.mkdir(parents=True)
    (content / "a.md").write_text(article(body="> [!TWEET]\n> " + "long " * 80))
    problems = build(
        FIXTURE_SETTINGS,
        tmp_path / "output",
        overrides={"PATH": str(tmp_path / "content"), "SITEURL": TEST_SITEURL},
        strict=False,
    )
    assert [p.file for p in problems] == ["content/articles/a.md"] * len(problems)
    assert any("over X's 280 limit" in p.message for p in problems)
    assert soup(tmp_path / "output/a-tip/index.html").select_one("[data-quote]")
