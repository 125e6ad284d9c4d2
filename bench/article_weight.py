"""The kit's fixture articles, weighed as readers get them: gzip bytes of each
article page's HTML and the CSS and JS it loads (run.page_weight), built in
development, in production (live comments), and in production with each
analytics provider on. The budget is 15 KB (15360 bytes) in every case.

    .venv/bin/python bench/article_weight.py

Sizes are bytes, not times: one run gives the figure.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The kit first: tests/ has a folder named freelancekit/ that must not hide it.
sys.path[:0] = [str(HERE.parent), str(HERE), str(HERE.parent / "plugins")]
sys.path.append(str(HERE.parent / "tests"))

from run import page_weight  # noqa: E402
from site_kit import FIXTURE_PUBLISH_SETTINGS, build_site  # noqa: E402

ANALYTICS = {
    "goatcounter": {"provider": "goatcounter", "code": "fixture"},
    "plausible": {"provider": "plausible", "domain": "fixture-site.example"},
    "umami": {
        "provider": "umami",
        "website_id": "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c",
        "url": "https://umami.example.org",
    },
}
BUILDS = {
    "development": {},
    "production": {"settings_file": FIXTURE_PUBLISH_SETTINGS},
    **{
        f"production + {name}": {"settings_file": FIXTURE_PUBLISH_SETTINGS, "ANALYTICS": setting}
        for name, setting in ANALYTICS.items()
    },
}


def article_weights(output: Path) -> dict[str, dict]:
    """{article folder: page_weight} for every article page of a built site."""
    found = {}
    for path in sorted(output.glob("*/index.html")):
        if 'property="og:type" content="article"' in path.read_text(encoding="utf-8"):
            found[path.parent.name] = page_weight(output, str(path.relative_to(output)))
    return found


def main() -> None:
    print("| build | heaviest article | HTML | CSS | JS | total gzip |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for label, settings in BUILDS.items():
        with tempfile.TemporaryDirectory() as folder:
            weights = article_weights(build_site(Path(folder), **settings))
        name, weight = max(weights.items(), key=lambda item: item[1]["total_gzip"])
        parts = [weight.get(kind, {}).get("gzip", 0) for kind in ("html", "css", "js")]
        print(
            f"| {label} | {name} | " + " | ".join(map(str, parts)) + f" | {weight['total_gzip']} |"
        )


if __name__ == "__main__":
    main()
