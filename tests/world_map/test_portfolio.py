"""Portfolio entries and CLIENT_COUNTRIES merge into one list of countries."""

import pytest

from world_map import UnknownCountry
from world_map.continents import CONTINENT_OF
from world_map.portfolio import (
    ProjectError,
    client_country,
    country_label,
    merge_countries,
    project_record,
    summary,
)

ENTRY = {"client": "Acme", "country": "the UK", "year": "2024", "services": "Editing, Copywriting"}


def test_project_record_is_plain_data():
    record = project_record({**ENTRY, "testimonial": "Great.", "testimonial-author": "Jo, CEO"})
    assert record == {
        "client": "Acme",
        "country": "GB",
        "country_name": "United Kingdom",
        "year": 2024,
        "services": ["Editing", "Copywriting"],
        "testimonial": "Great.",
        "testimonial_author": "Jo, CEO",
    }


@pytest.mark.parametrize(
    ("change", "message", "needle"),
    [
        ({"client": ""}, "no Client", None),
        ({"country": None}, "no Country", None),
        ({"year": "24"}, "Year '24' is not a four-digit year", "Year:"),
        ({"country": "Atlantis"}, "unknown country 'Atlantis'", "Country:"),
        ({"testimonial-author": "Jo"}, "Testimonial-author without a Testimonial", None),
    ],
)
def test_bad_entries_say_what_to_fix(change, message, needle):
    with pytest.raises(ProjectError, match=message) as error:
        project_record({**ENTRY, **change})
    if needle:
        assert error.value.needle == needle


def test_client_countries_take_names_codes_and_notes():
    assert client_country("india") == ("IN", "")
    assert client_country("SG") == ("SG", "")
    assert client_country({"country": "Singapore", "note": "2 clients"}) == ("SG", "2 clients")
    with pytest.raises(UnknownCountry, match="in CLIENT_COUNTRIES; did you mean India"):
        client_country("Indai")
    with pytest.raises(UnknownCountry):
        client_country({"note": "no country"})


def test_merge_joins_both_sources_and_counts_continents():
    projects = [
        {"country": "IN", "year": 2020, "client": "B"},
        {"country": "IN", "year": 2023, "client": "A"},
        {"country": "AI", "year": 2022, "client": "C"},
    ]
    merged = merge_countries([("IN", "4 clients"), ("FR", "")], projects)
    assert [c["code"] for c in merged] == ["AI", "FR", "IN"]  # by name
    india = merged[2]
    assert india["note"] == "4 clients" and [p["year"] for p in india["projects"]] == [2023, 2020]
    assert summary(merged) == "3 countries on 3 continents"
    assert summary(merged[:1]) == "1 country on 1 continent"


def test_labels_name_notes_and_projects():
    country = {"name": "India", "note": "4 clients", "projects": [1, 2]}
    assert country_label(country) == "India (4 clients; 2 portfolio projects)"
    assert country_label({"name": "Chad", "note": "", "projects": []}) == "Chad"


def test_every_country_has_a_continent():
    import pycountry

    assert {c.alpha_2 for c in pycountry.countries} == set(CONTINENT_OF)


def test_testimonials_join_their_countries():
    from world_map.portfolio import country_label, with_testimonials

    countries = merge_countries([("IN", "")], [])
    quote = {"country": "CA", "id": "q"}
    merged = with_testimonials(
        countries, [quote, {"country": "", "id": "none"}, {**quote, "country": "IN"}]
    )
    assert [(c["code"], len(c["testimonials"])) for c in merged] == [("CA", 1), ("IN", 1)]
    assert merged[0]["continent"] == "North America" and merged[0]["projects"] == []
    assert country_label(merged[0]) == "Canada (1 testimonial)"
    assert "testimonials" not in countries[0]  # the list it was given is left as it was


def test_portfolio_filters_by_service_continent_and_country():
    from world_map.portfolio import portfolio_filters

    def project(client, code, year, services):
        return {"client": client, "country": code, "year": year, "services": services}

    projects = [
        project("a", "IN", 2020, ["Editing", "Copywriting"]),
        project("b", "DE", 2024, ["editing"]),  # the same service, spelt another way
        project("c", "IN", 2023, []),
    ]
    countries = merge_countries([("CN", "")], projects)
    countries = [
        {**c, "testimonials": [{"id": "q"}] if c["code"] == "CN" else []} for c in countries
    ]
    filters = portfolio_filters(projects, countries, lambda name: name.lower())
    services = {e["slug"]: [p["client"] for p in e["projects"]] for e in filters["services"]}
    assert services == {"copywriting": ["a"], "editing": ["b", "a"]}
    assert filters["services"][1]["url"] == "portfolio/service/editing/"
    continents = {e["name"]: [p["client"] for p in e["projects"]] for e in filters["continents"]}
    assert continents == {"Asia": ["c", "a"], "Europe": ["b"]}
    asia = filters["continents"][0]
    assert asia["testimonials"] == [{"id": "q"}] and asia["url"] == "portfolio/continent/asia/"
    by_country = {e["code"]: len(e["projects"]) for e in filters["countries"]}
    assert by_country == {"CN": 0, "DE": 1, "IN": 2}  # China: a testimonial, no project
