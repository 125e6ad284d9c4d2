"""Testimonials as plain data: from projects and from files, newest first."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup
from storefront.testimonials import from_file, from_project, gather
from storefront.text import StorefrontError

PROJECT = {
    "slug": "villas",
    "testimonial": "Bookings <went> up.",
    "testimonial_author": "Ana, owner",
    "client": "Seagrape Villas",
    "country": "AI",
    "country_name": "Anguilla",
    "year": 2022,
    "url": "portfolio/villas/",
    "title": "Villa website",
}


def country(name):
    if name == "Nowhere":
        raise StorefrontError("no such country", "Country:")
    return "CA", "Canada"


def test_a_projects_testimonial_links_its_project_and_escapes_its_text():
    testimonial = from_project(PROJECT)
    assert testimonial["quote_html"] == "<p>Bookings &lt;went&gt; up.</p>"
    assert testimonial["quote_text"] == "Bookings <went> up."
    assert testimonial["project_url"] == "portfolio/villas/" and testimonial["country"] == "AI"
    assert from_project({**PROJECT, "testimonial": ""}) is None


@given(st.text())
def test_any_quote_from_a_project_is_text_in_its_html(text):
    testimonial = from_project({**PROJECT, "testimonial": text or "x"})
    assert Markup(testimonial["quote_html"]).striptags() == Markup.escape(text or "x").striptags()


def test_a_file_testimonial():
    testimonial = from_file(
        {"name": "Priya, editor", "client": "Maplewood", "country": "Canada", "year": "2025"},
        "<p>Two rounds fewer.</p>",
        "maplewood",
        country,
    )
    assert testimonial["id"] == "maplewood" and testimonial["year"] == 2025
    assert testimonial["country"] == "CA" and testimonial["quote_text"] == "Two rounds fewer."
    assert not testimonial["project_url"]


@pytest.mark.parametrize(
    ("metadata", "html", "says"),
    [
        ({}, "<p>x</p>", "no Name"),
        ({"name": "A"}, "<p> </p>", "no text"),
        ({"name": "A", "year": "25"}, "<p>x</p>", "four-digit"),
        ({"name": "A", "country": "Nowhere"}, "<p>x</p>", "no such country"),
    ],
)
def test_a_file_testimonial_the_writer_must_fix(metadata, html, says):
    with pytest.raises(StorefrontError, match=says):
        from_file(metadata, html, "t", country)


def test_gather_newest_first():
    own = from_file({"name": "Zed"}, "<p>x</p>", "zed", country)
    old = from_file({"name": "Bo", "year": "2019", "country": "Canada"}, "<p>x</p>", "bo", country)
    found = gather([PROJECT, {**PROJECT, "testimonial": ""}], [own, old])
    assert [t["id"] for t in found] == ["from-villas", "bo", "zed"]
