"""resolve_country: every ISO country by name and code, and the names people write."""

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from world_map import UnknownCountry, country_name, resolve_country
from world_map.countries import normalise

COUNTRIES = list(pycountry.countries)


def test_there_are_249_countries():
    assert len(COUNTRIES) == 249


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c.alpha_2)
def test_every_country_resolves_by_name_and_both_codes(country):
    code = country.alpha_2
    names = [country.name, country.alpha_2, country.alpha_3, country.alpha_2.lower()]
    names += [getattr(country, a) for a in ("official_name", "common_name") if hasattr(country, a)]
    assert {resolve_country(name) for name in names} == {code}
    assert resolve_country(country_name(code)) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UK", "GB"),
        ("the UK", "GB"),
        ("U.K.", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("United States", "US"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Republic of Korea", "KR"),
        ("North Korea", "KP"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("cote divoire", "CI"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Russia", "RU"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Hong Kong", "HK"),
        ("Taiwan", "TW"),
        ("Iran", "IR"),
        ("Panamá", "PA"),
        ("  new   ZEALAND ", "NZ"),
        ("St Kitts and Nevis", "KN"),
        ("St. Lucia", "LC"),
        ("Curacao", "CW"),
        ("Holland", "NL"),
        ("UAE", "AE"),
        ("Bolivia", "BO"),
        ("Macedonia", "MK"),
        ("Burma", "MM"),
        ("The Gambia", "GM"),
        ("DRC", "CD"),
        ("Republic of the Congo", "CG"),
        ("Anguilla", "AI"),
    ],
)
def test_aliases_people_write(name, code):
    assert resolve_country(name) == code


def test_unknown_names_suggest_the_closest():
    with pytest.raises(UnknownCountry) as error:
        resolve_country("Frnace")
    assert error.value.suggestions == ["France"]
    assert "unknown country 'Frnace'; did you mean France?" in str(error.value)
    with pytest.raises(UnknownCountry, match="did you mean Germany"):
        resolve_country("Germny")


def test_nonsense_has_no_suggestion():
    with pytest.raises(UnknownCountry) as error:
        resolve_country("Qwxzv")
    assert error.value.suggestions == []


def test_readable_names():
    assert country_name("KR") == "South Korea"
    assert country_name("RU") == "Russia"
    assert country_name("GB") == "United Kingdom"
    assert country_name("BO") == "Bolivia"


@given(st.text(max_size=40))
def test_any_text_resolves_or_raises_unknown_country(text):
    try:
        code = resolve_country(text)
    except UnknownCountry as error:
        assert error.name == text
    else:
        assert pycountry.countries.get(alpha_2=code) is not None


@given(st.text(max_size=40))
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


def test_place_names_take_the_where_a_sentence_needs_it():
    from world_map.countries import place_name

    assert place_name("GB") == "the United Kingdom" and place_name("NL") == "the Netherlands"
    assert place_name("IN") == "India" and place_name("CZ") == "Czechia"
