"""The structured-data checker itself: it must fail on what schema.org does not define."""

from vocabulary import ancestors, problems

GOOD = {
    "@context": "https://schema.org",
    "@type": "Review",
    "reviewBody": "Great.",
    "author": {"@type": "Person", "name": "Ana"},
    "itemReviewed": {"@id": "https://example.com/#owner"},
}


def test_a_valid_block_passes():
    assert problems(GOOD) == []


def test_ancestors_follow_the_hierarchy():
    assert {"ProfessionalService", "LocalBusiness", "Organization", "Thing"} <= ancestors(
        "ProfessionalService"
    )


def test_unknown_type_property_domain_and_range_fail():
    assert problems({**GOOD, "@type": "Testimonial"})
    assert problems({**GOOD, "stars": 5})  # not a property
    assert problems({**GOOD, "jobTitle": "Editor"})  # a Person's, not a Review's
    assert problems({**GOOD, "author": {"@type": "Offer", "name": "x"}})  # wrong range
    assert problems({**GOOD, "@context": "http://schema.org/"})
    person = {"@context": "https://schema.org", "@type": "Person", "review": []}
    assert problems(person)  # Person has no `review`: reviews point at it instead


def test_nested_values_and_graphs_are_checked():
    block = {"@context": "https://schema.org", "@graph": [GOOD, {"@type": "WebSite", "nope": 1}]}
    assert len(problems(block)) == 1
