"""The vendored JSON Feed 1.1 schema, with the format checks its tests rely on."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA = json.loads((Path(__file__).parent / "jsonfeed-1.1.schema.json").read_text("utf-8"))
# RFC 3339 section 5.6 date-time: a full date, T, a time, and Z or a numeric offset.
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")

checker = FormatChecker(formats=())


@checker.checks("uri")
def _absolute_url(value: object) -> bool:
    parts = urlsplit(str(value))
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and " " not in str(value)


@checker.checks("date-time")
def _rfc3339(value: object) -> bool:
    if not RFC3339.fullmatch(str(value)):
        return False
    datetime.fromisoformat(str(value).replace("Z", "+00:00"))  # a real day and time
    return True


VALIDATOR = Draft202012Validator(SCHEMA, format_checker=checker)


def schema_errors(feed: dict) -> list[str]:
    """What the schema finds wrong in `feed`, as 'path: message' lines."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(feed)
    ]


def spec_errors(feed: dict) -> list[str]:
    """The spec's MUSTs that the schema cannot express."""
    errors = []
    ids = [item.get("id") for item in feed.get("items", [])]
    if len(ids) != len(set(ids)):
        errors.append("item ids are not unique")
    if "next_url" in feed and feed["next_url"] == feed.get("feed_url"):
        errors.append("next_url is feed_url")
    for key in _keys(feed):
        if "." in key:
            errors.append(f"key {key!r} has a '.'")
    return errors


def _keys(value) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value] + [k for v in value.values() for k in _keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []
