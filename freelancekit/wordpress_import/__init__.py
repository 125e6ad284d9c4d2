"""`invoke import-wordpress EXPORT.xml`: a WordPress (WXR) export into this site.

Not a Pelican plugin. Reuses Pelican's importer where it does the job
(`decode_wp_content`, WordPress's own paragraph rules) and adds what it
lacks: strict WXR reading, shortcodes, comments, images, redirects,
idempotent re-runs. See README "Importing from WordPress".
"""

from .importer import Summary, import_wordpress
from .wxr import WxrError

__all__ = ["Summary", "WxrError", "import_wordpress"]
