"""The portfolio, project pages and [WORLDMAP] in a built site; strict errors."""

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_fails, build_site, soup

ENTRY = """\
Title: Villa website
Client: Seagrape Villas
Country: {country}
Year: {year}
Services: Copywriting, Editing
Testimonial: Bookings went up.
Testimonial-author: Ana, owner

What we did.
"""
PORTFOLIO = "Title: Portfolio\nSlug: portfolio\nTemplate: portfolio\n\nMy work.\n"


def site(tmp_path, country="Anguilla", year="2022", extra=None, **settings):
    files = {
        "portfolio/villas.md": ENTRY.format(country=country, year=year),
        "pages/portfolio.md": PORTFOLIO,
        "articles/a.md": article(body="Where I work:\n\n[WORLDMAP]\n\nThanks."),
        **(extra or {}),
    }
    return build_site(tmp_path, files, **settings)


def failing(tmp_path, **kwargs) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        site(tmp_path, **kwargs)
    return [str(p) for p in failed.value.problems]


def test_fixture_portfolio_page(fixture_site):
    page = soup(fixture_site / "portfolio/index.html")
    svg = page.select_one("svg.world-map")
    highlighted = svg.select("[data-country]")
    assert len(highlighted) == 13
    assert all(e.get("aria-label") for e in highlighted)
    assert page.select_one(".world-map__summary").get_text() == "13 countries on 5 continents"
    assert len(page.select(".world-map__list li")) == 13
    india = svg.select_one('[data-country="IN"]')
    assert india.name == "a" and india["href"] == "../portfolio/country/in/"
    years = [
        int(c.select_one(".card__category").get_text()[-4:]) for c in page.select(".project-card")
    ]
    assert len(years) == 8 and years == sorted(years, reverse=True)  # every project, newest first
    india_page = soup(fixture_site / "portfolio/country/in/index.html")
    assert len(india_page.select(".project-card")) == 2  # two India projects
    assert len(india_page.select(".testimonial")) == 2
    anguilla = svg.select_one('[data-country="AI"]')
    assert anguilla.select_one("circle.world-map__marker")  # too small to see: a marker
    assert anguilla["href"] == "../portfolio/website-and-guest-letters-for-anguilla-villas/"
    china = svg.select_one('[data-country="CN"]')
    assert china.name == "g" and china["tabindex"] == "0"  # no project: tooltip, no link
    assert page.find("script", src=lambda s: s and s.endswith("map.js"))


def test_fixture_project_page(fixture_site):
    page = soup(fixture_site / "portfolio/website-and-guest-letters-for-anguilla-villas/index.html")
    facts = {
        dt.get_text(): dd.get_text()
        for dt, dd in zip(page.select("dt"), page.select("dd"), strict=True)
    }
    assert facts["Country"] == "Anguilla" and facts["Year"] == "2022"
    assert page.select_one(".testimonial blockquote").get_text(strip=True)
    assert page.select_one(".post-category a")["href"] == "../../portfolio/"


def test_portfolio_is_in_the_navigation_and_on_the_hire_page(fixture_site):
    home = soup(fixture_site / "index.html")
    assert home.select_one('.site-nav a[href="./portfolio/"]').get_text() == "Portfolio"
    assert home.select(".site-header a")[-1].get_text() == "Hire me"  # the call to action last
    hire = soup(fixture_site / "hire-me/index.html")
    assert hire.select_one('.cta--hire a[href="../portfolio/"]')


def test_worldmap_line_in_an_article(tmp_path):
    output = site(tmp_path, CLIENT_COUNTRIES=[{"country": "India", "note": "4 clients"}])
    page = soup(output / "a-tip/index.html")
    svg = page.select_one(".post-body svg.world-map")
    assert {e["data-country"] for e in svg.select("[data-country]")} == {"IN", "AI"}
    assert svg.select_one('[data-country="AI"]')["href"] == "../portfolio/villas/"
    assert "[WORLDMAP]" not in page.get_text()
    assert page.find("script", src=lambda s: s and s.endswith("map.js"))
    project = soup(output / "portfolio/villas/index.html")
    assert project.select_one(".testimonial figcaption").get_text() == "Ana, owner, Seagrape Villas"


def test_unknown_country_in_an_entry_names_file_line_and_suggestions(tmp_path):
    lines = failing(tmp_path, country="Anguila")
    assert lines == [
        "content/portfolio/villas.md:3: unknown country 'Anguila'; did you mean Anguilla, Angola?"
    ]


def test_bad_year_names_file_and_line(tmp_path):
    assert failing(tmp_path, year="22") == [
        "content/portfolio/villas.md:4: Year '22' is not a four-digit year such as 2024"
    ]


def test_unknown_client_country_names_the_setting(tmp_path):
    (line,) = failing(tmp_path, CLIENT_COUNTRIES=["Germny"])
    assert line.startswith("pelicanconf.py")
    assert line.endswith("unknown country 'Germny' in CLIENT_COUNTRIES; did you mean Germany?")


def test_the_portfolio_filters_are_plain_links_to_pages_of_their_own(fixture_site):
    portfolio = soup(fixture_site / "portfolio/index.html")
    nav = portfolio.select_one('nav.portfolio-filters[aria-label="Filter projects"]')
    current = nav.select('a[aria-current="page"]')
    assert [a.get_text(" ", strip=True) for a in current] == ["All projects (8)"]
    links = {a.get_text(" ", strip=True): a["href"] for a in nav.select("a")}
    assert links["Editing (5)"] == "../portfolio/service/editing/"
    assert links["Europe (1)"] == "../portfolio/continent/europe/"
    editing = soup(fixture_site / "portfolio/service/editing/index.html")
    assert editing.select_one("main h1").get_text() == "Projects: Editing"
    assert editing.select_one('nav.portfolio-filters a[aria-current="page"]')["href"] == (
        "../../../portfolio/service/editing/"
    )
    assert len(editing.select(".project-card")) == 5
    assert all(
        "Editing" in c.select_one(".project-card__client").get_text()
        for c in editing.select(".project-card")
    )
    asia = soup(fixture_site / "portfolio/continent/asia/index.html")
    assert {c["data-country"] for c in asia.select(".project-card")} == {"IN", "SG"}
    assert asia.select(".testimonial")  # a continent's testimonials too
    india = soup(fixture_site / "portfolio/country/in/index.html")
    assert all(
        c.select_one(".card__category").get_text() in ("2019", "2023")
        for c in india.select(".project-card")
    )


def test_a_project_cover_is_responsive_on_its_card_and_its_page(fixture_site):
    slug = "website-and-guest-letters-for-anguilla-villas"
    card = soup(fixture_site / "portfolio/index.html").select_one(
        f'.project-card:has(a[href="../portfolio/{slug}/"])'
    )
    image = card.select_one("picture img.project-card__cover")
    assert image["alt"] == ""  # beside its linked title, the picture only decorates
    assert image["loading"] == "lazy" and image["width"] and image["height"]
    assert card.select_one('picture source[type="image/webp"]')["srcset"].count("w,") >= 1
    page = soup(fixture_site / f"portfolio/{slug}/index.html")
    cover = page.select_one(".project-cover picture img")
    assert cover["alt"].startswith("A small harbour at dawn") and cover["loading"] == "eager"
    for src in [cover["src"], *(p.split()[0] for p in cover["srcset"].split(", "))]:
        assert (fixture_site / f"portfolio/{slug}" / src).resolve().is_file(), src
    assert not soup(fixture_site / "portfolio/index.html").select(
        ".project-card:not(.project-card--cover) picture"
    )


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        ("Cover: images/villa.jpg\n", "Cover-alt"),
        ("Cover: images/none.jpg\nCover-alt: A villa\n", "not found"),
        ("Cover: https://example.org/v.jpg\nCover-alt: A villa\n", "another site"),
    ],
)
def test_a_cover_the_writer_must_fix(tmp_path, lines, says):
    entry = ENTRY.format(country="Anguilla", year=2022).replace(
        "Year: 2022\n", "Year: 2022\n" + lines
    )
    problems = build_fails(
        tmp_path, {"portfolio/villas.md": entry, "pages/portfolio.md": PORTFOLIO}
    )
    assert len(problems) == 1 and says in problems[0].message and problems[0].line == 5
