"""Finding and reading a front matter block: every mistake is one line, at its line."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from front_matter import Entry, FrontMatterError, entries, split


def read(text: str) -> list[Entry]:
    return entries(split(text))


def test_a_block_between_dashes_is_split_from_the_markdown():
    block = split("---\ntitle: A\n---\n\nWords.\n")
    assert (block.yaml, block.yaml_line, block.body, block.body_line) == (
        "title: A",
        2,
        "\nWords.\n",
        4,
    )


def test_yamls_own_end_marker_closes_a_block_too():
    assert split("---\ntitle: A\n...\nWords.").body == "Words."


@pytest.mark.parametrize(
    "text",
    [
        "Title: A\nDate: 2026-01-02\n\n---\n\nWords.",  # a rule further down
        "----\ntitle: A\n---\n",  # four dashes: a rule
        " ---\ntitle: A\n---\n",
        "",
    ],
)
def test_only_a_first_line_of_three_dashes_opens_a_block(text):
    assert split(text) is None


def test_a_block_never_closed_fails_at_its_first_line():
    with pytest.raises(FrontMatterError) as error:
        split("---\ntitle: A\ndate: 2026-01-02\n\nWords.\n")
    assert error.value.line == 1
    assert "never closed: end it with a line of three dashes (---)" in str(error.value)


def test_values_are_read_as_written_never_as_dates_numbers_or_booleans():
    found = read("---\ndate: 2026-01-02\nyear: 2024\nslug: 007\ndraft: yes\ntitle: 3.10\n---\n")
    assert [(e.key, e.value) for e in found] == [
        ("date", "2026-01-02"),
        ("year", "2024"),
        ("slug", "007"),
        ("draft", "yes"),
        ("title", "3.10"),
    ]


def test_lists_in_either_style_and_their_lines():
    found = read("---\ntitle: A\ntags: [pricing, money]\ncategories:\n  - Money\n  - Tips\n---\n")
    assert found == [
        Entry("title", "A", 2),
        Entry("tags", ["pricing", "money"], 3),
        Entry("categories", ["Money", "Tips"], 4),
    ]


def test_nested_keys_and_lists_of_lists_are_marked_as_nothing_a_header_holds():
    found = read("---\nmenu:\n  main: 1\nseries: [[a], b]\n---\n")
    assert [(e.key, e.value) for e in found] == [("menu", None), ("series", None)]


def test_an_empty_block_has_no_entries():
    assert read("---\n---\nWords.") == []


def test_yaml_tags_make_nothing_but_text():
    assert read("---\ntitle: !!python/object/apply:os.system [ls]\n---\n")[0].value == ["ls"]


@pytest.mark.parametrize(
    ("yaml_lines", "line", "says"),
    [
        ("title: Pricing: a guide", 2, "a value holding ': ' needs quotes around it"),
        ('title: "Pricing\ndate: 2026-01-02', 2, "a quote is not closed"),
        ('title: "Say "hi""', 2, "put the whole value in quotes"),
        ("title: A\ntags: [pricing, money\ndate: 2026-01-02", 3, "a [ is not closed"),
        ("title: A\n\ttags: a", 3, "indent with spaces, not tabs"),
        ("title: @janewrites on pricing", 2, "starting with @ or ` needs quotes"),
        ("title: *Pricing* guide", 2, "starting with * or & needs quotes"),
        ("title: A\n  date: 2026-01-02", 3, "needs quotes"),
        ("title: A\nsummary: \x01", 3, "invisible control character"),
    ],
)
def test_malformed_yaml_names_the_line_and_what_to_do(yaml_lines, line, says):
    with pytest.raises(FrontMatterError) as error:
        read(f"---\n{yaml_lines}\n---\n\nWords.\n")
    assert error.value.line == line
    assert str(error.value).startswith("front matter is not valid YAML (")
    assert says in str(error.value)


@pytest.mark.parametrize("yaml_lines", ["- title\n- date", "Just a sentence.", "[a, b]"])
def test_a_block_that_is_not_key_value_lines_fails(yaml_lines):
    with pytest.raises(FrontMatterError, match="must be key: value lines") as error:
        read(f"---\n{yaml_lines}\n---\n")
    assert error.value.line == 2


def test_a_key_that_is_not_a_name_fails():
    with pytest.raises(FrontMatterError, match="key must be a name") as error:
        read("---\ntitle: A\n[a, b]: c\n---\n")
    assert error.value.line == 3


def test_nesting_too_deep_for_the_parser_is_one_line_too():
    with pytest.raises(FrontMatterError, match="nested too deeply"):
        read("---\ntags: " + "[" * 5000 + "\n---\n")


def test_lines_are_counted_as_an_editor_counts_them():
    # YAML also breaks lines at U+2028; an editor, and the error's line, do not.
    with pytest.raises(FrontMatterError) as error:
        read("---\ntitle: A\u2028B\nsummary: x: y\n---\n")
    assert error.value.line == 3


# Any text but U+0085: PyYAML's own dump writes it raw with allow_unicode, and
# YAML reads that back as a line break (PyYAML alone does the same round trip).
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85"), max_size=40
)


@settings(deadline=None)  # a shared machine: no time limit
@given(st.text(st.sampled_from("-.:#[]{}'\"\n\t @*&|>!%ab"), max_size=60))
def test_any_text_is_read_or_refused_with_a_line_never_a_traceback(text):
    try:
        block = split("---\n" + text)
        if block is not None:
            entries(block)
    except FrontMatterError as error:
        assert 1 <= error.line <= text.count("\n") + 3


@settings(deadline=None)  # a shared machine: no time limit
@given(
    st.dictionaries(
        st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,12}", fullmatch=True),
        st.one_of(TEXT, st.lists(TEXT, max_size=4)),
        max_size=6,
    ),
    st.booleans(),
)
def test_whatever_pyyaml_writes_is_read_back_as_the_same_text(data, unicode):
    dumped = yaml.safe_dump(data, allow_unicode=unicode, sort_keys=False)
    found = read(f"---\n{dumped}---\nWords.")
    assert {e.key: e.value for e in found} == data


@pytest.mark.parametrize("line", ["title: Why I'm not #1", "summary: Ranked #1 # twice"])
def test_a_comment_that_cuts_a_prose_value_short_fails(line):
    with pytest.raises(FrontMatterError, match="put the whole value in quotes") as failed:
        entries(split(f"---\ndate: 2026-01-02\n{line}\n---\nText.\n"))
    assert failed.value.line == 3


def test_comments_after_other_values_and_quoted_hashes_are_fine():
    block = split('---\ntitle: "Why #1"\ndraft: true # until Friday\n# a note\n---\n')
    assert [(e.key, e.value) for e in entries(block)] == [("title", "Why #1"), ("draft", "true")]
