"""Built articles: the "In this article" list and the copy script, where they belong."""

from __future__ import annotations

from bs4 import BeautifulSoup

from site_kit import article, build_fails, build_site, soup


def tips(*headings: str) -> str:
    return "Intro.\n\n" + "".join(f"## {heading}\n\nText.\n\n" for heading in headings)


TIPS = tips("Price the brief", "Say no early", "Send the invoice")
NUMBERED = tips("1. Price the brief", "Tip 2: Say no", "Wrapping up")
CODE = "Run this:\n\n```console\n$ pip install pelican\n```\n"


def page(tmp_path, files: dict[str, str], path: str = "a-tip/index.html") -> BeautifulSoup:
    return soup(build_site(tmp_path, files) / path)


def with_meta(meta: str, body: str) -> str:
    return article(body=body).replace("Slug: a-tip\n", f"Slug: a-tip\n{meta}\n")


def test_three_tips_get_a_numbered_list_of_deep_links_between_header_and_body(tmp_path):
    html = page(tmp_path, {"articles/a.md": article(body=TIPS)})
    nav = html.select_one("nav[data-toc]")
    assert nav.find_previous_sibling().name == "header"
    assert "post-body" in nav.find_next_sibling()["class"]
    label = html.find(id=nav["aria-labelledby"])
    assert label.get_text() == "In this article" and nav in label.parents
    links = nav.select("ol > li > a")
    assert [a.get_text() for a in links] == ["Price the brief", "Say no early", "Send the invoice"]
    for link in links:
        target = html.find(id=link["href"].removeprefix("#"))
        assert target.name == "h2" and target.get_text() == link.get_text()
    assert nav.has_attr("data-pagefind-ignore")  # search excerpts start with the text


def test_headings_the_writer_numbered_are_listed_as_written_without_a_second_number(tmp_path):
    nav = page(tmp_path, {"articles/a.md": article(body=NUMBERED)}).select_one("nav[data-toc]")
    assert not nav.find("ol")
    assert [a.get_text() for a in nav.select("ul > li > a")] == [
        "1. Price the brief",
        "Tip 2: Say no",
        "Wrapping up",
    ]


def test_two_tips_get_no_list_unless_toc_on(tmp_path):
    two = "## Rates\n\nText.\n\n## Terms\n\nText.\n"
    files = {
        "articles/a.md": article(body=two),
        "articles/b.md": with_meta("Toc: on", two).replace("a-tip", "b-tip"),
    }
    output = build_site(tmp_path, files)
    assert not soup(output / "a-tip/index.html").select("nav[data-toc]")
    assert len(soup(output / "b-tip/index.html").select("nav[data-toc] li")) == 2


def test_toc_off_leaves_the_list_out(tmp_path):
    html = page(tmp_path, {"articles/a.md": with_meta("Toc: off", TIPS)})
    assert not html.select("nav[data-toc]")


def test_pages_get_no_list(tmp_path):
    files = {"pages/rates.md": f"Title: Rates\n\n{TIPS}"}
    assert not page(tmp_path, files, "rates/index.html").select("nav[data-toc]")


def test_an_unknown_toc_value_fails_naming_the_file_line_and_values(tmp_path):
    text = with_meta("Toc: maybe", TIPS)
    (problem,) = build_fails(tmp_path, {"articles/a.md": text})
    assert problem.file.endswith("articles/a.md")
    assert problem.line == text.splitlines().index("Toc: maybe") + 1
    assert problem.message.startswith("Toc: 'maybe' is not 'on' or 'off': write Toc: off")


def test_toc_on_without_any_heading_fails_saying_what_to_do(tmp_path):
    (problem,) = build_fails(tmp_path, {"articles/a.md": with_meta("Toc: on", "Just words.")})
    assert problem.file.endswith("articles/a.md")
    assert "no ## headings to list: add ## headings, or remove Toc: on" in problem.message


def test_a_heading_written_in_html_gets_an_id_and_a_link(tmp_path):
    body = TIPS + "\n<h2>Rates &amp; terms</h2>\n\nText.\n"
    html = page(tmp_path, {"articles/a.md": article(body=body)})
    link = html.select("nav[data-toc] a")[-1]
    assert link.get_text() == "Rates & terms" and link["href"] == "#rates-terms"
    assert html.select_one("h2#rates-terms").get_text() == "Rates & terms"


def test_hostile_heading_text_is_shown_once_escaped_never_as_markup(tmp_path):
    hostile = [
        '`<img src=x onerror=alert(1)>` & "co"',
        "*Tip* <b>bold</b> [link](https://example.com/?a=1&b=2)",
        "مرحبا: كيف تسعّر عملك",
    ]
    body = "".join(f"## {text}\n\nText.\n\n" for text in hostile)
    html = page(tmp_path, {"articles/a.md": article(body=body)})
    nav = html.select_one("nav[data-toc]")
    shown = [h.get_text() for h in html.select(".post-body h2")]
    assert [a.get_text() for a in nav.select("a")] == shown
    assert shown[0] == "<img src=x onerror=alert(1)> & “co”"
    assert not nav.select("img, b, em, code") and "&amp;amp;" not in str(nav)


def test_the_copy_script_loads_only_where_there_is_highlighted_code(tmp_path):
    files = {
        "articles/a.md": article(body=CODE),
        "articles/b.md": article(slug="b-tip", body="No code, just `inline` words."),
        "pages/setup.md": f"Title: Setup\n\n{CODE}",
    }
    output = build_site(tmp_path, files)
    script = 'script[src$="/js/copy-code.js"]'
    assert soup(output / "a-tip/index.html").select(script)
    assert soup(output / "setup/index.html").select(script)
    assert not soup(output / "b-tip/index.html").select(script)
    assert not soup(output / "a-tip/index.html").select("button.code-copy")  # the script adds them


def test_toc_off_in_yaml_front_matter_leaves_the_list_out(tmp_path):
    text = f"---\ntitle: A tip\ndate: 2026-01-02 10:00\nslug: a-tip\ntoc: off\n---\n{TIPS}"
    assert not page(tmp_path, {"articles/a.md": text}).select("nav[data-toc]")
