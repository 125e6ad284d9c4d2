"""Analytics, off by default: page views counted by GoatCounter, Plausible or Umami.

Settings (pelicanconf.py / publishconf.py):
- ANALYTICS: None, or {"provider": "goatcounter", "code": ...} / {"provider":
  "plausible", "domain": ..., "url": ...} / {"provider": "umami", "website_id":
  ..., "url": ...} (providers.py). Checked in every build; a wrong value fails it.
- ANALYTICS_IN_DEVELOPMENT: count in development builds too (False: only production
  builds, IS_PRODUCTION, load analytics.js, so `invoke build` and tests send nothing).

Templates get `analytics_script` (plain data, or None): base.html loads our own
analytics.js with it, and the CSP's connect-src names its one origin.
"""

from __future__ import annotations

from pelican import signals

from .providers import PROVIDERS, AnalyticsSettingError, Counter, check_analytics

__all__ = ["PROVIDERS", "AnalyticsSettingError", "Counter", "check_analytics", "register"]


def configure(pelican) -> None:
    """Check ANALYTICS once, before any page is read; on only where it should send."""
    settings = pelican.settings
    production = bool(settings.get("IS_PRODUCTION"))
    counter = check_analytics(settings.get("ANALYTICS"), production)
    live = production or bool(settings.get("ANALYTICS_IN_DEVELOPMENT", False))
    settings["analytics_script"] = counter.plain() if counter and live else None


def register() -> None:
    signals.initialized.connect(configure)
