"""Services: one Markdown file each in content/services/, as plain data.

    Title: Technical writing
    Summary: Guides and API documentation in plain English.
    Price: 1200 EUR
    Turnaround: 2-4 weeks
    Order: 1

    What is included, in Markdown (usually a list).

`Price` is a "from" price: an amount and an ISO 4217 currency code, either way
round ("1,200 EUR", "EUR 1200", "1200.50 USD"). Title and Summary are required;
Price, Turnaround and Order are optional. Services are listed by Order, then
by title.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation

from freelancekit.markup import one_line

from .text import StorefrontError

# A symbol names more than one currency ("$" is used by 20 countries): ask for the code.
SYMBOLS = {"$": "USD, CAD, AUD, NZD…", "€": "EUR", "£": "GBP", "¥": "JPY or CNY", "₹": "INR"}
AMOUNT = r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
CODE = r"(?P<code>[A-Z]{3})"
PRICE_FORMS = (re.compile(rf"{AMOUNT}\s*{CODE}"), re.compile(rf"{CODE}\s*{AMOUNT}"))
PRICE_EXAMPLE = "'Price: 1200 EUR' (an amount and the currency's three-letter code)"


def read_price(text: str) -> tuple[Decimal, str]:
    """A "from" price as (amount, ISO 4217 code); raise StorefrontError."""
    text = text.strip()
    for form in PRICE_FORMS:
        if match := form.fullmatch(text):
            amount = Decimal(match["amount"].replace(",", ""))
            if amount <= 0:
                break
            return amount, match["code"]
    for symbol, codes in SYMBOLS.items():
        if symbol in text:
            raise StorefrontError(
                f"Price {text!r}: write the currency as its code ({codes}), as in {PRICE_EXAMPLE}",
                "Price:",
            )
    raise StorefrontError(f"Price {text!r} is not a price: write it as {PRICE_EXAMPLE}", "Price:")


def money(amount: Decimal, code: str) -> str:
    """ "1,200 EUR": thousands grouped, cents only when there are some."""
    whole = amount == amount.to_integral_value()
    number = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    return f"{number} {code}"


def shown_price(amount: Decimal, code: str) -> str:
    """ "From 1,200 EUR"."""
    return f"From {money(amount, code)}"


def service_record(metadata: Mapping[str, object], slug: str) -> dict:
    """Check one service's metadata and return its plain fields; raise StorefrontError."""
    record = {"slug": slug}
    for key in ("title", "summary"):
        if not one_line(metadata.get(key)):
            raise StorefrontError(
                f"service has no {key.capitalize()}: add a '{key.capitalize()}: ...' line"
            )
    record["title"] = one_line(metadata["title"])
    record["turnaround"] = one_line(metadata.get("turnaround"))
    price = one_line(metadata.get("price"))
    record["price"] = record["price_shown"] = record["money"] = record["currency"] = ""
    if price:
        amount, code = read_price(price)
        record.update(
            price=str(amount),
            currency=code,
            money=money(amount, code),
            price_shown=shown_price(amount, code),
        )
    order = one_line(metadata.get("order")) or "0"
    try:
        record["order"] = int(Decimal(order))
    except (InvalidOperation, ValueError):
        raise StorefrontError(f"Order {order!r} is not a number such as 1", "Order:") from None
    return record


def sort_services(records: Iterable[dict]) -> list[dict]:
    return sorted(records, key=lambda r: (r["order"], r["title"].casefold()))


def key(name: str) -> str:
    """How a service's name is compared: case and spacing do not matter."""
    return " ".join(name.casefold().split())


def find_service(name: str, services: Iterable[Mapping]) -> Mapping | None:
    """The service a `Service:` names: by its title, or by its file name
    ("legal-translation" or "Legal translation" for legal-translation.md)."""
    wanted = key(name)
    as_slug = "-".join(wanted.replace("-", " ").split())
    return next(
        (s for s in services if key(s["title"]) == wanted or s.get("slug") == as_slug),
        None,
    )


def projects_for(service: Mapping, projects: Iterable[Mapping]) -> list[Mapping]:
    """The portfolio projects whose Services name this service, newest first."""
    wanted = key(service["title"])
    found = [p for p in projects if wanted in {key(s) for s in p.get("services", [])}]
    return sorted(found, key=lambda p: (-p["year"], p["client"]))


def _round(value: Decimal) -> Decimal:
    """The nearest of 1, 2 and 5 times a power of ten (in log scale): 1,400 -> 1,000."""
    power = 10 ** math.floor(math.log10(value))
    steps = [Decimal(m) * Decimal(power) for m in (1, 2, 5, 10)]
    return min(steps, key=lambda s: abs(math.log(s / value)))


def budget_ranges(services: Iterable[Mapping]) -> list[str]:
    """Budget choices for the enquiry form, scaled to the cheapest "from" price: five
    choices in the one currency the services are priced in; [] when they use several
    currencies or none (the form then asks for a budget with its currency)."""
    priced = [s for s in services if s.get("price")]
    if not priced or len({s["currency"] for s in priced}) != 1:
        return []
    code = priced[0]["currency"]
    low = min(Decimal(s["price"]) for s in priced)
    a, b, c = (_round(low * factor) for factor in (1, 4, 15))
    if not a < b < c:
        return []
    show = lambda amount: money(amount, code).removesuffix(f" {code}")  # noqa: E731
    return [
        "Not decided yet",
        f"Under {money(a, code)}",
        f"{show(a)} to {money(b, code)}",
        f"{show(b)} to {money(c, code)}",
        f"Over {money(c, code)}",
    ]
