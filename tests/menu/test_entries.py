"""MENU read and checked as plain data: entries, targets, defaults, the line of an entry."""

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from menu import MenuError, default_menu, entry_line, read_entry, read_menu
from menu.entries import CONTENT, PATH, URL, read_target, site_file


@pytest.mark.parametrize(
    ("written", "kind", "target"),
    [
        ("pages/about.md", CONTENT, "pages/about.md"),
        ("{filename}pages/about.md", CONTENT, "pages/about.md"),
        ("{filename}/pages/about.md", CONTENT, "pages/about.md"),
        ("  pages/./about.md ", CONTENT, "pages/about.md"),
        ("/archives/", PATH, "/archives/"),
        ("/", PATH, "/"),
        ("/feeds/all.atom.xml", PATH, "/feeds/all.atom.xml"),
        ("https://www.linkedin.com/in/someone", URL, "https://www.linkedin.com/in/someone"),
        ("http://example.org/?a=1#b", URL, "http://example.org/?a=1#b"),
        ("mailto:me@example.org", URL, "mailto:me@example.org"),
    ],
)
def test_targets_are_a_content_file_a_site_path_or_an_address(written, kind, target):
    assert read_target(written) == (kind, target)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("portfolio", 'is not a content file ("pages/about.md"), a path on the site'),
        ("portfolio", '(did you mean "/portfolio/"?)'),
        ("", "is not a content file"),
        ("javascript:alert(1)", "is not an address the menu can link to: use https://"),
        ("https://", "is not an address the menu can link to"),
        ("mailto:nobody", "is not an address the menu can link to"),
        ("//cdn.example.org/x", "names no site: write https:// before it"),
        ("/about/#rates", "has a # or ?: a menu item leads to a whole page"),
        ("pages/about.md?x", "has a # or ?"),
        ("../secrets.md", "leads outside the site"),
        ("/a/../../b/", "leads outside the site"),
    ],
)
def test_a_target_that_is_none_of_them_says_what_to_write(written, why):
    with pytest.raises(ValueError) as error:
        read_target(written)
    assert why in str(error.value)


def test_an_entry_is_a_label_and_a_target():
    entry = read_entry(("  Hire   me ", "pages/hire-me.md"))
    assert (entry.label, entry.kind, entry.target) == ("Hire me", CONTENT, "pages/hire-me.md")
    assert entry.written == ("  Hire   me ", "pages/hire-me.md")
    assert read_entry(["About", "/about/"]).kind == PATH


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("pages/about.md", 'MENU entry \'pages/about.md\' is not a ("Label", "target") pair'),
        (("About",), 'MENU entry (\'About\',) is not a ("Label", "target") pair'),
        (("About", "pages/about.md", "x"), 'is not a ("Label", "target") pair'),
        (("About", 3), 'is not a ("Label", "target") pair'),
        ((" ", "pages/about.md"), "has no label: write the words the menu shows"),
        (("Work", "portfolio"), "MENU entry ('Work', 'portfolio') leads nowhere: 'portfolio' is"),
    ],
)
def test_a_bad_entry_is_named_with_what_to_do(entry, message):
    with pytest.raises(MenuError) as error:
        read_entry(entry)
    assert message in str(error.value)
    assert error.value.entry == entry


def test_every_bad_entry_is_reported_and_the_good_ones_kept():
    entries, errors = read_menu([("About", "pages/about.md"), ("Oops",), ("Work", "work")])
    assert [e.label for e in entries] == ["About"]
    assert [e.entry for e in errors] == [("Oops",), ("Work", "work")]
    _, (error,) = read_menu("pages/about.md")
    assert "MENU entry 'pages/about.md' is not a list: write MENU = [" in str(error)


@pytest.mark.parametrize(
    ("path", "file"),
    [
        ("/", "index.html"),
        ("/archives/", "archives/index.html"),
        ("/about", "about/index.html"),
        ("/feeds/all.atom.xml", "feeds/all.atom.xml"),
    ],
)
def test_a_site_path_is_served_from_its_file(path, file):
    assert site_file(path) == file


def page(title, slug, template="page"):
    return SimpleNamespace(
        title=title, slug=slug, template=template, url=f"{slug}/", save_as=f"{slug}/index.html"
    )


SETTINGS = {
    "ARCHIVES_URL": "archives/",
    "ARCHIVES_SAVE_AS": "archives/index.html",
    "SEARCH_URL": "search/",
    "SEARCH_SAVE_AS": "search/index.html",
}


def test_the_default_menu_holds_the_pages_a_freelancer_needs_in_order():
    pages = [
        page("Hire me", "hire-me", "hire"),
        page("Colophon", "colophon"),
        page("About me", "about"),
        page("Case studies", "work", "portfolio"),
    ]
    menu = default_menu(pages, SETTINGS)
    assert [(i["label"], i["url"], i["file"], i["cta"]) for i in menu] == [
        ("Case studies", "work/", "work/index.html", False),
        ("Writing", "archives/", "archives/index.html", False),
        ("About me", "about/", "about/index.html", False),
        ("Search", "search/", "search/index.html", False),
        ("Hire me", "hire-me/", "hire-me/index.html", True),
    ]
    assert all(item["internal"] for item in menu)


def test_the_default_menu_leaves_out_what_the_site_does_not_have():
    menu = default_menu([page("About", "about")], {**SETTINGS, "SEARCH_SAVE_AS": ""})
    assert [i["label"] for i in menu] == ["Writing", "About"]


SOURCE = """\
MENU = [("Old", "/old/")]
# MENU = [("Work", "portfolio")]
MENU = [
    ("About", "pages/about.md"),
    ("Work", "portfolio"),
    (
        "Hire me",
        "pages/hire-me.md",
    ),
]
"""


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        (("Work", "portfolio"), 5),
        (("Hire me", "pages/hire-me.md"), 6),
        (("Not", "there"), 3),  # not an entry of the list: the MENU line
        ("not a list", 3),
    ],
)
def test_an_entry_is_found_at_its_line_in_the_last_menu_assignment(entry, line):
    assert entry_line(SOURCE, entry) == line


def test_no_menu_assignment_no_line():
    assert entry_line("SITENAME = 'Me'\n# MENU = []\n", ("a", "b")) is None
    assert entry_line("MENU = [(\n", ("a", "b")) is None  # not Python


@given(st.text())
def test_any_target_text_is_read_or_refused_with_a_reason(text):
    try:
        kind, target = read_target(text)
    except ValueError as error:
        assert str(error)
        return
    assert kind in (CONTENT, PATH, URL)
    if kind == URL:
        assert target.split(":", 1)[0] in ("http", "https", "mailto")
    else:
        assert ".." not in target.split("/") and "#" not in target and "?" not in target


ANY = st.recursive(
    st.none() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner),
    max_leaves=6,
)


@given(ANY)
def test_any_menu_value_gives_entries_or_errors_never_a_crash(value):
    entries, errors = read_menu(value)
    assert all(isinstance(error, MenuError) for error in errors)
    assert all(entry.label.strip() for entry in entries)


@given(st.text(), ANY)
def test_any_settings_source_gives_a_line_or_none(source, entry):
    line = entry_line(source, entry)
    assert line is None or 1 <= line <= len(source.splitlines()) + 1
