"""Services as plain data: prices, required fields, order, matching names."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from storefront.services import (
    find_service,
    money,
    projects_for,
    read_price,
    service_record,
    sort_services,
)
from storefront.text import StorefrontError


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [
        ("1200 EUR", "1200", "EUR"),
        ("EUR 1200", "1200", "EUR"),
        ("1,200 EUR", "1200", "EUR"),
        ("1200.50 USD", "1200.50", "USD"),
        ("  350 GBP ", "350", "GBP"),
        ("12,345,678 JPY", "12345678", "JPY"),
    ],
)
def test_a_price_is_an_amount_and_a_currency_code(text, amount, code):
    assert read_price(text) == (Decimal(amount), code)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("$900", "code"),
        ("€900", "EUR"),
        ("900", "three-letter"),
        ("900 eur", "three-letter"),
        ("0 EUR", "three-letter"),
        ("1,20 EUR", "three-letter"),  # a decimal comma is not read as thousands
        ("from 900 EUR", "three-letter"),
        ("900 EUR per day", "three-letter"),
    ],
)
def test_what_is_not_a_price_says_how_to_write_one(text, says):
    with pytest.raises(StorefrontError, match=says) as error:
        read_price(text)
    assert error.value.needle == "Price:"


@given(
    st.decimals(min_value="0.01", max_value="99999999", places=2), st.sampled_from(["EUR", "INR"])
)
def test_a_shown_price_reads_back_as_the_same_amount(amount, code):
    assert read_price(money(amount, code)) == (amount, code)


@given(st.text(max_size=30))
def test_any_text_is_a_price_or_a_clear_error(text):
    try:
        amount, code = read_price(text)
    except StorefrontError as error:
        assert "Price" in str(error)
    else:
        assert amount > 0 and len(code) == 3


def test_a_service_needs_a_title_and_a_summary():
    with pytest.raises(StorefrontError, match="no Title"):
        service_record({"summary": "x"}, "s")
    with pytest.raises(StorefrontError, match="no Summary"):
        service_record({"title": "Editing"}, "s")


def test_a_service_record_and_its_order():
    record = service_record(
        {"title": " Editing ", "summary": "x", "price": "350 EUR", "turnaround": "a week"}, "edit"
    )
    assert record["price_shown"] == "From 350 EUR" and record["money"] == "350 EUR"
    assert record["turnaround"] == "a week" and record["order"] == 0
    with pytest.raises(StorefrontError, match="Order"):
        service_record({"title": "a", "summary": "b", "order": "first"}, "a")
    services = [
        {"title": "b", "order": 0},
        {"title": "A", "order": 0},
        {"title": "z", "order": -1},
    ]
    assert [s["title"] for s in sort_services(services)] == ["z", "A", "b"]


def test_projects_name_services_in_any_case_and_spacing():
    services = [{"title": "Technical writing"}]
    projects = [
        {"services": ["technical  Writing"], "year": 2020, "client": "a"},
        {"services": ["Editing"], "year": 2024, "client": "b"},
        {"services": ["Technical writing"], "year": 2025, "client": "c"},
    ]
    assert find_service("TECHNICAL writing", services) is services[0]
    assert find_service("Writing", services) is None
    assert [p["client"] for p in projects_for(services[0], projects)] == ["c", "a"]


def test_budget_ranges_scale_with_the_cheapest_price_in_one_currency():
    from storefront.services import budget_ranges

    def priced(*prices):
        return [{"price": p.split()[0], "currency": p.split()[1]} for p in prices]

    assert budget_ranges(priced("350 EUR", "2400 EUR")) == [
        "Not decided yet",
        "Under 500 EUR",
        "500 to 1,000 EUR",
        "1,000 to 5,000 EUR",
        "Over 5,000 EUR",
    ]
    assert budget_ranges(priced("12000 SEK", "45000 SEK"))[1:3] == [
        "Under 10,000 SEK",
        "10,000 to 50,000 SEK",
    ]
    assert budget_ranges(priced("900 MXN", "1200.50 USD")) == []  # two currencies: no ranges
    assert budget_ranges([{"price": "", "currency": ""}]) == []
