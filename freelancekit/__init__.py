"""The kit behind the site: what is not a Pelican plugin.

`freelancekit.settings` holds the kit's Pelican defaults (theme, plugins,
Markdown, URLs, feeds), which the writer's `pelicanconf.py` imports and then
overrides; `invoke init`, `invoke check` and the example content's bookkeeping
live here too.
"""

from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parent.parent
# The pages `invoke init --clear-examples` leaves: Markdown with $name and $email.
STARTER = Path(__file__).resolve().parent / "starter"
# Those that are drafts until the writer rewrites them (the 404 page is published as is).
STARTER_DRAFTS = ["about.md", "hire-me.md", "portfolio.md"]
