"""The storefront's error: what the writer must fix, and where."""

from __future__ import annotations


class StorefrontError(ValueError):
    """A service, testimonial or home file the writer must fix; `needle` finds its line."""

    def __init__(self, message: str, needle: str | None = None):
        self.needle = needle
        super().__init__(message)
