"""Front matter keys to Pelican header fields: the README's table, as plain functions."""

from __future__ import annotations

import pytest

from front_matter import Entry, FrontMatterError, header_fields, permalink_slug, same_address


def fields(**keys) -> dict[str, object]:
    """{field: value} for keys given in order, each on its own line from 2."""
    found = header_fields([Entry(k, v, n) for n, (k, v) in enumerate(keys.items(), start=2)])
    return {name: field.value for name, field in found.items()}


def test_a_jekyll_post_reads_as_its_header_would():
    assert fields(
        layout="post",
        title="Pricing in three currencies",
        date="2026-02-10 09:30:00 +0100",
        categories=["Money", "Freelance"],
        tags=["pricing", "money"],
        excerpt="Quote in the client's currency.",
        last_modified_at="2026-02-12",
    ) == {
        "title": "Pricing in three currencies",
        "date": "2026-02-10 09:30:00 +0100",
        "category": "Money",
        "tags": ["pricing", "money", "Freelance"],
        "summary": "Quote in the client's currency.",
        "modified": "2026-02-12",
    }


def test_hugo_and_astro_names_for_dates():
    assert fields(title="A", publishDate="2026-01-02", lastmod="2026-01-03") == {
        "title": "A",
        "date": "2026-01-02",
        "modified": "2026-01-03",
    }
    assert fields(pubDate="2026-01-02", updatedDate="2026-01-03") == {
        "date": "2026-01-02",
        "modified": "2026-01-03",
    }


@pytest.mark.parametrize(
    ("key", "value", "status"),
    [
        ("draft", "true", "draft"),
        ("draft", "True", "draft"),
        ("draft", "yes", "draft"),
        ("published", "false", "draft"),
        ("published", "no", "draft"),
        ("draft", "false", None),
        ("published", "true", None),
        ("status", "hidden", "hidden"),
    ],
)
def test_draft_and_published_are_the_status(key, value, status):
    assert fields(**{key: value}).get("status") == status


def test_a_flag_that_is_not_true_or_false_names_itself():
    with pytest.raises(FrontMatterError, match="'draft' must be true or false, not 'soon'"):
        fields(title="A", draft="soon")


def test_tags_as_text_split_on_commas_or_semicolons_as_a_header_does():
    assert fields(tags="pricing, money")["tags"] == ["pricing", "money"]
    assert fields(tags="pricing; money, tax")["tags"] == ["pricing", "money, tax"]
    assert fields(tags=["salt, pepper", " money "])["tags"] == ["salt, pepper", "money"]


def test_one_category_as_text_is_the_whole_text_as_in_a_header():
    assert fields(category="Money, and tax") == {"category": "Money, and tax"}
    assert fields(categories="Money, Tax") == {"category": "Money", "tags": ["Tax"]}
    assert fields(categories=[]) == {}


def test_values_are_stripped_as_a_header_line_is():
    assert fields(title="  Spaced \n", tag=" one ") == {"title": "Spaced", "tags": ["one"]}


def test_unknown_keys_stay_as_text_or_lists_and_nested_ones_are_left_out():
    assert fields(title="A", Client="Lumen Quay", aliases=["/old/"], menu=None) == {
        "title": "A",
        "client": "Lumen Quay",
        "aliases": ["/old/"],
    }


@pytest.mark.parametrize(
    ("keys", "line", "says"),
    [
        ({"title": "A", "Title": "B"}, 3, "'Title' is set twice (also on line 2): keep one"),
        ({"lastmod": "x", "modified": "y"}, 3, "'modified' and 'lastmod' (line 2) both set"),
        ({"category": "A", "categories": ["B"]}, 3, "both set the category: keep one"),
        ({"draft": "true", "status": "hidden"}, 3, "both set the status"),
        ({"title": ["A", "B"]}, 2, "'title' is a list: give it one value"),
        ({"title": "A", "image": None}, 3, "'image' holds nested keys or lists: give it one"),
        ({"tags": None}, 2, "give it one value or a [list]"),
    ],
)
def test_mistakes_name_the_key_and_line(keys, line, says):
    with pytest.raises(FrontMatterError) as error:
        fields(**keys)
    assert says in str(error.value)
    assert error.value.line == line


def test_a_permalink_gives_its_slug_unless_one_is_set():
    assert fields(permalink="/pricing-guide/") == {
        "permalink": "/pricing-guide/",
        "slug": "pricing-guide",
    }
    assert fields(url="/2019/05/pricing.html", slug="pricing")["slug"] == "pricing"


@pytest.mark.parametrize(
    ("permalink", "slug"),
    [
        ("/pricing/", "pricing"),
        ("pricing", "pricing"),
        ("/2019/05/pricing.html", "pricing"),
        ("/blog/pricing/index.html", "pricing"),
        ("/:categories/:year/:title/", None),
        ("/posts/{{ page.fileSlug }}/", None),
        ("false", None),
        ("/", None),
    ],
)
def test_permalink_slug(permalink, slug):
    assert permalink_slug(permalink) == slug


@pytest.mark.parametrize(
    ("permalink", "url", "same"),
    [
        ("/pricing/", "pricing/", True),
        ("/pricing", "pricing/", True),
        ("pricing/index.html", "pricing/", True),
        ("/2026/02/pricing/", "2026/02/pricing/", True),
        ("/pricing.html", "pricing/", False),
        ("/blog/pricing/", "pricing/", False),
        ("false", "false/", False),
    ],
)
def test_same_address(permalink, url, same):
    assert same_address(permalink, url) is same


def test_tags_as_words_apart_are_refused_a_list_or_commas_are_read():
    from front_matter import FrontMatterError, entries, header_fields, split

    def read(text):
        return header_fields(entries(split(f"---\n{text}\n---\n")))

    with pytest.raises(FrontMatterError, match=r"a list, \[remote, work\] or \[remote work\]"):
        read("tags: remote work")
    with pytest.raises(FrontMatterError, match="could be one name or 2"):
        read("categories: money tips")
    assert read("tags: [remote work]")["tags"].value == ["remote work"]
    assert read("tags: remote, work")["tags"].value == ["remote", "work"]
    assert read("category: Money Tips")["category"].value == "Money Tips"
