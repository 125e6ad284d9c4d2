"""Estimate how long an article takes to read."""

from __future__ import annotations

import functools
import math
import re

TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


@functools.lru_cache(maxsize=2048)  # a dev server recounts every article on every save
def count_words(html: str) -> int:
    """Count the words of an HTML fragment, markup excluded."""
    return len(WORD.findall(TAG.sub(" ", html or "")))


def reading_minutes(words: int, words_per_minute: int = 230) -> int:
    """Return whole minutes, rounded up, never less than one."""
    return max(1, math.ceil(words / words_per_minute))
