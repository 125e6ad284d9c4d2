"""freelancekit.typography gives exactly the HTML that Python-Markdown's smarty gives."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit.settings import MARKDOWN

# The kit's Markdown settings, with smarty's extension or ours in its place.
OURS = MARKDOWN["extension_configs"]
assert "freelancekit.typography" in OURS and "markdown.extensions.smarty" not in OURS
SMARTY = {
    ("markdown.extensions.smarty" if name == "freelancekit.typography" else name): config
    for name, config in OURS.items()
}


def render(text: str, configs: dict, **typography) -> str:
    configs = {
        name: (typography if name.endswith(("smarty", "typography")) else config)
        for name, config in configs.items()
    }
    md = markdown.Markdown(
        extensions=list(configs), extension_configs=configs, output_format="html5"
    )
    return md.convert(text)


# Text the way people write it: quotes of both kinds next to words, digits,
# punctuation, dashes and dots, inside emphasis, links, code and raw HTML.
PIECES = st.sampled_from(
    [
        "'",
        '"',
        "--",
        "---",
        "...",
        "....",
        " ",
        "  ",
        "\n",
        "\n\n",
        "word",
        "It's",
        "'80s",
        "rock 'n' roll",
        "a",
        "9",
        "s",
        "(",
        ")",
        "[",
        "]",
        "{",
        "-",
        ".",
        ",",
        "!",
        "?",
        "*em*",
        "**strong**",
        "`code 'x'`",
        "[link 'text'](/u \"t\")",
        "<span title=\"a 'b'\">x</span>",
        "&nbsp;",
        "&mdash;",
        "–",
        "—",
        "<<",
        ">>",
        "> ",
        "- ",
        "# ",
        "    ",
        "\\'",
        '\\"',
        "&#8211;",
        "\u00e9",
    ]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_ours_matches_smarty_on_generated_markdown(text):
    assert render(text, OURS) == render(text, SMARTY)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_ours_matches_smarty_under_every_option(text, quotes, dashes, ellipses, angled):
    options = {
        "smart_quotes": quotes,
        "smart_dashes": dashes,
        "smart_ellipses": ellipses,
        "smart_angled_quotes": angled,
        "substitutions": {"left-double-quote": "&bdquo;", "mdash": "&#8212;"},
    }
    assert render(text, OURS, **options) == render(text, SMARTY, **options)


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "\"Don't\" -- she said... 'twas the '80s",
            "&ldquo;Don&rsquo;t&rdquo; &ndash; she said&hellip; &lsquo;twas the &rsquo;80s",
        ),
        ("`'code'` and *'em'*", "<code>'code'</code> and <em>&lsquo;em&rsquo;</em>"),
    ],
)
def test_known_sentences(text, html):
    assert html in render(text, OURS)
