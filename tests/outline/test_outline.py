"""A heading that skips a level fails the build at its line, in Markdown's terms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from outline import skipped_headings

from site_kit import article, build_fails, build_site


def headings(*levels: int) -> str:
    return "".join(
        f"<h{level}>Heading {n}</h{level}><p>Text.</p>" for n, level in enumerate(levels)
    )


@pytest.mark.parametrize(
    ("levels", "skipped"),
    [
        ((2, 3, 4, 3, 2), []),
        ((2, 3, 2, 3, 4, 5, 6), []),
        ((1, 2, 2), []),  # an h1 in the body, as WordPress posts have
        ((3,), [(3, 1, "Heading 0")]),
        ((2, 5, 6), [(5, 2, "Heading 1")]),
        ((2, 4, 6), [(4, 2, "Heading 1"), (6, 4, "Heading 2")]),
    ],
)
def test_a_heading_more_than_one_level_below_the_one_before_is_found(levels, skipped):
    assert skipped_headings(headings(*levels)) == skipped


@given(st.lists(st.integers(1, 6), max_size=12))
def test_any_outline_is_skip_free_exactly_when_each_step_down_is_one(levels):
    steps = zip([1, *levels], levels, strict=False)
    assert (skipped_headings(headings(*levels)) == []) == all(b <= a + 1 for a, b in steps)


@given(st.text())
def test_any_text_gives_a_list(html):
    assert isinstance(skipped_headings(html), list)


def test_a_skipped_level_fails_at_its_line_saying_what_to_write(tmp_path):
    body = "Intro.\n\n## Rates\n\nText.\n\n##### Rush jobs\n\nText.\n"
    text = article(body=body)
    (problem,) = build_fails(tmp_path, {"articles/a.md": text})
    line = text.splitlines().index("##### Rush jobs") + 1
    assert problem.file.endswith("articles/a.md") and problem.line == line
    assert "'Rush jobs' is ##### right under a ## heading" in problem.message
    assert problem.message.endswith("make it ###")


def test_a_first_heading_below_the_title_fails_too(tmp_path):
    (problem,) = build_fails(tmp_path, {"pages/talks.md": "Title: Talks\n\n### 2026\n\nText.\n"})
    assert problem.file.endswith("pages/talks.md") and problem.line == 3
    assert "'2026' is ### right under the title" in problem.message


def test_headings_one_level_at_a_time_build(tmp_path):
    body = "Intro.\n\n## Rates\n\n### Rush jobs\n\n## Terms\n"
    build_site(tmp_path, {"articles/a.md": article(body=body)})
