"""Check JSON-LD against schema.org's vocabulary (schemaorg-vocabulary.json):
every type known, every property one of that type's, every value of a type
the property accepts."""

from __future__ import annotations

import functools
import json
from pathlib import Path

VOCABULARY = Path(__file__).with_name("schemaorg-vocabulary.json")
CONTEXT = "https://schema.org"
# What a JSON string or number can stand for.
TEXT_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"}


@functools.cache
def _vocabulary() -> dict:
    return json.loads(VOCABULARY.read_text(encoding="utf-8"))


@functools.cache
def ancestors(type_name: str) -> frozenset[str]:
    """A type and every type it is a kind of."""
    found, todo = set(), [type_name]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(_vocabulary()["types"].get(name, []))
    return frozenset(found)


def problems(block: object) -> list[str]:
    """What is wrong with one JSON-LD block ([] when it is valid)."""
    if not isinstance(block, dict) or block.get("@context") != CONTEXT:
        return [f"the block's @context is not {CONTEXT!r}"]
    nodes = block.get("@graph", [block])
    found: list[str] = []
    for node in nodes:
        found += _node(node, "")
    return found


def _node(node: object, where: str) -> list[str]:
    if not isinstance(node, dict):
        return [f"{where or 'a node'} is {node!r}, not an object"]
    if set(node) <= {"@id"}:
        return []  # a reference to a thing described elsewhere
    type_name = node.get("@type")
    types = _vocabulary()["types"]
    if type_name not in types:
        return [f"{where or 'a node'} has @type {type_name!r}, not a schema.org type"]
    found = []
    for key, value in node.items():
        if key in ("@type", "@id", "@context"):
            continue
        spot = f"{where}{type_name}.{key}"
        prop = _vocabulary()["properties"].get(key)
        if prop is None:
            found.append(f"{spot}: {key!r} is not a schema.org property")
            continue
        if not ancestors(type_name) & set(prop["domain"]):
            found.append(f"{spot}: {key!r} is not a property of {type_name}")
            continue
        for item in value if isinstance(value, list) else [value]:
            found += _value(item, prop["range"], f"{spot} ")
    return found


def _value(value: object, accepted: list[str], spot: str) -> list[str]:
    if isinstance(value, dict):
        if set(value) <= {"@id"}:
            return []
        type_name = value.get("@type")
        if type_name and not ancestors(type_name) & set(accepted):
            return [f"{spot}takes {accepted}, not a {type_name}"]
        return _node(value, spot)
    if isinstance(value, bool | int | float | str):
        if not set(accepted) & TEXT_TYPES and "Thing" not in accepted:
            return [f"{spot}takes {accepted}, not the text {value!r}"]
        return []
    return [f"{spot}has {value!r}"]
