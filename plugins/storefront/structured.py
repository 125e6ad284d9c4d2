"""JSON-LD for the business, as plain dicts the templates print with `tojson`.

One `@id` per thing, so blocks on different pages describe the same owner:
`{site}/#owner` (Person), `{site}/#website` (WebSite), `{site}/#business`
(ProfessionalService). Only schema.org types and properties are used
(tests/storefront/test_structured.py checks every block against the vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

CONTEXT = "https://schema.org"


def ids(site: str) -> dict[str, str]:
    return {name: f"{site}/#{name}" for name in ("owner", "website", "business")}


def _ref(identifier: str) -> dict:
    return {"@id": identifier}


def countries(records: Iterable[Mapping]) -> list[dict]:
    return [{"@type": "Country", "name": c["name"]} for c in records]


def person(
    site: str,
    name: str,
    *,
    job_title: str = "",
    photo: str = "",
    same_as: Iterable[str] = (),
    knows_about: Iterable[str] = (),
) -> dict:
    """The owner."""
    data = {"@type": "Person", "@id": ids(site)["owner"], "name": name, "url": f"{site}/"}
    if job_title:
        data["jobTitle"] = job_title
    if photo:
        data["image"] = photo
    if same_as := list(same_as):
        data["sameAs"] = same_as
    if knows_about := list(knows_about):
        data["knowsAbout"] = knows_about
    return data


def website(site: str, name: str, description: str = "") -> dict:
    data = {
        "@type": "WebSite",
        "@id": ids(site)["website"],
        "url": f"{site}/",
        "name": name,
        "publisher": _ref(ids(site)["owner"]),
    }
    if description:
        data["description"] = description
    return data


def offer(service: Mapping, url: str, site: str, area: list[dict], starts: str = "") -> dict:
    """A service as an Offer: what it is, from what price, from when."""
    item = {
        "@type": "Service",
        "name": service["title"],
        "description": service["summary_text"],
        "url": url,
        "provider": _ref(ids(site)["owner"]),
    }
    if area:
        item["areaServed"] = area
    data = {"@type": "Offer", "itemOffered": item, "url": url}
    if service["price"]:
        data["priceSpecification"] = {
            "@type": "PriceSpecification",
            "minPrice": service["price"],
            "priceCurrency": service["currency"],
        }
    if starts:
        data["availabilityStarts"] = starts
    return data


def business(
    site: str, name: str, url: str, offers: list[dict], area: list[dict], description: str = ""
) -> dict:
    """The owner's business: who runs it, where it serves, what it offers."""
    data = {
        "@type": "ProfessionalService",
        "@id": ids(site)["business"],
        "name": name,
        "url": url,
        "founder": _ref(ids(site)["owner"]),
        "makesOffer": offers,
    }
    if area:
        data["areaServed"] = area
    if description:
        data["description"] = description
    return data


def review(testimonial: Mapping, site: str, url: str) -> dict:
    """A testimonial as a Review of the owner."""
    if testimonial["name"]:
        author = {"@type": "Person", "name": testimonial["name"]}
        if testimonial["client"]:
            author["worksFor"] = {"@type": "Organization", "name": testimonial["client"]}
    else:
        author = {"@type": "Organization", "name": testimonial["client"]}
    data = {
        "@type": "Review",
        "reviewBody": testimonial["quote_text"],
        "author": author,
        "itemReviewed": _ref(ids(site)["owner"]),
        "url": url,
    }
    if testimonial["year"]:
        data["datePublished"] = str(testimonial["year"])
    return data


def breadcrumbs(trail: Iterable[tuple[str, str]]) -> dict:
    """A BreadcrumbList from (name, absolute URL) pairs, home first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": name, "item": url}
            for number, (name, url) in enumerate(trail, start=1)
        ],
    }


def graph(*nodes: dict) -> dict:
    """One JSON-LD block holding several things."""
    return {"@context": CONTEXT, "@graph": [n for n in nodes if n]}


def breadcrumb_block(trail: Iterable[Sequence[str]]) -> dict:
    """A page's BreadcrumbList as a JSON-LD block (the Jinja filter `breadcrumbs`)."""
    return {"@context": CONTEXT, **breadcrumbs(trail)}
