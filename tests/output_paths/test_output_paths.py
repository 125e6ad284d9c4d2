"""Output paths the file system cannot hold, or that two things would share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.strict_build import BuildFailed
from output_paths import collisions, too_long
from site_kit import article, build_site


def test_a_name_over_255_bytes_is_found_in_any_part_of_the_path():
    assert too_long("tag/" + "é" * 128 + "/index.html") == "é" * 128  # 256 bytes
    assert too_long("tag/" + "a" * 255 + "/index.html") is None


@given(st.lists(st.tuples(st.sampled_from(["a/index.html", "a//index.html", "b"]), st.text())))
def test_collisions_are_paths_with_two_or_more_owners(claims):
    for path, owners in collisions(claims).items():
        assert len(owners) == len(set(owners)) >= 2
        assert path in {"a/index.html", "b"}


def test_an_over_long_title_names_the_file_and_what_to_do(tmp_path):
    title = "Why " + "really " * 60 + "long titles hurt"
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(title=title).replace("Slug: a-tip\n", "")})
    (problem,) = failed.value.problems
    assert problem.file == "content/articles/a.md" and problem.line == 1
    assert "longer than the file system allows (255): give it a shorter Slug: (or title)" in (
        problem.message
    )


def test_an_over_long_tag_names_the_article(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(tags="x" * 300)})
    (problem,) = failed.value.problems
    assert (problem.file, problem.line) == ("content/articles/a.md", 4)  # its Tags: line
    assert problem.message.startswith("the tag page of 'xxxx")
    assert "longer than the file system allows (255): give it a shorter name" in problem.message


@pytest.mark.parametrize(
    ("slug", "taken"),
    [("tags", "the tags page (TAGS_SAVE_AS)"), ("about", "pages/about.md")],
)
def test_an_article_that_takes_a_listings_or_pages_path_names_both(tmp_path, slug, taken):
    files = {
        "articles/a.md": article(slug=slug),
        "pages/about.md": "Title: About\nSlug: about\n\nMe.\n",
    }
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, files)
    (problem,) = failed.value.problems
    assert problem.file == "content/articles/a.md" and problem.line == 5  # the Slug: line
    assert "articles/a.md" in problem.message and taken in problem.message
    assert f"would both be written to {slug}/index.html" in problem.message
