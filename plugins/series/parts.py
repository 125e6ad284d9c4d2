"""Which articles make a series, in which order, and what the writer got wrong: plain functions."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from freelancekit.markup import one_line
from freelancekit.names import misspellings, same_name

WHOLE_NUMBER = re.compile(r"\d+")


class SeriesError(ValueError):
    """A writer's mistake in an article's Series: or Series_order: line."""

    def __init__(self, message: str, needle: str = "Series:"):
        super().__init__(message)
        self.needle = needle


def read_name(value: object) -> str:
    """The series an article's `Series:` names, as written (spaces folded)."""
    if isinstance(value, list | tuple):  # front matter: series: [Pricing] (Hugo's taxonomy)
        names = [name for name in map(one_line, value) if name]
        if len(names) > 1:
            raise SeriesError(
                f"Series: names {len(names)} series ({', '.join(map(repr, names))}): an "
                "article is a part of one series: keep one"
            )
        value = names[0] if names else ""
    name = one_line(value)
    if not name:
        raise SeriesError(
            "Series: is empty: name the series (Series: Pricing for freelancers) or delete the line"
        )
    return name


def read_order(value: object) -> int:
    """An article's `Series_order:`: a whole number from 1 up."""
    text = one_line(value)
    if not WHOLE_NUMBER.fullmatch(text) or int(text) < 1:
        raise SeriesError(
            f"Series_order: {text!r} is not a whole number from 1 up: write 1 for the first "
            "part, 2 for the second, or delete the line to order the parts by date",
            "Series_order:",
        )
    return int(text)


def read_member(metadata: dict) -> tuple[str, int | None] | None:
    """(series name, order or None) from an article's metadata; None: in no series."""
    series, order = metadata.get("series"), metadata.get("series_order")
    if series is None:
        if order is not None:
            raise SeriesError(
                "Series_order: without Series: name the series this article is a part of "
                "(Series: ...) or delete the Series_order: line",
                "Series_order:",
            )
        return None
    return read_name(series), None if order is None else read_order(order)


@dataclass(frozen=True)
class Member:
    """One article that names a series: `public` when it is a part on the site now."""

    key: Hashable  # the source file, as the writer should read it
    name: str
    order: int | None
    date: float  # a timestamp
    public: bool = True


@dataclass(frozen=True)
class Mistake:
    key: Hashable
    message: str
    needle: str = "Series:"


def _say_spelling(name: str, right: str, where: list, tie: bool) -> str:
    """The line for a part whose series name is `name` where `where` (files) write `right`."""
    files = ", ".join(str(key) for key in where[:3]) + (" ..." if len(where) > 3 else "")
    if tie:  # as many parts each way: which one is mistyped is the writer's call
        return (
            f"series '{name}' is written '{right}' in {files}: write both the same way "
            "(if they are different series, add both names to DISTINCT_NAMES)"
        )
    if same_name({name: 1, right: 1}):
        return f"series '{name}' is written '{right}' in {files}: write it the same way"
    return (
        f"series '{name}' looks like '{right}' (in {files}): did you mean '{right}'? "
        "If they are different series, add both names to DISTINCT_NAMES"
    )


def _files(members: list[Member]) -> str:
    keys = [str(m.key) for m in members]
    return ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")


def _order_mistakes(name: str, members: list[Member]) -> list[Mistake]:
    numbered = sorted(
        (m for m in members if m.order is not None), key=lambda m: (m.date, str(m.key))
    )
    found = []
    if numbered and len(numbered) < len(members):
        found += [
            Mistake(
                m.key,
                f"series '{name}': {_files(numbered)} {'has' if len(numbered) == 1 else 'have'} "
                "a Series_order and this part has none: give it one, or delete them all to "
                "order the parts by date",
            )
            for m in members
            if m.order is None
        ]
    first: dict[int, Member] = {}
    for m in numbered:
        if m.order in first:
            found.append(
                Mistake(
                    m.key,
                    f"Series_order: {m.order} is also that of {first[m.order].key} in series "
                    f"'{name}': give each part its own number",
                    "Series_order:",
                )
            )
        first.setdefault(m.order, m)
    return found


def mistakes(
    members: Iterable[Member],
    distinct: Callable[[str, str], bool] = lambda a, b: False,
    slug: Callable[[str], str] = str,
) -> list[Mistake]:
    """Every writer's mistake across the articles that name a series (drafts and
    scheduled ones too: they become parts when they are published)."""
    members = list(members)
    uses = Counter(m.name for m in members)
    wrong = misspellings(uses, distinct)
    found = []
    for m in members:
        if m.name in wrong:
            right = wrong[m.name]
            where = [other.key for other in members if other.name == right]
            tie = uses[right] == uses[m.name]
            found.append(Mistake(m.key, _say_spelling(m.name, right, where, tie)))
            if tie:  # the other spelling's files hear of it too, naming this one
                found += [Mistake(key, _say_spelling(right, m.name, [m.key], tie)) for key in where]
    by_name: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        if m.name not in wrong:
            by_name[m.name].append(m)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for name, group in by_name.items():
        found += _order_mistakes(name, group)
        address = slug(name)
        if not address:
            found += [
                Mistake(m.key, f"series '{name}' makes no address: put a word in letters in it")
                for m in group
            ]
        by_slug[address].append(name)
    for names in (names for address, names in by_slug.items() if address and len(names) > 1):
        for name in names[1:]:
            found += [
                Mistake(
                    m.key,
                    f"series '{name}' and '{names[0]}' would have one page (one address): "
                    "rename one of them",
                )
                for m in by_name[name]
            ]
    return found


def ordered_parts(members: Iterable[Member]) -> dict[str, list[Hashable]]:
    """{series name: the keys of its public parts in order}: by Series_order when
    given, else by date (oldest first); the file breaks a tie."""
    by_name: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        if m.public:
            by_name[m.name].append(m)
    return {
        name: [m.key for m in sorted(group, key=lambda m: (m.order or 0, m.date, str(m.key)))]
        for name, group in sorted(by_name.items())
    }
