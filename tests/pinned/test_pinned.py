"""Pinned posts: first on the home page and the post list, marked; nowhere else reordered."""

from __future__ import annotations

import re
from datetime import datetime
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pelican.paginator import Paginator

from pinned import PinnedError, on_page, pinned_first, read_pinned
from site_kit import FIXTURE_PUBLISH_SETTINGS, article, build_fails, build_site, soup


@pytest.mark.parametrize(
    ("value", "pinned"),
    [
        ("yes", True),
        ("YES", True),
        (" True ", True),
        ("no", False),
        ("False", False),
        (None, False),
    ],
)
def test_pinned_reads_yes_no_true_false_in_any_case(value, pinned):
    assert read_pinned(value) is pinned


@pytest.mark.parametrize("value", ["", "maybe", "1", "on", "y", "<b>yes</b>", "ja"])
def test_anything_else_is_a_mistake_saying_what_to_write(value):
    with pytest.raises(PinnedError, match="is neither yes nor no: write Pinned: yes"):
        read_pinned(value)


Post = SimpleNamespace
posts = st.lists(st.builds(Post, date=st.integers(0, 50), pinned=st.booleans()), max_size=30)


@given(posts)
def test_pinned_come_first_newest_first_and_nothing_is_lost_or_repeated(items):
    ordered = pinned_first(items, lambda p: p.pinned, lambda p: p.date)
    assert sorted(map(id, ordered)) == sorted(map(id, items))
    count = sum(p.pinned for p in items)
    assert all(p.pinned for p in ordered[:count])
    assert [p.date for p in ordered[:count]] == sorted(
        (p.date for p in ordered[:count]), reverse=True
    )
    assert ordered[count:] == [p for p in items if not p.pinned]  # the rest keep their order


@given(st.integers(0, 40), st.integers(1, 9), st.integers(0, 3))
def test_on_page_cuts_a_list_as_pelican_paginates_one_as_long(count, per_page, orphans):
    items = list(range(count))
    settings = {"DEFAULT_ORPHANS": orphans, "PAGINATION_PATTERNS": [(1, "{url}", "{save_as}")]}
    paginator = Paginator("index.html", "", items, settings, per_page)
    reordered = items[::-1]
    pages = [on_page(reordered, paginator.page(n)) for n in range(1, paginator.num_pages + 1)]
    assert [x for page in pages for x in page] == reordered
    assert [len(p) for p in pages] == [
        len(paginator.page(n).object_list) for n in range(1, paginator.num_pages + 1)
    ]


def post(slug: str, date: str, *lines: str) -> str:
    text = article(slug=slug, title=f"Post {slug}", date=date)
    return text.replace(f"Slug: {slug}\n", f"Slug: {slug}\n" + "".join(f"{x}\n" for x in lines))


SITE = {
    "articles/old.md": post("old", "2025-01-01", "Pinned: yes"),
    "articles/older.md": post("older", "2024-01-01", "Pinned: True"),
    **{f"articles/p{n}.md": post(f"p{n}", f"2026-0{n}-01", "Pinned: no") for n in range(1, 10)},
}


def titles(page, selector=".card__title a") -> list[str]:
    return [a.get_text() for a in page.select(selector)]


def test_on_a_posts_home_pinned_posts_come_first_marked_and_are_not_repeated(tmp_path):
    output = build_site(tmp_path, SITE, HOME="posts")
    first = soup(output / "index.html")
    assert titles(first) == ["Post old", "Post older"] + [f"Post p{n}" for n in (9, 8, 7, 6, 5, 4)]
    marks = [card.select_one(".card__pin") for card in first.select("article.card")]
    assert [m.get_text() if m else None for m in marks] == ["Pinned", "Pinned"] + [None] * 6
    second = soup(output / "page/2/index.html")
    assert titles(second) == ["Post p3", "Post p2", "Post p1"]
    assert not second.select(".card__pin")
    # Everything else keeps the order of dates.
    archive = titles(soup(output / "archives/index.html"), ".archive-list a")
    assert archive[-2:] == ["Post old", "Post older"]
    assert titles(soup(output / "category/tips/index.html"))[0] == "Post p9"
    assert not soup(output / "category/tips/index.html").select(".card__pin")
    feed = (output / "feeds/all.atom.xml").read_text()
    assert re.findall(r"<title>(Post [^<]+)</title>", feed)[0] == "Post p9"
    older = soup(output / "old/index.html").select_one(".post-nav__next")
    assert older["href"] == "../p1/"  # older and newer by date, as before


def test_on_a_profile_home_the_latest_posts_and_the_blog_start_with_the_pinned(tmp_path):
    output = build_site(tmp_path, SITE)
    home = soup(output / "index.html")
    assert titles(home) == ["Post old", "Post older", "Post p9"]
    assert len(home.select(".card__pin")) == 2
    assert titles(soup(output / "blog/index.html"))[:3] == ["Post old", "Post older", "Post p9"]


def test_a_pinned_draft_or_scheduled_post_is_not_shown_until_published(tmp_path):
    files = {
        "articles/a.md": post("a", "2026-01-01"),
        "articles/b.md": post("b", "2026-02-01"),
        "articles/draft.md": post("draft", "2025-01-01", "Pinned: yes", "Status: draft"),
        "articles/soon.md": post("soon", "2027-01-01", "Pinned: yes"),
    }
    when = datetime(2026, 12, 1, 9, 0)
    live = build_site(tmp_path / "live", files, FIXTURE_PUBLISH_SETTINGS, BUILD_TIME=when)
    assert titles(soup(live / "index.html")) == ["Post b", "Post a"]
    dev = build_site(tmp_path / "dev", files, BUILD_TIME=when)
    home = soup(dev / "index.html")
    assert titles(home) == ["Post soon", "Post b", "Post a"]  # by its date, marked scheduled
    assert not home.select(".card__pin")


def test_a_pinned_value_other_than_yes_or_no_fails_naming_file_and_line(tmp_path):
    files = {"articles/a.md": post("a", "2026-01-01", "Pinned: sometimes")}
    (problem,) = build_fails(tmp_path, files)
    assert (problem.file, problem.line) == ("content/articles/a.md", 6)
    assert "Pinned: 'sometimes' is neither yes nor no" in problem.message


def test_more_pinned_posts_than_the_home_page_shows_fail_naming_the_oldest(tmp_path):
    files = {
        f"articles/p{n}.md": post(f"p{n}", f"2026-0{n}-01", "Pinned: yes") for n in range(1, 5)
    }
    (problem,) = build_fails(tmp_path, files)
    assert problem.file == "content/articles/p1.md"
    assert "4 articles are pinned and the home page shows 3 posts" in problem.message
    assert "raise HOME_ARTICLES" in problem.message
