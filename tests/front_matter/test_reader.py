"""The reader: front matter gives the metadata and HTML a Pelican header gives."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.settings import read_settings

from front_matter import FrontMatterError, MarkdownReader
from site_kit import FIXTURE_SETTINGS


@pytest.fixture(scope="module")
def reader() -> MarkdownReader:
    return MarkdownReader(read_settings(str(FIXTURE_SETTINGS)))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("reader")


def read(reader, folder, text: str) -> tuple[str, dict]:
    path = folder / "a.md"
    path.write_text(text, encoding="utf-8")
    content, metadata = reader.read(str(path))
    # Tags and categories as their names: Pelican's objects compare by slug only.
    return content, {
        name: [str(v) for v in value] if isinstance(value, list) else str(value)
        for name, value in metadata.items()
    }


BODIES = [
    "A short introduction.\n\n## 1. Say who the reader is\n\nWords & <em>more</em>.\n",
    "Note: a first line that looks like a header field.\n",
    "- a list\n- of things\n\n```python\nprint('x')\n```\n",
    "\n\n\nLeading blank lines.\n\n---\n\nAfter a rule.\n",
]
# One line of text, as a header line can hold it.
LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)


@settings(deadline=None)  # files and parsers on a shared machine: no time limit
@given(
    title=LINE,
    tags=st.lists(LINE.filter(lambda t: "," not in t and ";" not in t), max_size=4),
    summary=LINE,
    body=st.sampled_from(BODIES),
    unicode=st.booleans(),
)
def test_front_matter_pyyaml_writes_reads_as_the_header_would(
    reader, folder, title, tags, summary, body, unicode
):
    header = (
        f"Title: {title}\nDate: 2026-01-02 10:00\nTags: {', '.join(tags)}\n"
        f"Summary: {summary}\n\n{body}"
    )
    data = {"title": title, "date": "2026-01-02 10:00", "tags": tags, "summary": summary}
    front = f"---\n{yaml.safe_dump(data, allow_unicode=unicode, sort_keys=False)}---\n{body}"
    assert read(reader, folder, front) == read(reader, folder, header)


def test_markup_in_values_is_data_exactly_as_in_a_header(reader, folder):
    title = '<b>Rates</b> & "fees" {filename}x.md'
    front = read(reader, folder, f"---\ntitle: '{title}'\nsummary: A *good* one\n---\nText.")
    header = read(reader, folder, f"Title: {title}\nSummary: A *good* one\n\nText.")
    assert front == header
    assert front[1]["title"] == title
    assert front[1]["summary"] == "<p>A <em>good</em> one</p>"


def test_a_file_without_front_matter_is_read_by_pelicans_own_reader(reader, folder, monkeypatch):
    monkeypatch.setattr("front_matter.reader.split", None)  # never reached
    content, metadata = read(reader, folder, "Title: A\nTags: a, b\n\nWords.\n")
    assert (content, metadata) == ("<p>Words.</p>", {"title": "A", "tags": ["a", "b"]})


def test_a_bad_value_carries_the_line_of_its_key(reader, folder):
    with pytest.raises(ValueError, match="'someday' is not a valid date") as error:
        read(reader, folder, "---\ntitle: A\ntags: [a]\ndate: someday\n---\nText.")
    assert error.value.line == 4


def test_a_block_mistake_is_raised_with_its_line(reader, folder):
    with pytest.raises(FrontMatterError) as error:
        read(reader, folder, "---\ntitle: A\nmodified: x\nlastmod: y\n---\nText.")
    assert error.value.line == 4
