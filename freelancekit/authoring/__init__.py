"""Authoring helpers behind `invoke new-post`: plain functions, no Pelican signals."""

from .new_post import BadTitle, post_path, post_slug, post_text

__all__ = ["BadTitle", "post_path", "post_slug", "post_text"]
