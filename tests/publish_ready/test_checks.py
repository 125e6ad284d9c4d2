"""Finding {filename} links and starter text in an item's HTML."""

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from publish_ready import linked_sources, starter_leftovers, starter_paragraphs


def test_links_resolve_like_pelicans_relative_to_the_linking_file():
    html = (
        '<a href="{filename}../pages/about.md">me</a> <a href="{filename}/pages/hire-me.md#rates">'
        "hire</a> <img src='|filename|../images/x.png'> <a href=\"{filename}my%20tip.md\">t</a>"
    )
    assert linked_sources(html, "articles/a.md") == [
        ("../pages/about.md", "pages/about.md"),
        ("/pages/hire-me.md", "pages/hire-me.md"),
        ("../images/x.png", "images/x.png"),
        ("my%20tip.md", "articles/my tip.md"),
    ]


def test_plain_links_and_static_links_are_not_intrasite_content_links():
    html = '<a href="/about/">a</a> <img src="{static}/images/x.png"> <a href="https://x.example">'
    assert linked_sources(html, "articles/a.md") == []


def test_starter_paragraphs_are_found_through_markdown_and_smarty_typography():
    starter = starter_paragraphs()
    html = (
        "<p>I am Kofi, an editor.</p>\n"
        "<p>This is a starter page that <code>invoke init</code> wrote for you. It is a draft "
        "until\nyou edit it and delete the <code>Status: draft</code> line. The “Email me” "
        "button below\ncomes from <code>CONTACT_EMAIL</code> in pelicanconf.py.</p>"
    )
    (left,) = starter_leftovers(html, starter)
    assert left.startswith("This is a starter page that invoke init wrote for you.")


def test_the_writers_own_paragraphs_and_short_generic_ones_are_not_starter_text():
    starter = starter_paragraphs()
    assert all(len(text) >= 30 for text in starter)
    html = "<p>Get in touch.</p><p>One short paragraph per service, written by me.</p>"
    assert starter_leftovers(html, starter) == []


@given(st.text(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_html_gives_normalised_paths_and_never_fails(noise, path):
    html = f'{noise}<a href="{{filename}}{path}">x</a>{noise}'
    for _written, target in linked_sources(html, "articles/a.md"):
        assert posixpath.normpath(target) == target
