"""Fixtures for every suite; the helpers themselves live in site_kit.py."""

from site_kit import example_site, project

__all__ = ["example_site", "project"]
