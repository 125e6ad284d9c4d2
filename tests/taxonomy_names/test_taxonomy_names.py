"""A category or tag written two ways fails with "did you mean"; different words do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.names import edit_distance, misspellings, same_name
from site_kit import ARTICLE, build_fails, build_site, soup


def post(slug: str, category: str, tags: str = "one", date: str = "2026-01-02") -> str:
    return ARTICLE.format(title=slug, date=date, tags=tags, slug=slug, body="Words.").replace(
        "Category: Tips", f"Category: {category}"
    )


@pytest.mark.parametrize(
    ("uses", "expected"),
    [
        (
            {"Outsourcing Articles": 3, "outsourcing articles": 1},
            {"outsourcing articles": "Outsourcing Articles"},
        ),
        (
            {"Outsourcing Articles": 3, "Outsorcing Articles": 1},
            {"Outsorcing Articles": "Outsourcing Articles"},
        ),
        ({"Remote work": 2, "Remote  Work": 1}, {"Remote  Work": "Remote work"}),
        ({"Remote-work": 1, "Remote work": 4}, {"Remote-work": "Remote work"}),
        ({"client": 1, "clients": 5}, {"client": "clients"}),
        ({"Outsourcing": 1, "Outsorucing": 1}, {"Outsorucing": "Outsourcing"}),
        ({"Pricing": 2, "Priicing": 1}, {"Priicing": "Pricing"}),
        ({"negotiation": 4, "negociaton": 1}, {"negociaton": "negotiation"}),
    ],
)
def test_misspellings_found(uses, expected):
    assert misspellings(uses) == expected


@pytest.mark.parametrize(
    "uses",
    [
        {"CSS": 3, "CMS": 1},  # short names: too often different words
        {"Python 2": 3, "Python 3": 1},  # digits make them different things
        {"Web3": 1, "Web2": 1},
        {"Writing": 3, "Editing": 2},
        {"Remote": 3, "Travel": 1},
        {"Clients": 3, "Pricing": 1},
        {"WordPress": 3, "wordpress.tv": 2},  # ".tv" is three characters, not one or two
    ],
)
def test_different_words_pass(uses):
    assert misspellings(uses) == {}


def test_same_name_is_only_case_spacing_and_punctuation():
    uses = {
        "Markup": 6,
        "markup": 1,
        "Edge  case": 1,
        "edge case": 8,
        "Outsorcing": 1,
        "Outsourcing": 2,
    }
    assert same_name(uses) == {"markup": "Markup", "Edge  case": "edge case"}


def test_distinct_names_are_left_alone():
    assert (
        misspellings({"Remote": 2, "Remove": 1}, lambda a, b: {a, b} == {"Remote", "Remove"}) == {}
    )


@given(st.text(max_size=12), st.text(max_size=12))
def test_edit_distance_is_levenshtein(a, b):
    full = edit_distance(a, b, limit=30)
    assert full == edit_distance(b, a, limit=30)
    assert edit_distance(a, b, limit=2) == min(full, 3)
    assert (full == 0) == (a == b)


@given(st.dictionaries(st.text(min_size=1, max_size=15), st.integers(1, 5), max_size=12))
def test_every_suggestion_is_a_used_name_and_no_chains(uses):
    wrong = misspellings(uses)
    assert set(wrong) <= set(uses)
    assert all(right in uses and right != name for name, right in wrong.items())


def test_a_category_in_other_case_fails_naming_file_line_and_spelling(tmp_path):
    problems = build_fails(
        tmp_path,
        {
            "articles/a.md": post("a", "Outsourcing Articles"),
            "articles/b.md": post("b", "Outsourcing Articles"),
            "articles/c.md": post("c", "outsourcing articles"),
        },
    )
    assert [(p.file, p.line) for p in problems] == [("content/articles/c.md", 3)]
    assert problems[0].message.startswith(
        "category 'outsourcing articles' is written 'Outsourcing Articles' in 2 other "
        "articles: write it the same way"
    )


def test_a_misspelt_category_or_tag_fails(tmp_path):
    problems = build_fails(
        tmp_path,
        {
            "articles/a.md": post("a", "Outsourcing Articles", "pricing, contracts"),
            "articles/b.md": post("b", "Outsourcing Articles", "pricing"),
            "articles/c.md": post("c", "Outsorcing Articles", "pricng"),
        },
    )
    assert sorted((p.file, p.line) for p in problems) == [
        ("content/articles/c.md", 3),
        ("content/articles/c.md", 4),
    ]
    said = " ".join(p.message for p in problems)
    assert "category 'Outsorcing Articles' looks like 'Outsourcing Articles'" in said
    assert (
        "tag 'pricng' looks like 'pricing' (in 2 other articles): did you mean 'pricing'?" in said
    )


def test_different_words_build_and_distinct_names_are_honoured(tmp_path):
    output = build_site(
        tmp_path,
        {
            "articles/a.md": post("a", "Remote", "CSS, Python 2"),
            "articles/b.md": post("b", "Remove", "CMS, Python 3"),
        },
        DISTINCT_NAMES=[("remote", "REMOVE")],
    )
    assert soup(output / "category/remote/index.html").h1
    assert soup(output / "category/remove/index.html").h1


def test_a_category_with_a_comma_fails_asking_for_tags(tmp_path):
    problems = build_fails(tmp_path, {"articles/a.md": post("a", "Money, Tips")})
    assert [(p.file, p.line) for p in problems] == [("content/articles/a.md", 3)]
    assert "holds a comma: an article has one category; put the others in Tags:" in str(problems[0])
