"""The skeleton `invoke new-post` writes."""

from datetime import datetime

import pytest

from freelancekit.authoring import BadTitle, post_path, post_slug, post_text

WHEN = datetime(2026, 11, 23, 9, 5)


def test_new_post_has_metadata_and_is_a_draft():
    text = post_text("Ten tips: for “remote” teams", WHEN, "Tips")
    header = text.split("\n\n", 1)[0].splitlines()
    assert header == [
        "Title: Ten tips: for “remote” teams",
        "Date: 2026-11-23 09:05",
        "Category: Tips",
        "Tags: ",
        "Slug: ten-tips-for-remote-teams",
        "Summary: One or two sentences that make a reader want to click.",
        "Status: draft",
    ]
    assert "\n## 1. " in text


def test_path_is_dated_and_slugged(tmp_path):
    assert post_path(tmp_path, "Ça va?", WHEN) == tmp_path / "2026-11-23-ca-va.md"
    assert post_slug("Ça va?") == "ca-va"


@pytest.mark.parametrize("title", ["", "   ", "two\nlines", "!!!"])
def test_unusable_titles_are_refused(title):
    with pytest.raises(BadTitle):
        post_text(title, WHEN, "Tips")
