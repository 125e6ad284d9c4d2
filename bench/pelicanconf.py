"""The benchmark site's settings: the kit's own, and a neutral owner (never the writer's)."""

from freelancekit.settings import *  # noqa: F403

AUTHOR = SITENAME = "Bench Writer"
SITESUBTITLE = "A corpus of synthetic tips"
SITE_DESCRIPTION = "Synthetic tip articles for the build benchmark."
CONTACT_EMAIL = "bench@example.com"
X_HANDLE = "bench_writer"
DEFAULT_SHARE_IMAGE_ALT = "Bench Writer"
