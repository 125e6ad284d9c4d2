"""Which articles are pinned, and the order of the home page's posts: plain functions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from freelancekit.markup import one_line

YES, NO = {"yes", "true"}, {"no", "false"}
T = TypeVar("T")


class PinnedError(ValueError):
    """An article's `Pinned:` is neither yes nor no."""

    needle = "Pinned:"


def read_pinned(value: object) -> bool:
    """An article's `Pinned:` (yes, no, true, false, in any case); missing: no."""
    if value is None:
        return False
    text = one_line(value)
    if text.casefold() in YES | NO:
        return text.casefold() in YES
    raise PinnedError(
        f"Pinned: {text!r} is neither yes nor no: write Pinned: yes to keep this article "
        "at the top of the home page, or delete the line"
    )


def pinned_first(
    items: Sequence[T], pinned: Callable[[T], bool], date: Callable[[T], object]
) -> list[T]:
    """`items` with the pinned ones first, newest first; the others after, in their order."""
    first = sorted((item for item in items if pinned(item)), key=date, reverse=True)
    return first + [item for item in items if not pinned(item)]


def on_page(items: Sequence[T], page) -> list[T]:
    """The part of `items` that a page of Pelican's paginator (of a list as long) holds."""
    if not page.object_list:
        return []
    return list(items[page.start_index() - 1 : page.end_index()])


def home_limit(settings) -> int:
    """How many posts the home page shows: HOME_ARTICLES on a profile home, else the
    first page of the post list."""
    per_page = (settings.get("PAGINATED_TEMPLATES") or {}).get("index") or settings.get(
        "DEFAULT_PAGINATION"
    )
    if settings.get("HOME", "profile") == "profile":
        shown = settings.get("HOME_ARTICLES", 3)
        return min(shown, per_page) if per_page else shown
    return per_page or 0  # no pagination: every post is on the home page
