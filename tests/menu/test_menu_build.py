"""The header built from MENU (or the kit's default); a bad MENU fails at its line."""

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import FIXTURE_SETTINGS, article, build_fails, build_site, soup

PAGES = {
    "pages/about.md": "Title: About me\nSlug: about\n\nWho I am.\n",
    "pages/hire-me.md": "Title: Hire me\nSlug: hire-me\nTemplate: hire\n\nWhat I do.\n",
    "pages/colophon.md": "Title: Colophon\nSlug: colophon\n\nHow this site is made.\n",
    "articles/a.md": article(),
}


def header(page) -> list[tuple[str, str, str | None]]:
    """(label, href, aria-current) of every link in the header after the site's name."""
    links = page.select(".site-header .site-nav a, .site-header .nav-cta")
    return [(a.get_text(), a["href"], a.get("aria-current")) for a in links]


def test_the_fixture_site_has_the_default_menu_and_its_name_once(fixture_site):
    home = soup(fixture_site / "index.html")
    assert header(home) == [
        ("Portfolio", "./portfolio/", None),
        ("Writing", "./blog/", None),
        ("About", "./about/", None),
        ("Search", "./search/", None),
        ("Hire me", "./hire-me/", None),
    ]
    assert home.select_one(".site-header .nav-cta").get_text() == "Hire me"
    (h1,) = home.find_all("h1")
    assert h1.get_text() == "Noor Haddad" and h1.find_parent("header", class_="site-header")
    assert h1.a["aria-current"] == "page"
    assert "Noor Haddad" not in home.select_one(".home-lead").get_text()  # not twice on top
    assert home.select_one("main .home-lead").get_text().startswith("I edit and write for")


@pytest.mark.parametrize(
    ("page", "current"),
    [
        ("about/index.html", "About"),
        ("blog/index.html", "Writing"),
        ("search/index.html", "Search"),
        ("hire-me/index.html", "Hire me"),
        ("portfolio/index.html", "Portfolio"),
    ],
)
def test_the_current_page_is_marked_in_the_menu(fixture_site, page, current):
    built = soup(fixture_site / page)
    assert [label for label, _, mark in header(built) if mark == "page"] == [current]
    assert built.select_one(".site-header p.site-title a").get("aria-current") is None
    assert len(built.find_all("h1")) == 1 and not built.select(".site-header h1")


def test_every_page_is_no_longer_listed(tmp_path):
    extra = {f"pages/p{n:02}.md": f"Title: Page {n}\nSlug: p{n:02}\n\nWords.\n" for n in range(25)}
    output = build_site(tmp_path, {**PAGES, **extra})
    labels = [label for label, _, _ in header(soup(output / "index.html"))]
    assert labels == ["Writing", "About me", "Search", "Hire me"]


def test_menu_sets_labels_order_and_targets(tmp_path):
    menu = [
        ("Hire me", "pages/hire-me.md"),
        ("How it is made", "{filename}pages/colophon.md"),
        ("All posts", "/archives/"),
        ("Feed", "/feeds/all.atom.xml"),
        ("LinkedIn", "https://www.linkedin.com/in/someone"),
        ("A tip", "articles/a.md"),
        ("Me", "/about/"),
    ]
    output = build_site(tmp_path, PAGES, MENU=menu)
    page = soup(output / "colophon/index.html")
    assert header(page) == [
        ("How it is made", "../colophon/", "page"),
        ("All posts", "../archives/", None),
        ("Feed", "../feeds/all.atom.xml", None),
        ("LinkedIn", "https://www.linkedin.com/in/someone", None),
        ("A tip", "../a-tip/", None),
        ("Me", "../about/", None),
        ("Hire me", "../hire-me/", None),  # the call to action, after the menu
    ]
    # A path to a page is that page: the hire page's path is the button too.
    output = build_site(tmp_path / "b", PAGES, MENU=[("Work with me", "/hire-me/")])
    assert soup(output / "index.html").select_one(".nav-cta").get_text() == "Work with me"


def test_an_empty_menu_shows_only_the_name(tmp_path):
    page = soup(build_site(tmp_path, PAGES, MENU=[]) / "about/index.html")
    assert not page.select(".site-nav, .nav-cta")
    assert page.select_one(".site-title a").get_text()


SETTINGS = """\
from freelancekit.settings import *  # noqa: F403

SITENAME = "Someone"
AUTHOR = "Someone"
MENU = [
    ("About", "pages/about.md"),
{entries}
]
"""


def failing_lines(tmp_path, entries: str, files: dict | None = None) -> list[str]:
    """The problems of a build whose pelicanconf.py has MENU with these entry lines."""
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(SETTINGS.format(entries=entries), encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {**PAGES, **(files or {})}, settings_file=settings)
    return [str(problem) for problem in failed.value.problems]


def test_a_missing_file_fails_at_its_line_with_a_suggestion(tmp_path):
    assert failing_lines(tmp_path, '    ("Colophon", "pages/colofon.md"),') == [
        "pelicanconf.py:7: MENU entry ('Colophon', 'pages/colofon.md') leads to no file in "
        "the content folder (did you mean pages/colophon.md?): fix the path"
    ]


def test_a_missing_file_like_no_other_gets_no_suggestion(tmp_path):
    # "pages/services.md" and "pages/colophon.md" share only their folder and ".md".
    assert failing_lines(tmp_path, '    ("Services", "pages/services.md"),') == [
        "pelicanconf.py:7: MENU entry ('Services', 'pages/services.md') leads to no file in "
        "the content folder: fix the path"
    ]


def test_a_draft_fails_at_its_line(tmp_path):
    draft = {"pages/rates.md": "Title: Rates\nSlug: rates\nStatus: draft\n\nSoon.\n"}
    assert failing_lines(tmp_path, '    ("Rates", "pages/rates.md"),', draft) == [
        "pelicanconf.py:7: MENU entry ('Rates', 'pages/rates.md') leads to pages/rates.md, a "
        "draft (Status: draft) that is never published: publish it first, or remove the entry"
    ]


def test_a_path_the_site_does_not_have_fails_at_its_line(tmp_path):
    assert failing_lines(tmp_path, '    ("Writing", "/archivs/"),') == [
        "pelicanconf.py:7: MENU entry ('Writing', '/archivs/') leads to /archivs/, which the "
        "site does not have: fix the path"
    ]


def test_each_bad_entry_is_one_line_at_its_own_line(tmp_path):
    lines = failing_lines(tmp_path, '    ("Work", "portfolio"),\n    ("Oops",),\n    ("", "/")')
    assert lines == [
        "pelicanconf.py:7: MENU entry ('Work', 'portfolio') leads nowhere: 'portfolio' is not "
        'a content file ("pages/about.md"), a path on the site ("/archives/") or an address '
        '("https://…") (did you mean "/portfolio/"?)',
        'pelicanconf.py:8: MENU entry (\'Oops\',) is not a ("Label", "target") pair: write '
        'it as ("About", "pages/about.md")',
        "pelicanconf.py:9: MENU entry ('', '/') has no label: write the words the menu shows, "
        'as in ("About", "pages/about.md")',
    ]


def test_a_menu_set_outside_a_settings_file_names_pelicanconf(tmp_path):
    (problem,) = build_fails(tmp_path, PAGES, MENU=[("Work", "work/")])
    assert problem.file == "pelicanconf.py" and problem.line is None
    assert "MENU entry ('Work', 'work/') leads nowhere" in problem.message


def test_a_scheduled_article_fails_in_production_only(tmp_path):
    files = {**PAGES, "articles/later.md": article(slug="later", date="2099-03-03 10:00")}
    menu = [("Coming", "articles/later.md")]
    assert build_site(tmp_path / "dev", files, MENU=menu)
    (problem,) = build_fails(tmp_path, files, MENU=menu, IS_PRODUCTION=True)
    assert problem.message == (
        "MENU entry ('Coming', 'articles/later.md') leads to articles/later.md, which is "
        "scheduled and not on the site before 3 March 2099: add the entry on that day"
    )


def test_fixture_settings_leave_menu_to_the_default():
    assert "\nMENU =" not in FIXTURE_SETTINGS.read_text(encoding="utf-8")
