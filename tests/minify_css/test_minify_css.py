"""The stylesheets the build writes: no comments, white space folded, the same rules."""

from __future__ import annotations

import gzip
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minify_css import minified
from site_kit import ROOT, article, build_site

SOURCE = ROOT / "theme/static/css/site.css"


@pytest.mark.parametrize(
    ("css", "smaller"),
    [
        ("a  {\n  color: red;\n}\n", "a{color: red;}"),
        ("/* a note */\n.a .b { margin: 0 }", ".a .b{margin: 0}"),
        ("a/**/b{x:y}", "a b{x:y}"),
        ('p::before { content: "  /* kept */ ; {" }', 'p::before{content: "  /* kept */ ; {"}'),
        ("q::after { content: '\"' } /* it's */", "q::after{content: '\"'}"),
        ("@media (min-width: 40rem) {\n  .a { b: c; }\n}", "@media (min-width: 40rem){.a{b: c;}}"),
        ("a { b: c } /* never closed", "a{b: c}"),
    ],
)
def test_comments_and_white_space_go_strings_stay(css, smaller):
    assert minified(css) == smaller


CSS_TEXT = st.text(st.sampled_from(list("ab{};:/*'\" \n\\.-")))


@given(CSS_TEXT)
def test_minifying_twice_changes_nothing_more(css):
    assert minified(minified(css)) == minified(css)


@given(st.text(st.characters(blacklist_characters='"\\\x00', blacklist_categories=["Cs"])))
def test_any_string_is_kept_as_written(text):
    css = f'a::before {{ content: "{text}"; }}'
    assert f'"{text}"' in minified(css)


def test_the_sites_stylesheet_is_written_minified_and_a_quarter_smaller(tmp_path):
    output = build_site(tmp_path, {"articles/a.md": article()})
    written = (output / "theme/css/site.css").read_text(encoding="utf-8")
    source = SOURCE.read_text(encoding="utf-8")
    assert written == minified(source) and "/*" not in written
    assert len(gzip.compress(written.encode(), 9)) < 0.8 * len(gzip.compress(source.encode(), 9))
    # The same rules: every selector of the source is in what is written.
    for selector in re.findall(r"^([.#:\w][^{\n]*?)\s*\{", source, re.M):
        assert " ".join(selector.split()) + "{" in written, selector
