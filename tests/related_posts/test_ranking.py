"""Related posts rank by shared tags; neighbours follow dates."""

from datetime import date

from related_posts import neighbours, rank_related

TAGS = {
    "a": ["outsourcing", "briefs", "clients"],
    "b": ["outsourcing", "briefs"],
    "c": ["clients"],
    "d": ["pricing"],
    "e": ["Outsourcing"],
}
DATES = {k: date(2026, 1, i + 1).toordinal() for i, k in enumerate(TAGS)}


def test_more_shared_tags_rank_first():
    assert rank_related(TAGS, DATES, limit=3)["a"] == ["b", "e", "c"]


def test_ties_go_to_the_newer_article():
    # e and c both share one tag with a: e is newer.
    assert rank_related(TAGS, DATES, limit=5)["a"][1:] == ["e", "c"]


def test_articles_sharing_no_tag_are_never_related():
    related = rank_related(TAGS, DATES, limit=10)
    assert related["d"] == []
    assert "d" not in related["a"]


def test_tags_compare_without_case_and_an_article_never_relates_to_itself():
    related = rank_related(TAGS, DATES, limit=10)
    assert "a" in related["e"]
    assert all(key not in others for key, others in related.items())


def test_limit_is_respected():
    assert len(rank_related(TAGS, DATES, limit=1)["a"]) == 1


def test_neighbours_of_a_newest_first_list():
    assert neighbours(["new", "mid", "old"]) == {
        "new": ("mid", None),
        "mid": ("old", "new"),
        "old": (None, "mid"),
    }
