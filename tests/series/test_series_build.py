"""A series as readers see it (the box on each part, the series page, the sitemap), and
the writer's mistakes as the build reports them."""

from __future__ import annotations

from datetime import datetime

from site_kit import FIXTURE_PUBLISH_SETTINGS, article, build_fails, build_site, soup

HOSTILE = "<b>\"Pricing\" & 'fees'</b> ‏تسعير‏"


def post(slug: str, date: str, *lines: str, title: str | None = None) -> str:
    """An article with extra header lines (Series:, Series_order:, Status:)."""
    text = article(slug=slug, title=title or f"Part {slug}", date=date)
    return text.replace(f"Slug: {slug}\n", f"Slug: {slug}\n" + "".join(f"{x}\n" for x in lines))


def test_parts_link_each_other_in_series_order_and_the_series_has_a_page(tmp_path):
    files = {
        # Written in another order than their dates: Series_order wins.
        "articles/one.md": post("one", "2026-03-01", "Series: Pricing", "Series_order: 1"),
        "articles/two.md": post("two", "2026-01-01", "Series: Pricing", "Series_order: 2"),
        "articles/three.md": post("three", "2026-02-01", "Series: Pricing", "Series_order: 5"),
        "articles/alone.md": post("alone", "2026-02-02"),
    }
    output = build_site(tmp_path, files)
    box = soup(output / "two/index.html").select_one('nav[data-series="Pricing"]')
    assert box.select_one("p").get_text(" ", strip=True) == "Part 2 of 3 in Pricing"
    assert box.select_one("p a")["href"] == "../series/pricing/"
    items = box.select("ol > li")
    assert [li.get_text() for li in items] == ["Part one", "Part two", "Part three"]
    assert items[1]["aria-current"] == "page" and items[1].a is None
    assert [li.a["href"] for li in (items[0], items[2])] == ["../one/", "../three/"]
    prev, nxt = box.select(".post-nav a")
    assert (prev["href"], prev.get_text(" ", strip=True)) == ("../one/", "Previous part Part one")
    assert (nxt["href"], nxt.get_text(" ", strip=True)) == ("../three/", "Next part Part three")
    first = soup(output / "one/index.html").select_one("[data-series]")
    assert [a.span.get_text() for a in first.select(".post-nav a")] == ["Next part"]
    assert not soup(output / "alone/index.html").select("[data-series]")

    page = soup(output / "series/pricing/index.html")
    assert page.title.get_text() == "Pricing · Noor Haddad"
    assert page.select_one("main h1").get_text() == "Pricing"
    cards = page.select("main ol.series-list > li .card__title a")
    assert [a["href"] for a in cards] == ["../../one/", "../../two/", "../../three/"]
    assert "https://example.com/series/pricing/" in (output / "sitemap.xml").read_text()


def test_without_series_order_parts_go_by_date_and_a_hostile_name_stays_text(tmp_path):
    files = {
        "articles/late.md": post("late", "2026-05-01", f"Series: {HOSTILE}"),
        "articles/early.md": post("early", "2026-04-01", f"Series: {HOSTILE}"),
    }
    output = build_site(tmp_path, files)
    page = soup(output / "late/index.html")
    box = page.select_one("[data-series]")
    assert box["data-series"] == HOSTILE
    assert box.select_one("p").get_text(" ", strip=True) == f"Part 2 of 2 in {HOSTILE}"
    assert not box.select("b")  # text, never markup
    (series_page,) = (output / "series").glob("*/index.html")
    assert soup(series_page).select_one("main h1").get_text() == HOSTILE


def test_drafts_and_scheduled_parts_wait_until_they_are_published(tmp_path):
    files = {
        "articles/one.md": post("one", "2026-01-01", "Series: Pricing"),
        "articles/two.md": post("two", "2026-02-01", "Series: Pricing", "Status: draft"),
        "articles/three.md": post("three", "2027-06-01", "Series: Pricing"),
    }
    output = build_site(
        tmp_path, files, FIXTURE_PUBLISH_SETTINGS, BUILD_TIME=datetime(2026, 12, 1, 9, 0)
    )
    box = soup(output / "one/index.html").select_one('[data-series="Pricing"]')
    assert box.select_one("p").get_text(" ", strip=True) == "Part 1 of 1 in Pricing"
    assert not box.select(".post-nav")
    listed = soup(output / "series/pricing/index.html").select(".card__title a")
    assert [a["href"] for a in listed] == ["https://example.com/one/"]
    # Development shows the scheduled article, marked, but still not as a part.
    dev = build_site(tmp_path / "dev", files, BUILD_TIME=datetime(2026, 12, 1, 9, 0))
    assert soup(dev / "three/index.html").select_one("p.scheduled")
    assert not soup(dev / "three/index.html").select("[data-series]")
    box = soup(dev / "one/index.html").select_one("[data-series]")
    assert box.select_one("p").get_text(" ", strip=True) == "Part 1 of 1 in Pricing"


def test_an_empty_series_save_as_writes_no_page_and_links_none(tmp_path):
    files = {"articles/one.md": post("one", "2026-01-01", "Series: Pricing")}
    output = build_site(tmp_path, files, SERIES_SAVE_AS="")
    box = soup(output / "one/index.html").select_one("[data-series]")
    assert box.select_one("p").get_text(" ", strip=True) == "Part 1 of 1 in Pricing"
    assert not box.select_one("p a") and not (output / "series").exists()
    assert "/series/" not in (output / "sitemap.xml").read_text()


def problems_of(tmp_path, files, **settings) -> list[tuple[str, int | None, str]]:
    return [(p.file, p.line, p.message) for p in build_fails(tmp_path, files, **settings)]


def test_each_writer_mistake_fails_naming_the_file_line_and_what_to_do(tmp_path):
    files = {
        "articles/a.md": post(
            "a", "2026-01-01", "Series: Pricing for freelancers", "Series_order: 1"
        ),
        "articles/b.md": post(
            "b", "2026-01-02", "Series: Pricing for freelancers", "Series_order: 1"
        ),
        "articles/c.md": post("c", "2026-01-03", "Series: Pricing for Freelancers"),
        "articles/d.md": post("d", "2026-01-04", "Series_order: 3"),
        "articles/e.md": post("e", "2026-01-05", "Series: Contracts", "Series_order: two"),
        "articles/f.md": post(
            "f", "2026-01-06", "Series: Pricing for freelancers", "Status: draft"
        ),
    }
    found = {(file, line): message for file, line, message in problems_of(tmp_path, files)}
    assert set(found) == {
        ("content/articles/b.md", 7),
        ("content/articles/c.md", 6),
        ("content/articles/d.md", 6),
        ("content/articles/e.md", 7),
        ("content/articles/f.md", 6),
    }
    assert found[("content/articles/b.md", 7)].startswith("Series_order: 1 is also that of")
    assert (
        "is written 'Pricing for freelancers' in articles/" in found[("content/articles/c.md", 6)]
    )
    assert "Series_order: without Series:" in found[("content/articles/d.md", 6)]
    assert "Series_order: 'two' is not a whole number" in found[("content/articles/e.md", 7)]
    assert "have a Series_order and this part has none" in found[("content/articles/f.md", 6)]


def test_a_series_url_with_another_placeholder_is_a_setting_error(tmp_path):
    files = {"articles/one.md": post("one", "2026-01-01", "Series: Pricing")}
    (problem,) = build_fails(tmp_path, files, SERIES_URL="series/{name}/")
    assert "SERIES_URL is 'series/{name}/': write it with {slug}" in problem.message


def test_front_matter_writes_series_as_hugo_does_and_pins_as_chirpy_does(tmp_path):
    front = "---\ntitle: {title}\ndate: 2026-0{n}-01\ntags: [one]\nslug: {slug}\n{more}---\n\nHi"
    files = {
        "articles/a.md": front.format(title="A", n=1, slug="a", more="series: [Pricing]\n"),
        "articles/b.md": front.format(
            title="B", n=2, slug="b", more="series: Pricing\nseries_order: 2\npin: true\n"
        ),
        "articles/c.md": front.format(title="C", n=3, slug="c", more=""),
    }
    files["articles/a.md"] = files["articles/a.md"].replace("series:", "series_order: 1\nseries:")
    output = build_site(tmp_path, files)
    box = soup(output / "b/index.html").select_one('[data-series="Pricing"]')
    assert box.select_one("p").get_text(" ", strip=True) == "Part 2 of 2 in Pricing"
    home = soup(output / "index.html").select(".card")
    assert home[0].select_one(".card__title").get_text() == "B"
    assert home[0].select_one(".card__pin").get_text() == "Pinned"


def test_a_series_name_too_long_for_a_file_name_names_the_part_and_its_line(tmp_path):
    name = "Pricing " * 40
    files = {"articles/one.md": post("one", "2026-01-01", f"Series: {name}")}
    (problem,) = build_fails(tmp_path, files)
    assert (problem.file, problem.line) == ("content/articles/one.md", 6)
    assert problem.message.startswith("the series page of 'Pricing Pricing")
    assert "longer than the file system allows (255): give it a shorter name" in problem.message


def test_a_series_page_and_another_page_on_one_path_fail_naming_both(tmp_path):
    files = {
        "articles/one.md": post("one", "2026-01-01", "Series: Pricing"),
        "pages/mine.md": "Title: Mine\nSave_as: series/pricing/index.html\n\nWords.\n",
    }
    messages = [p.message for p in build_fails(tmp_path, files)]
    assert any(
        "pages/mine.md and the series page of 'Pricing' would both be written to "
        "series/pricing/index.html" in m
        for m in messages
    ), messages


def test_a_series_name_with_no_letters_fails_once_naming_the_file(tmp_path):
    files = {"articles/one.md": post("one", "2026-01-01", "Series: 🔥🔥 !!")}
    (problem,) = build_fails(tmp_path, files)
    assert (problem.file, problem.line) == ("content/articles/one.md", 6)
    assert problem.message == "series '🔥🔥 !!' makes no address: put a word in letters in it"
