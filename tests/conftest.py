"""Fixtures for every suite; the helpers themselves live in site_kit.py."""

from site_kit import fixture_site, project

__all__ = ["fixture_site", "project"]
