"""The address readers share: the production SITEURL, whatever build is running.

A development build's SITEURL (http://127.0.0.1:8000) is never shared, and X
counts it in full where it counts a public link as 23. So share lengths are
always checked against the production address: this build's SITEURL when it
is the production build, else the SITEURL of publishconf.py beside the
settings file (strict_build names that file in SETTINGS_FILE). Used by
tweetable_quotes (share lengths) and internal_links (a link written with the
production address is a link within the site).
"""

from __future__ import annotations

import ipaddress
import logging
import traceback
from pathlib import Path
from urllib.parse import urlsplit

from pelican.settings import get_settings_from_file

logger = logging.getLogger(__name__)

PUBLISH_SETTINGS = "publishconf.py"
# Counted in its place when no production address is set yet: X and Mastodon
# count any link as 23 whatever it is; Bluesky counts the host, so a typical one.
STAND_IN = "https://www.example.com"


def is_public(siteurl: object) -> bool:
    """An address readers can share: https and a domain name (not an IP address)."""
    if not isinstance(siteurl, str):
        return False
    parts = urlsplit(siteurl)
    host = (parts.hostname or "").strip(".")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return parts.scheme == "https" and "." in host
    return False


def production_siteurl(settings: dict) -> str | None:
    """The production SITEURL (no trailing slash), or None when none is set."""
    if settings.get("IS_PRODUCTION"):
        siteurl = settings.get("SITEURL")
    else:
        siteurl = publishconf_siteurl(settings.get("SETTINGS_FILE"))
    return siteurl.rstrip("/") if is_public(siteurl) else None


def publishconf_siteurl(settings_file: str | None) -> object:
    """SITEURL as publishconf.py beside `settings_file` sets it (None if there is none)."""
    if not settings_file:
        return None
    path = Path(settings_file).with_name(PUBLISH_SETTINGS)
    if not path.is_file():
        return None
    try:
        # The writer's own file, which every production build executes too.
        return get_settings_from_file(str(path)).get("SITEURL")
    except Exception as error:  # any mistake in the writer's file
        logger.warning(
            "%s cannot be read (%s: %s): fix it; quote share lengths are counted with its SITEURL",
            PUBLISH_SETTINGS,
            type(error).__name__,
            error,
            extra={"problem_file": str(path), "problem_line": _line_in(error, path)},
        )
        return None


def _line_in(error: BaseException, path: Path) -> int | None:
    """The line of `path` the error was raised at (a SyntaxError says it itself)."""
    if isinstance(error, SyntaxError) and error.filename == str(path):
        return error.lineno
    lines = [f.lineno for f in traceback.extract_tb(error.__traceback__) if f.filename == str(path)]
    return lines[-1] if lines else None
