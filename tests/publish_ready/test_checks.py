"""Finding {filename} links and starter text in an item's HTML."""

import posixpath

from hypothesis import given
from hypothesis import strategies as st
from publish_ready import is_starter, linked_sources


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


def test_starter_text_is_recognised_only_while_it_is_there():
    assert is_starter("<p>This is a starter page that <code>invoke init</code> wrote for you.</p>")
    assert not is_starter("<p>I am a starter of conversations.</p>")


@given(st.text(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_html_gives_normalised_paths_and_never_fails(noise, path):
    html = f'{noise}<a href="{{filename}}{path}">x</a>{noise}'
    for _written, target in linked_sources(html, "articles/a.md"):
        assert posixpath.normpath(target) == target
