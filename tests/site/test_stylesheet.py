"""The theme's stylesheet keeps to one design system: sizes, spaces and colours
come from the custom properties in :root, not from numbers typed rule by rule.

A size relative to its own text (em), a share (%), 0 and keywords are fine; a
rem or px length or a colour literal outside :root is a second scale creeping
in. The few rules that must hold a literal are listed here with the reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "theme/static/css"
# site.css on every page; pages.css on those that hold the profile, map, portfolio, search.
STYLESHEETS = [CSS / "site.css", CSS / "pages.css"]

SCALED = re.compile(
    r"^(margin|padding|gap|row-gap|column-gap|font|font-size|line-height|border-radius)"
    r"(-(top|right|bottom|left|block|inline)(-(start|end))?)?$"
)
FUNCTION = re.compile(r"var\(--[\w-]+\)")
LENGTH = re.compile(r"(?<![\w.-])(\d*\.?\d+)(rem|px|pt)\b")
BARE_LEADING = re.compile(r"/\s*\d")
NUMBER = re.compile(r"\d*\.?\d+")
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(rgb|rgba|hsl|hsla)\(|\b(white|black)\b")
# A literal here is on purpose: (selector, property) -> why.
LITERALS = {
    (".world-map__tip", "font"): "SVG user units: the tooltip is drawn in the map's own box",
    (".video-facade--poster", "color"): "white over a darkened photo, in either scheme",
    (".video-facade--poster::after", "background"): "the darkening over a photo, in either scheme",
}


def rules(css: str):
    """(at-rule context, selector, declarations) for each style rule."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    stack: list[str] = []
    prelude_start = 0
    for match in re.finditer(r"[{}]", css):
        if match.group() == "{":
            prelude = css[prelude_start : match.start()].strip()
            stack.append(prelude)
            body_start = match.end()
            prelude_start = match.end()
            end = css.find("}", body_start)
            nested = css.find("{", body_start)
            if not prelude.startswith("@") and (nested == -1 or end < nested):
                body = css[body_start:end]
                context = " ".join(p for p in stack[:-1] if p.startswith("@"))
                yield context, prelude, declarations(body)
        else:
            if stack:
                stack.pop()
            prelude_start = match.end()


def declarations(body: str) -> list[tuple[str, str]]:
    pairs = []
    for part in body.split(";"):
        name, _, value = part.partition(":")
        if value.strip():
            pairs.append((name.strip(), value.strip()))
    return pairs


def findings(css: str) -> list[str]:
    problems = []
    for context, selector, declared in rules(css):
        if selector == ":root" or "print" in context:
            continue
        for name, value in declared:
            if name.startswith("--") or (selector, name) in LITERALS:
                continue
            plain = FUNCTION.sub("", value)
            rule = f"{selector} {{ {name}: {value} }}"
            if COLOUR.search(plain):
                problems.append(f"{rule}: a colour outside :root")
            if not SCALED.match(name):
                continue
            bare_leading = (name == "line-height" and plain != "0" and NUMBER.fullmatch(plain)) or (
                name == "font" and BARE_LEADING.search(plain)
            )
            if literal := LENGTH.search(plain):
                problems.append(f"{rule}: {literal.group()} is off the scale")
            elif bare_leading:
                problems.append(f"{rule}: a leading off the scale")
    return problems


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_every_size_space_and_colour_comes_from_the_scales(stylesheet):
    assert findings(stylesheet.read_text(encoding="utf-8")) == []


def test_the_rules_read_every_rule_including_those_in_media_queries():
    css = "".join(path.read_text(encoding="utf-8") for path in STYLESHEETS)
    selectors = [selector for _, selector, _ in rules(css)]
    assert ".button" in selectors and ".site-header__inner" in selectors
    assert any("width < 800px" in context for context, _, _ in rules(css))


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        (".card { padding: 1.1rem; }", "1.1rem is off the scale"),
        (".card { margin-top: var(--space-2); font-size: 13px; }", "13px is off the scale"),
        (".card { font: 600 .9rem var(--sans); }", ".9rem is off the scale"),
        (".card { font: 600 var(--step-0)/1.45 var(--sans); }", "a leading off the scale"),
        (".card { line-height: 1.3; }", "a leading off the scale"),
        (".card { color: #333; }", "a colour outside :root"),
        ("@media (min-width: 40rem) { .card { border-color: white; } }", "a colour outside :root"),
        ("@container map (width < 800px) { .card { gap: 3px; } }", "3px is off the scale"),
    ],
)
def test_a_number_typed_in_a_rule_is_caught(rule, complaint):
    found = findings(rule)
    assert len(found) == 1 and found[0].endswith(complaint)


@pytest.mark.parametrize(
    "rule",
    [
        ".card { padding: var(--space-2) var(--space-4); }",
        ".card { margin: calc(-1 * var(--space-3)) 0 0; }",
        ".card { font: 700 var(--step--1)/var(--leading) var(--sans); }",
        ".card { font-size: .9em; line-height: 0; margin: 1.6em 0 .4em; }",
        ":root { --space-9: 4rem; --bg: #fff; }",
        "@media print { .card { padding: .5rem; color: #000; } }",
        ".card { width: min(100% - 2rem, 37rem); border-left: 5px solid var(--acc); }",
    ],
)
def test_tokens_relative_sizes_root_and_print_pass(rule):
    assert findings(rule) == []
