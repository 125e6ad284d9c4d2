"""Write schemaorg-vocabulary.json, the part of schema.org's vocabulary the
structured-data test checks against, from a schema.org release's CSV files.

    python tests/storefront/make_vocabulary.py TYPES.csv PROPERTIES.csv

The committed file was made from release 30.0 (schemaorg/schemaorg,
data/releases/30.0/schemaorg-current-https-{types,properties}.csv). Every term
schema.org publishes is kept, pending ones included (`jobTitle` and
`knowsAbout` are pending), except those superseded by another and the
meta-vocabulary's own. Schema.org is CC BY-SA 3.0.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

PREFIX = "https://schema.org/"
OUT = Path(__file__).with_name("schemaorg-vocabulary.json")


def _names(cell: str) -> list[str]:
    parts = (part.strip() for part in cell.split(","))
    return sorted(part.removeprefix(PREFIX) for part in parts if part.startswith(PREFIX))


def _kept(row: dict) -> bool:
    return not row["supersededBy"] and row["isPartOf"] != "https://meta.schema.org"


def vocabulary(types_csv: Path, properties_csv: Path) -> dict:
    with types_csv.open(encoding="utf-8", newline="") as file:
        types = {
            row["label"]: _names(row["subTypeOf"]) for row in csv.DictReader(file) if _kept(row)
        }
    with properties_csv.open(encoding="utf-8", newline="") as file:
        properties = {
            row["label"]: {
                "domain": _names(row["domainIncludes"]),
                "range": _names(row["rangeIncludes"]),
            }
            for row in csv.DictReader(file)
            if _kept(row)
        }
    return {"release": "30.0", "types": types, "properties": properties}


if __name__ == "__main__":
    data = vocabulary(Path(sys.argv[1]), Path(sys.argv[2]))
    OUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['types'])} types, {len(data['properties'])} properties")
