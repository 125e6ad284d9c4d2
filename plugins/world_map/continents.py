"""Continent of every ISO 3166-1 country, after the UN M49 geoscheme.

The Americas are split into North America (Northern America, Central America,
the Caribbean) and South America. Used for the "N countries on M continents"
summary of the world map.
"""

from __future__ import annotations

# fmt: off
CONTINENTS: dict[str, tuple[str, ...]] = {
    "Africa": (
        "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "DZ", "EG", "EH",
        "ER", "ET", "GA", "GH", "GM", "GN", "GQ", "GW", "IO", "KE", "KM", "LR", "LS", "LY", "MA",
        "MG", "ML", "MR", "MU", "MW", "MZ", "NA", "NE", "NG", "RE", "RW", "SC", "SD", "SH", "SL",
        "SN", "SO", "SS", "ST", "SZ", "TD", "TF", "TG", "TN", "TZ", "UG", "YT", "ZA", "ZM", "ZW",
    ),
    "Antarctica": (
        "AQ",
    ),
    "Asia": (
        "AE", "AF", "AM", "AZ", "BD", "BH", "BN", "BT", "CN", "CY", "GE", "HK", "ID", "IL", "IN",
        "IQ", "IR", "JO", "JP", "KG", "KH", "KP", "KR", "KW", "KZ", "LA", "LB", "LK", "MM", "MN",
        "MO", "MV", "MY", "NP", "OM", "PH", "PK", "PS", "QA", "SA", "SG", "SY", "TH", "TJ", "TL",
        "TM", "TR", "TW", "UZ", "VN", "YE",
    ),
    "Europe": (
        "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CZ", "DE", "DK", "EE", "ES", "FI",
        "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT",
        "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE",
        "SI", "SJ", "SK", "SM", "UA", "VA",
    ),
    "North America": (
        "AG", "AI", "AW", "BB", "BL", "BM", "BQ", "BS", "BZ", "CA", "CR", "CU", "CW", "DM", "DO",
        "GD", "GL", "GP", "GT", "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI",
        "PA", "PM", "PR", "SV", "SX", "TC", "TT", "US", "VC", "VG", "VI",
    ),
    "Oceania": (
        "AS", "AU", "CC", "CK", "CX", "FJ", "FM", "GU", "HM", "KI", "MH", "MP", "NC", "NF", "NR",
        "NU", "NZ", "PF", "PG", "PN", "PW", "SB", "TK", "TO", "TV", "UM", "VU", "WF", "WS",
    ),
    "South America": (
        "AR", "BO", "BR", "BV", "CL", "CO", "EC", "FK", "GF", "GS", "GY", "PE", "PY", "SR", "UY",
        "VE",
    ),
}
# fmt: on

CONTINENT_OF: dict[str, str] = {code: name for name, codes in CONTINENTS.items() for code in codes}


def continent_of(code: str) -> str:
    """The continent of an ISO 3166-1 alpha-2 code (upper case)."""
    return CONTINENT_OF[code]
