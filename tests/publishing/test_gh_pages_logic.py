"""What a publish changes, and the files GitHub Pages reads."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.publishing import PublishError, TreeDiff, add_pages_files, check_cname, diff_trees


def test_diff_lists_added_changed_and_removed():
    diff = diff_trees({"a": "1", "b": "2", "new": "3"}, {"a": "1", "b": "9", "old": "4"})
    assert diff == TreeDiff(added=["new"], changed=["b"], removed=["old"])
    assert diff.lines() == ["A new", "M b", "D old", "1 added, 1 changed, 1 removed"]


def test_first_publish_adds_everything():
    assert diff_trees({"x": "1"}, {}).added == ["x"]


def test_pages_files(tmp_path):
    add_pages_files(tmp_path, "www.example.com")
    assert (tmp_path / ".nojekyll").read_text() == ""
    assert (tmp_path / "CNAME").read_text() == "www.example.com\n"
    other = tmp_path / "other"
    other.mkdir()
    add_pages_files(other, None)
    assert not (other / "CNAME").exists()


@pytest.mark.parametrize(
    "bad",
    [
        "https://www.example.com",
        "example.com/blog",
        "my site",
        "local",
        "www.example.com\nevil.example",
        "example.com:8080",
        "-bad.example.com",
        "a..example.com",
        "192.168.1.1",
        "exa_mple.com",
        "x" * 64 + ".example.com",
    ],
)
def test_cname_must_be_a_bare_domain(bad):
    with pytest.raises(PublishError, match="not a domain name"):
        check_cname(bad)


def test_cname_empty_means_none():
    assert check_cname("") is None and check_cname(None) is None
    assert check_cname(" www.example.com ") == "www.example.com"


def test_cname_is_written_as_an_ascii_host_name():
    assert check_cname("WWW.Example.COM\n") == "www.example.com"
    assert check_cname("café.example") == "xn--caf-dma.example"


@given(st.text(max_size=40))
def test_an_accepted_cname_is_one_line_of_host_name_characters(text):
    try:
        host = check_cname(text)
    except PublishError:
        return
    assert host is None or re.fullmatch(r"[a-z0-9.-]+", host)
