"""`invoke check` on small hand-written output folders: what it lets through, what it names."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit import KIT_ROOT
from freelancekit.site_check import check_site, validate_html
from freelancekit.site_pages import srcset_urls, target_file

SITEURL = "https://writer.example"
VNU_JAR = KIT_ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title></feed>'
RSS = '<rss version="2.0"><channel><title>W</title></channel></rss>'
SITEMAP = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'


def page(url: str, body: str = "", head: str = "", **meta: str | None) -> str:
    """A page as the theme writes it; title=None (etc.) leaves that tag out."""
    meta = {"title": "A page", "description": "What it is about", "canonical": url, **meta}
    tags = [
        meta["title"] is not None and f"<title>{meta['title']}</title>",
        meta["description"] is not None
        and f'<meta name="description" content="{meta["description"]}">',
        meta["canonical"] is not None and f'<link rel="canonical" href="{meta["canonical"]}">',
        f'<link rel="stylesheet" href="{SITEURL}/theme/css/site.css">',
        f'<link rel="alternate" type="application/atom+xml" href="{SITEURL}/feeds/all.atom.xml">',
        f'<link rel="alternate" type="application/rss+xml" href="{SITEURL}/feeds/all.rss.xml">',
        head,
    ]
    head_html = "\n".join(tag for tag in tags if tag)
    nav = f'<a href="{SITEURL}/">Home</a> <a href="{SITEURL}/about/">About</a>'
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head_html}</head>'
        f'<body><a href="#main">Skip</a>{nav}<main id="main">{body}</main></body></html>'
    )


@pytest.fixture
def site(tmp_path) -> Path:
    """A clean production build: pages, a 404, a redirect stub, CSS, feeds, a sitemap."""
    files = {
        "index.html": page(f"{SITEURL}/", f'<img src="{SITEURL}/images/a.jpg" alt="">'),
        "about/index.html": page(f"{SITEURL}/about/", '<h2 id="rates">Rates</h2>'),
        "404.html": page(
            f"{SITEURL}/404.html",
            head=f'<base href="{SITEURL}/"><meta name="robots" content="noindex">',
            canonical=None,
        ),
        "2019/old-post/index.html": (
            f'<!doctype html><html><head><meta http-equiv="refresh" content="0; '
            f'url={SITEURL}/about/"><meta name="robots" content="noindex"></head></html>'
        ),
        "theme/css/site.css": "@font-face { src: url(../fonts/body.woff2) }",
        "theme/fonts/body.woff2": "",
        "images/a.jpg": "",
        "feeds/all.atom.xml": ATOM,
        "feeds/all.rss.xml": RSS,
        "sitemap.xml": SITEMAP.format(
            f"<url><loc>{SITEURL}/</loc></url><url><loc>{SITEURL}/about/</loc></url>"
        ),
    }
    for rel, text in files.items():
        write(tmp_path, rel, text)
    return tmp_path


def write(output: Path, rel: str, text: str) -> None:
    (output / rel).parent.mkdir(parents=True, exist_ok=True)
    (output / rel).write_text(text, encoding="utf-8")


def about(output: Path, body: str = "", head: str = "", **meta: str | None) -> None:
    write(output, "about/index.html", page(f"{SITEURL}/about/", body, head, **meta))


def test_clean_site_has_no_problems(site):
    assert check_site(site, SITEURL) == []


def test_missing_output_folder_is_one_problem_not_a_traceback(tmp_path):
    assert check_site(tmp_path / "output", SITEURL) == [
        f"{tmp_path}/output: no built site here: build the site first"
    ]


def test_dead_link_names_page_link_and_missing_file(site):
    about(site, '<a href="/hire/">Hire me</a>')
    assert check_site(site, SITEURL) == [
        "about/index.html: link to /hire/ goes nowhere (no hire/index.html in the site): "
        "fix or remove the link"
    ]


def test_link_to_a_missing_id_is_named(site):
    about(site, '<h2 id="rates">Rates</h2> <a href="#rates">ok</a> <a href="/about/#prices">x</a>')
    assert check_site(site, SITEURL) == [
        "about/index.html: link to /about/#prices goes to about/index.html, "
        'which has no element with id="prices": fix the link or add the id'
    ]


def test_missing_image_and_srcset_candidate_are_named(site):
    about(site, '<img src="../images/gone.jpg" srcset="/images/a.jpg 1x, /images/b.jpg 2x">')
    problems = check_site(site, SITEURL)
    assert len(problems) == 2
    assert problems[0].startswith("about/index.html: loads ../images/gone.jpg, which is not in")
    assert "(no images/b.jpg)" in problems[1]


def test_missing_font_in_a_stylesheet_is_named(site):
    (site / "theme/fonts/body.woff2").unlink()
    assert check_site(site, SITEURL) == [
        "theme/css/site.css: loads ../fonts/body.woff2, which is not in the site "
        "(no theme/fonts/body.woff2): add it or fix the reference"
    ]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"title": None}, "about/index.html: has no <title>"),
        ({"title": "  "}, "about/index.html: has no <title>"),
        ({"description": None}, 'about/index.html: has no <meta name="description">'),
        ({"description": ""}, 'about/index.html: has no <meta name="description">'),
        (
            {"canonical": None},
            'about/index.html: has no <link rel="canonical">: '
            f'add one with href="{SITEURL}/about/"',
        ),
        (
            {"canonical": "http://127.0.0.1:8000/about/"},
            "about/index.html: has canonical link http://127.0.0.1:8000/about/, "
            f"not its own address {SITEURL}/about/",
        ),
    ],
)
def test_missing_or_wrong_page_metadata_is_named(site, meta, expected):
    about(site, **meta)
    [problem] = check_site(site, SITEURL)
    assert problem.startswith(expected)


def test_noindex_page_needs_title_and_description_but_no_canonical(site):
    noindex = '<meta name="robots" content="noindex">'
    write(site, "404.html", page("", head=noindex, title=None, description=None, canonical=None))
    problems = check_site(site, SITEURL)
    assert [p.split(" (")[0] for p in problems] == [
        "404.html: has no <title>",
        '404.html: has no <meta name="description">',
    ]


@pytest.mark.parametrize(
    ("markup", "where"),
    [
        ('<script src="https://cdn.example.net/x.js"></script>', "body"),
        ('<img src="//cdn.example.net/x.png" alt="">', "body"),
        ('<link rel="stylesheet" href="https://fonts.example.net/f.css">', "head"),
        ('<link rel="preconnect" href="https://fonts.example.net">', "head"),
        ('<img srcset="https://cdn.example.net/x.png 2x" alt="">', "body"),
        ('<iframe src="https://cdn.example.net/embed"></iframe>', "body"),
        ("<style>body { background: url(https://cdn.example.net/bg.png) }</style>", "head"),
    ],
    ids=["script", "img", "stylesheet", "preconnect", "srcset", "iframe", "inline-style"],
)
def test_anything_loaded_from_another_host_is_named(site, markup, where):
    about(site, **{where: markup})
    [problem] = check_site(site, SITEURL)
    assert problem.startswith("about/index.html: ")
    assert "example.net" in problem and f"not from {SITEURL}: serve a copy" in problem


def test_stylesheet_importing_from_another_host_is_named(site):
    write(site, "theme/css/site.css", '@import "https://fonts.example.net/f.css";')
    assert check_site(site, SITEURL) == [
        "theme/css/site.css: loads https://fonts.example.net/f.css from "
        f"https://fonts.example.net, not from {SITEURL}: serve a copy from the site or remove it"
    ]


def test_data_urls_and_links_elsewhere_are_not_problems(site):
    about(
        site,
        '<a href="mailto:me@writer.example">Mail</a> <a href="tel:+100">Call</a> '
        '<a href="https://github.com/writer/x">Code</a> <a href="javascript:void(0)">x</a> '
        '<img src="data:image/gif;base64,R0lGOD,lhAQ" srcset="data:image/png;base64,iV,BO 2x">'
        f'<a href="{SITEURL}/about">No slash</a> <a href="#top">Top</a>',
    )
    assert check_site(site, SITEURL) == []


def test_broken_sitemap_xml_is_named(site):
    write(site, "sitemap.xml", SITEMAP.format("<url><loc>x</url>"))
    [problem] = check_site(site, SITEURL)
    assert problem.startswith("sitemap.xml: is not valid XML (mismatched tag: line 1")


def test_sitemap_entries_must_be_indexable_pages_of_this_site(site):
    locs = [f"{SITEURL}/hire/", "http://127.0.0.1:8000/", f"{SITEURL}/404.html"]
    write(site, "sitemap.xml", SITEMAP.format("".join(f"<url><loc>{u}</loc></url>" for u in locs)))
    assert check_site(site, SITEURL) == [
        f"sitemap.xml: lists {SITEURL}/hire/, but there is no hire/index.html in the site: "
        "publish it or drop it",
        "sitemap.xml: lists 'http://127.0.0.1:8000/', not under https://writer.example: "
        "check SITEURL in publishconf.py",
        f"sitemap.xml: lists {SITEURL}/404.html, which asks search engines not to index it: "
        "leave it out",
    ]


def test_broken_feed_and_missing_feed_are_named(site):
    write(site, "feeds/all.atom.xml", ATOM[:-3])
    write(site, "feeds/category/tips.atom.xml", "<html></html>")
    (site / "feeds/all.rss.xml").unlink()
    problems = check_site(site, SITEURL)
    assert problems == [
        "404.html (and 2 other pages): feed link https://writer.example/feeds/all.rss.xml goes "
        "nowhere (no feeds/all.rss.xml in the site): fix the FEED_* settings or remove the link",
        "feeds/all.atom.xml: is not valid XML (unclosed token: line 1, column 58): "
        "fix the template that writes it",
        "feeds/category/tips.atom.xml: is not a feed (its root is <html>, not Atom's <feed> or "
        "RSS's <rss>): fix the template that writes it",
    ]


def test_redirect_stub_needs_no_metadata_but_its_target_must_exist(site):
    write(
        site,
        "2019/old-post/index.html",
        f'<meta http-equiv="Refresh" content="0;URL=\'{SITEURL}/moved/\'">',
    )
    assert check_site(site, SITEURL) == [
        f"2019/old-post/index.html: redirects to {SITEURL}/moved/, which goes nowhere "
        "(no moved/index.html in the site): fix the redirect's target"
    ]


def test_one_broken_template_link_is_one_line_and_the_list_is_capped(site):
    for n in range(60):
        write(site, f"p{n}/index.html", page(f"{SITEURL}/p{n}/", f'<a href="/gone{n}/">x</a>'))
    write(site, "theme/css/site.css", "@import '/gone.css';")
    problems = check_site(site, SITEURL)
    assert len(problems) == 51
    assert problems[-1] == "... and 11 more link problems: fix those above and check again"
    assert not any(p.startswith("theme/css/site.css") for p in problems)
    about(site, '<a href="/gone0/">x</a>')
    assert check_site(site, SITEURL)[0].startswith("about/index.html (and 1 other page): link")


def test_srcset_keeps_commas_inside_data_urls():
    assert srcset_urls("a.jpg 480w, b.jpg 960w") == ["a.jpg", "b.jpg"]
    assert srcset_urls("data:x;base64,AA,BB 1x,c.jpg") == ["data:x;base64,AA,BB", "c.jpg"]


@pytest.mark.parametrize("path", ["/../etc/passwd", "/a/%2e%2e/%2E%2e/x", "/..%2f..%2fx"])
def test_target_file_refuses_paths_that_climb_out(tmp_path, path):
    assert target_file(tmp_path, SITEURL, SITEURL + path) is None


SEGMENTS = st.one_of(
    st.sampled_from(["..", ".", "%2e%2e", "%2E%2E", "%2e.", "%2f", "%5c", "", "a", "index.html"]),
    st.text(max_size=8),
)


@given(segments=st.lists(SEGMENTS, max_size=8), tail=st.sampled_from(["", "?q=..", "#.."]))
def test_target_file_never_leaves_the_output_folder(segments, tail):
    output = Path("/srv/output")
    target = target_file(output, SITEURL, f"{SITEURL}/{'/'.join(segments)}{tail}")
    if target is not None:
        assert os.path.normpath(target).startswith(f"{output}/"), target


def test_validate_html_says_what_to_install_when_java_and_jar_are_missing(tmp_path):
    problems, note = validate_html(tmp_path, None, None)
    assert problems == []
    assert "apt-get install default-jre-headless" in note and "npm ci" in note
    problems, note = validate_html(tmp_path, tmp_path / "vnu.jar", "/usr/bin/java")
    assert problems == []
    assert note == (
        "HTML not validated: the Nu Html Checker is missing (`npm ci` in the project folder)"
    )


@pytest.mark.browser
def test_validate_html_names_page_and_line_of_each_error(tmp_path):
    write(tmp_path, "index.html", page(f"{SITEURL}/"))
    write(
        tmp_path,
        "about/index.html",
        "<!doctype html>\n<html lang=en><title>x</title>\n<p><div></p>",
    )
    write(tmp_path, "feeds/all.atom.xml", ATOM)
    problems, note = validate_html(tmp_path, VNU_JAR, shutil.which("java"))
    if note:
        pytest.fail(f"{note} (or run `invoke test`, which installs them)")
    assert problems and all(p.startswith("about/index.html:3: ") for p in problems), problems


def test_json_feed_is_checked_like_the_other_feeds(site):
    link = f'<link rel="alternate" type="application/feed+json" href="{SITEURL}/feeds/all.json">'
    about(site, head=link)
    assert check_site(site, SITEURL) == [
        f"about/index.html: feed link {SITEURL}/feeds/all.json goes nowhere (no feeds/all.json "
        "in the site): fix the FEED_* settings or remove the link",
    ]
    write(site, "feeds/all.json", '{"version": "https://jsonfeed.org/version/1.1", "items": [')
    [problem] = check_site(site, SITEURL)
    assert problem.startswith("feeds/all.json: is not valid JSON (Expecting value: line 1")
    write(site, "feeds/all.json", '{"version": "https://jsonfeed.org/version/1", "items": []}')
    assert check_site(site, SITEURL) == [
        "feeds/all.json: is not a JSON Feed (no version https://jsonfeed.org/version/1.1 and "
        "items): fix what writes it",
    ]
    write(site, "feeds/all.json", '{"version": "https://jsonfeed.org/version/1.1", "items": []}')
    assert check_site(site, SITEURL) == []
