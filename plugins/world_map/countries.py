"""Country names, codes and the aliases people write, resolved to ISO 3166-1 alpha-2."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

import pycountry

# What people write that pycountry does not know by that name. Keys are
# normalised (see `normalise`); values are alpha-2 codes.
ALIASES = {
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "us": "US",
    "u s": "US",
    "u s a": "US",
    "united states of america": "US",
    "america": "US",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "czechia": "CZ",
    "turkey": "TR",
    "russia": "RU",
    "vietnam": "VN",
    "viet nam": "VN",
    "hong kong": "HK",
    "taiwan": "TW",
    "macau": "MO",
    "macao": "MO",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "moldova": "MD",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "micronesia": "FM",
    "palestine": "PS",
    "vatican": "VA",
    "vatican city": "VA",
    "holy see": "VA",
    "burma": "MM",
    "swaziland": "SZ",
    "eswatini": "SZ",
    "macedonia": "MK",
    "north macedonia": "MK",
    "cape verde": "CV",
    "east timor": "TL",
    "uae": "AE",
    "emirates": "AE",
    "drc": "CD",
    "dr congo": "CD",
    "congo kinshasa": "CD",
    "democratic republic of congo": "CD",
    "congo brazzaville": "CG",
    "republic of the congo": "CG",
    "holland": "NL",
    "the netherlands": "NL",
    "brunei": "BN",
    "falklands": "FK",
    "falkland islands": "FK",
    "bosnia": "BA",
    "trinidad": "TT",
    "saint kitts": "KN",
    "saint vincent": "VC",
    "sao tome": "ST",
    "the bahamas": "BS",
    "the gambia": "GM",
    "gambia": "GM",
    "the philippines": "PH",
    "kyrgyzstan": "KG",
    "mainland china": "CN",
    "prc": "CN",
    "peoples republic of china": "CN",
    "us virgin islands": "VI",
    "british virgin islands": "VG",
    "vatican city state": "VA",
}


class UnknownCountry(ValueError):
    """A name that is no ISO 3166-1 country, with the closest matches."""

    def __init__(self, name: str, suggestions: list[str], where: str | None = None):
        self.name = name
        self.suggestions = suggestions
        self.needle = name
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        place = f" in {where}" if where else ""
        super().__init__(f"unknown country {name!r}{place}{hint}")


def normalise(name: str) -> str:
    """Lower case, no accents or punctuation, single spaces, 'st' as 'saint'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[’'`]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^st\b", "saint", text)
    return re.sub(r"\bst\b", "saint", text)


@functools.cache
def _index() -> dict[str, str]:
    """Every known way of writing a country, normalised, to its alpha-2 code."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(normalise(value), code)
        # "Korea, Republic of" is also written "Republic of Korea".
        if ", " in country.name:
            head, tail = country.name.split(", ", 1)
            index.setdefault(normalise(f"{tail} {head}"), code)
    for alias, code in [*ALIASES.items(), *((name, code) for code, name in DISPLAY.items())]:
        index[normalise(alias)] = code
    return index


# Names readers use where pycountry's is formal or inverted ("Korea, Republic of").
DISPLAY = {
    "CD": "DR Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "KP": "North Korea",
    "KR": "South Korea",
    "PS": "Palestine",
    "RU": "Russia",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
    "MF": "Saint Martin",
    "SX": "Sint Maarten",
    "CC": "Cocos Islands",
}


def _display(code: str) -> str:
    if code in DISPLAY:
        return DISPLAY[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


def country_name(code: str) -> str:
    """The name readers know a country by (pycountry's common name, else its name)."""
    return _display(code)


# Countries whose names take "the" in a sentence ("clients in the Netherlands"):
# plural names, and names that are a kind of state or a group of islands.
WITH_THE = frozenset(
    [
        "AE",
        "BS",
        "CD",
        "CF",
        "CG",
        "DO",
        "FK",
        "FO",
        "GB",
        "GM",
        "KM",
        "KY",
        "MH",
        "MP",
        "MV",
        "NL",
        "PH",
        "SB",
        "SC",
        "TC",
        "US",
        "VG",
        "VI",
    ]
)


def place_name(code: str) -> str:
    """A country's name as a sentence says it after "in": "the United Kingdom"."""
    name = country_name(code)
    return f"the {name}" if code in WITH_THE else name


def resolve_country(name: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for a name, alias or code; raise UnknownCountry."""
    key = normalise(str(name))
    if key.startswith("the ") and key not in _index():
        key = key[4:]
    code = _index().get(key)
    if code:
        return code
    close = difflib.get_close_matches(key, list(_index()), n=6, cutoff=0.75)
    suggestions = list(dict.fromkeys(_display(_index()[match]) for match in close))[:3]
    raise UnknownCountry(str(name), suggestions)
