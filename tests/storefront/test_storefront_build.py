"""The storefront in a built site: profile home, services, testimonials, JSON-LD, errors."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from vocabulary import problems

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_fails, build_site, soup

PROJECT = """\
Title: Villa website
Client: Seagrape Villas
Country: Anguilla
Year: {year}
Services: Copywriting, Editing
Testimonial: Bookings went up.
Testimonial-author: Ana, owner

What we did.
"""
SERVICE = """\
Title: {title}
Summary: {title} for people who need it.
Price: {price}
Turnaround: 2 weeks
Order: {order}

- what is included
"""
FILES = {
    "portfolio/villas.md": PROJECT.format(year=2022),
    "portfolio/later.md": PROJECT.format(year=2025).replace("Villa website", "Guest letters"),
    "pages/portfolio.md": "Title: Portfolio\nSlug: portfolio\nTemplate: portfolio\n\nMy work.\n",
    "pages/hire.md": "Title: Work with me\nSlug: hire\nTemplate: hire\n\nWrite to me.\n",
    "services/copy.md": SERVICE.format(title="Copywriting", price="900 EUR", order=2),
    "services/edit.md": SERVICE.format(title="Editing", price="USD 1,250.50", order=1),
    "testimonials/priya.md": "Name: Priya, editor\nClient: Maplewood\nCountry: Canada\n"
    "Year: 2021\n\nOne round of *changes*, not three.\n",
    "testimonials/zed.md": "Name: Zed\n\nQuick & careful.\n",
    "home.md": "Title: I write for companies <across> time zones.\n\nI am a **writer**.\n",
    "articles/a.md": article(body="A tip.").replace("Tags: one", "Tags: one\nService: editing"),
    **{
        f"articles/{n}.md": article(slug=f"t{n}", title=f"Tip {n}", date=f"2026-01-0{n} 10:00")
        for n in range(3, 8)
    },
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from PIL import Image

    folder = tmp_path_factory.mktemp("storefront")
    (folder / "content/images").mkdir(parents=True)
    Image.new("RGB", (600, 600), (200, 120, 90)).save(folder / "content/images/me.png")
    home = FILES["home.md"].replace(
        "\n\n", "\nPhoto: images/me.png\nPhoto-alt: Me, at my desk\n\n", 1
    )
    social = (("GitHub", "https://github.com/x"),)
    return build_site(folder, {**FILES, "home.md": home}, CLIENT_COUNTRIES=["India"], SOCIAL=social)


def blocks(page) -> list:
    return [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]


def test_the_profile_home(site):
    home = soup(site / "index.html")
    assert home.select_one("h1.site-title").get_text(strip=True)
    assert home.select_one(".home-lead").get_text() == "I write for companies <across> time zones."
    photo = home.select_one(".profile__intro picture img.profile-photo")
    assert photo["alt"] == "Me, at my desk" and photo["width"] == "600"
    assert home.select_one(".profile__intro strong").get_text() == "writer"
    assert home.select_one('.profile__cta a.button[href="./hire/"]').get_text() == "Work with me"
    services = home.select("section#services [data-service]")
    assert [s["data-service"] for s in services] == ["edit", "copy"]  # by Order
    assert services[0].select_one("a")["href"] == "./services/#edit"
    assert home.select_one("section#services .service-card__terms").get_text() == (
        "From 1,250.50 USD · 2 weeks"
    )
    quotes = home.select("section#testimonials figure.testimonial")
    assert len(quotes) == 3  # of four: the newest three, and a link to all
    assert home.select_one('section#testimonials a[href="./testimonials/"]').get_text() == (
        "All 4 testimonials"
    )
    teaser = home.select_one(".home-map a[href='./portfolio/'] img")
    assert teaser["src"] == "./portfolio/client-map.svg" and teaser["alt"]
    assert (site / "portfolio/client-map.svg").read_text().startswith("<svg ")
    assert "3 countries on 2 continents" in home.select_one("#home-map-title").get_text()
    latest = home.select("#latest-title ~ .card-list .card")
    assert [c.select_one("h3").get_text() for c in latest] == ["Tip 7", "Tip 6", "Tip 5"]
    assert home.select_one('.section-more a[href="./blog/"]').get_text() == "All writing"


def test_the_posts_move_to_blog(site):
    blog = soup(site / "blog/index.html")
    assert blog.select_one("main h1").get_text() == "Writing"
    assert blog.select_one(".site-header p.site-title")  # the name is not this page's h1
    assert len(blog.select(".card")) == 6
    assert blog.select_one('.site-nav a[href="../blog/"]').get_text() == "Writing"


def test_the_services_page(site):
    page = soup(site / "services/index.html")
    assert page.select_one("main h1").get_text() == "Services"
    cards = page.select("section#services article.service-card")
    assert [c["id"] for c in cards] == ["edit", "copy"]
    assert cards[0].select_one(".service-card__included li").get_text() == "what is included"
    linked = [a["href"] for a in cards[1].select(".service-card__projects a")]
    assert linked == ["../portfolio/later/", "../portfolio/villas/"]  # newest first


def test_the_testimonials_page(site):
    page = soup(site / "testimonials/index.html")
    figures = page.select("section#testimonials figure.testimonial")
    assert [f["id"] for f in figures] == ["from-later", "from-villas", "priya", "zed"]
    assert figures[0]["data-country"] == "AI"
    assert figures[0].select_one('a[href="../portfolio/country/ai/"]').get_text() == "Anguilla"
    assert figures[0].select_one('a[href="../portfolio/later/"]').get_text() == "Guest letters"
    priya = page.select_one("#priya")
    assert priya.select_one("blockquote em").get_text() == "changes"
    assert priya.select_one('a[href="../portfolio/country/ca/"]').get_text() == "Canada"
    assert page.select_one("#zed blockquote").get_text(strip=True) == "Quick & careful."


def test_an_articles_service_names_it_in_the_call_to_action(site):
    cta = soup(site / "a-tip/index.html").select_one("aside.cta")
    assert cta["data-service"] == "edit"
    assert cta.select_one('a[href="../services/#edit"]').get_text() == "Editing"
    assert "from 1,250.50 USD, 2 weeks" in cta.get_text()
    assert [a["href"] for a in cta.select(".cta__projects a")] == [
        "../portfolio/later/",
        "../portfolio/villas/",
    ]
    plain = soup(site / "t3/index.html").select_one("aside.cta")
    assert not plain.has_attr("data-service") and not plain.select(".cta__projects")


def test_structured_data_is_valid_schema_org(site):
    home = blocks(soup(site / "index.html"))
    assert len(home) == 1 and problems(home[0]) == []
    graph = {node["@type"]: node for node in home[0]["@graph"]}
    owner = graph["Person"]
    assert owner["sameAs"] == ["https://github.com/x"]
    assert owner["knowsAbout"] == ["Editing", "Copywriting"]
    assert owner["image"].endswith("/images/me.png")
    offers = graph["ProfessionalService"]["makesOffer"]
    assert offers[0]["priceSpecification"] == {
        "@type": "PriceSpecification",
        "minPrice": "1250.50",
        "priceCurrency": "USD",
    }
    areas = {a["name"] for a in graph["ProfessionalService"]["areaServed"]}
    assert areas == {"Anguilla", "Canada", "India"}  # clients, and testimonials
    reviews = blocks(soup(site / "testimonials/index.html"))[0]["@graph"]
    assert problems(blocks(soup(site / "testimonials/index.html"))[0]) == []
    review = next(r for r in reviews if r["@type"] == "Review" and r["url"].endswith("#priya"))
    assert review["itemReviewed"] == {"@id": owner["@id"]}
    assert review["author"]["name"] == "Priya, editor"
    for path in site.rglob("*.html"):
        for block in blocks(soup(path)):
            assert problems(block) == [], path


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("a-tip/index.html", ["Tips", "A tip"]),
        ("portfolio/villas/index.html", ["Portfolio", "Villa website"]),
        ("services/index.html", ["Services"]),
    ],
)
def test_breadcrumbs_on_articles_projects_and_services(site, path, names):
    (trail,) = [b for b in blocks(soup(site / path)) if b.get("@type") == "BreadcrumbList"]
    items = trail["itemListElement"]
    assert [i["name"] for i in items] == [items[0]["name"], *names]
    assert [i["position"] for i in items] == list(range(1, len(names) + 2))
    assert items[0]["item"] == "https://example.com/" and items[-1]["item"].endswith(
        path.removesuffix("index.html")
    )


def test_a_writers_page_gives_the_services_page_its_title_and_intro(tmp_path):
    files = {
        **{k: v for k, v in FILES.items() if k != "home.md"},
        "pages/offer.md": "Title: What I do\nSlug: offer\nTemplate: services\n\nHow I work.\n",
    }
    site = build_site(tmp_path, files)
    page = soup(site / "services/index.html")
    assert page.select_one("main h1").get_text() == "What I do"
    assert page.select_one(".page-body").get_text(strip=True) == "How I work."
    assert not (site / "offer").exists()
    home = soup(site / "index.html")  # no home.md: the subtitle is the pitch, no photo
    assert not home.select(".profile__intro")


def test_home_posts_is_the_plain_list(tmp_path):
    site = build_site(tmp_path, FILES, HOME="posts")
    home = soup(site / "index.html")
    assert not home.select("section#services") and len(home.select(".card")) == 6
    assert not (site / "blog").exists()


@pytest.mark.parametrize(
    ("changed", "says", "line"),
    [
        ({"services/copy.md": SERVICE.format(title="Copy", price="$900", order=1)}, "USD", 3),
        ({"services/copy.md": "Summary: no title\n\nx\n"}, "no Title", None),
        ({"testimonials/zed.md": "Client: Zed\n\nQuick.\n"}, "no Name", None),
        ({"testimonials/zed.md": "Name: Z\nCountry: Atlantis\n\nQuick.\n"}, "Atlantis", 2),
        ({"articles/a.md": FILES["articles/a.md"].replace("editing", "Edting")}, "'Editing'", 5),
        ({"home.md": "Title: Hi\nPhoto: images/none.png\n\nMe.\n"}, "not found", 2),
        # A testimonial has no Title, and its images are checked as an article's are
        (
            {"testimonials/zed.md": "Name: Z\n\nQuick. <img src=https://x.example/a.png>\n"},
            "another site",
            3,
        ),
    ],
)
def test_mistakes_fail_the_build_at_their_line(tmp_path, changed, says, line):
    found = build_fails(tmp_path, {**FILES, **changed})
    assert len(found) == 1 and says in found[0].message
    assert found[0].line == line


def test_an_unknown_home_setting_fails_alone(tmp_path):
    found = build_fails(tmp_path, FILES, HOME="Profile", MENU=[("Writing", "/blog/")])
    assert len(found) == 1 and "HOME" in found[0].message  # MENU's /blog/ is not blamed too


def test_a_broken_service_is_reported_once_not_again_by_its_articles(tmp_path):
    broken = SERVICE.format(title="Editing", price="500 pesos", order=1)
    found = build_fails(tmp_path, {**FILES, "services/edit.md": broken})
    assert [(p.file, p.line) for p in found] == [("content/services/edit.md", 3)]


def test_a_service_is_named_by_its_title_or_its_file_name(tmp_path):
    by_file = FILES["articles/a.md"].replace("Service: editing", "Service: Edit")
    site = build_site(tmp_path, {**FILES, "articles/a.md": by_file})
    assert soup(site / "a-tip/index.html").select_one("aside.cta")["data-service"] == "edit"


def test_working_hours_on_the_hire_page(tmp_path):
    site = build_site(
        tmp_path,
        FILES,
        WORKING_HOURS="Mon-Fri 09:00-17:00",
        TIMEZONE="Asia/Tokyo",
        REPLY_WITHIN="a day",
        BUILD_TIME=datetime(2026, 12, 9, 12, 0),
    )
    box = soup(site / "hire/index.html").select_one("section.working-hours")
    assert box["data-timezone"] == "Asia/Tokyo" and box["data-days"] == "1 2 3 4 5"
    assert (box["data-start"], box["data-end"]) == ("09:00", "17:00")
    assert box.p.get_text() == (
        "Monday to Friday, 09:00 to 17:00 in Tokyo (UTC+09:00). I reply within a day."
    )
    assert "Wednesday 9 December 2026" in box.caption.get_text()
    assert soup(site / "hire/index.html").find("script", src=lambda s: s and "hours.js" in s)
    other = build_site(tmp_path / "reply", FILES, REPLY_WITHIN="a day", WORKING_HOURS=None)
    page = soup(other / "hire/index.html")
    assert page.select_one("section.working-hours").p.get_text() == "I reply within a day."
    assert not page.select("[data-working-hours]")
    assert not page.find("script", src=lambda s: s and "hours.js" in s)


def test_a_working_hours_mistake_fails_the_build(tmp_path):
    (problem,) = build_fails(tmp_path, FILES, WORKING_HOURS="9 to 5")
    assert "WORKING_HOURS" in problem.message and "Mon-Fri 09:00-17:00" in problem.message


def test_a_testimonials_country_alone_puts_the_map_on_the_home_page(tmp_path):
    files = {
        "home.md": FILES["home.md"],
        "articles/a.md": article(),
        "testimonials/lotte.md": "Name: Lotte\nCountry: the Netherlands\n\nClear and quick.\n",
    }
    site = build_site(tmp_path, files, CLIENT_COUNTRIES=[])
    home = soup(site / "index.html")
    assert home.select_one("#home-map-title").get_text() == "Clients in 1 country on 1 continent"
    assert (site / "portfolio/client-map.svg").exists()
    assert soup(site / "portfolio/country/nl/index.html").h1.get_text() == (
        "Clients in the Netherlands"
    )


def test_a_settings_mistake_in_a_production_build_names_the_file_that_sets_it(tmp_path):
    """publishconf.py only imports pelicanconf.py's settings: the error points at the
    line in pelicanconf.py, not at publishconf.py with no line."""
    from site_kit import FIXTURE_PUBLISH_SETTINGS

    with pytest.raises(BuildFailed) as failed:
        build_site(
            tmp_path, {"articles/a.md": article()}, FIXTURE_PUBLISH_SETTINGS, WORKING_HOURS="9 to 5"
        )
    (problem,) = failed.value.problems
    assert (Path(problem.file).name, problem.line) == ("pelicanconf.py", 18)
