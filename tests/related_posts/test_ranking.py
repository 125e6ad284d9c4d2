"""Related posts rank by shared tags; neighbours follow dates."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

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


def _brute_force(tags, order, limit):
    """Every other key sharing a tag, fully sorted: the definition, slowly."""
    norm = {k: {t.strip().lower() for t in v} for k, v in tags.items()}
    result = {}
    for key, mine in norm.items():
        others = [o for o in norm if o != key and norm[o] & mine]
        others.sort(key=lambda o: (len(norm[o] & mine), order[o], str(o)), reverse=True)
        result[key] = others[:limit]
    return result


@given(
    st.dictionaries(
        st.integers(0, 40),
        st.lists(st.sampled_from(["a", "B", "b ", "c", "d", "e", "f"]), max_size=4),
        max_size=25,
    ),
    st.integers(1, 5),
    st.randoms(use_true_random=False),
)
def test_ranking_matches_a_full_sort_of_every_candidate(tags, limit, rnd):
    order = {key: float(rnd.randint(0, 5)) for key in tags}  # many ties on date
    assert rank_related(tags, order, limit) == _brute_force(tags, order, limit)
