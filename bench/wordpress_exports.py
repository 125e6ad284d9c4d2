"""Real WordPress exports in and out: `python bench/wordpress_exports.py [EXPORT.xml ...]`.

For each export (by default the real ones in tests/wordpress_import/fixtures/
real/ and Pelican's own fixture): what it holds (posts, pages, approved
comments, images, block-editor blocks, shortcodes), what the import made of it
offline (every download refused, as when the old blog is gone), whether the
strict build passed, and how long the import and the build took (medians of
3 runs, min-max). Prints a Markdown table. A measurement, not a test.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pelican

from freelancekit.strict_build import BuildFailed, build
from freelancekit.wordpress_import import import_wordpress
from freelancekit.wordpress_import.convert import find_shortcodes
from freelancekit.wordpress_import.fetching import Fetcher, Refused
from freelancekit.wordpress_import.wxr import parse_wxr

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests/wordpress_import/fixtures/real"
SETTINGS = ROOT / "tests/fixture_site/pelicanconf.py"
BLOCK = re.compile(r"<!--\s*wp:([a-z][\w/-]*)")
IMG = re.compile(r"<img\b", re.I)


class Offline(Fetcher):
    def fetch(self, url, kinds):
        raise Refused("offline")


def holds(export: Path) -> dict:
    parsed = parse_wxr(export)
    items = [i for i in parsed.of_type("post", "page") if i.status != "trash"]
    blocks, shortcodes = Counter(), Counter()
    for item in items:
        blocks.update(BLOCK.findall(item.content))
        shortcodes.update(s.name.lower() for s in find_shortcodes(item.content))
    return {
        "posts": sum(i.type == "post" for i in items),
        "pages": sum(i.type == "page" for i in items),
        "comments": sum(c.approved == "1" for i in items for c in i.comments),
        "images": sum(len(IMG.findall(i.content)) for i in items),
        "blocks": sum(blocks.values()),
        "block kinds": len(blocks),
        "shortcodes": sum(shortcodes.values()),
    }


def once(export: Path, work: Path) -> dict:
    content = work / "content"
    content.mkdir(parents=True)
    started = time.perf_counter()
    summary = import_wordpress(export, content, download=True, fetcher=Offline([]))
    imported = time.perf_counter() - started
    started = time.perf_counter()
    report: dict = {}
    overrides = {"PATH": str(content), "SITEURL": "https://example.com"}
    try:
        build(SETTINGS, work / "output", overrides=overrides, report=report)
        result = "passed"
    except BuildFailed as failed:
        result = f"{len(failed.problems)} problems"
    built = time.perf_counter() - started
    lines = summary.lines()
    return {
        "import s": imported,
        "build s": built,
        "build": result,
        "posts": summary.posts,
        "pages": summary.pages,
        "drafts": summary.drafts,
        "comments": summary.comments,
        "redirects": summary.redirects,
        "linked": sum("not downloaded" in line for line in lines),
        "alt to-do": len(summary.alt_todo),
        "repairs": sum(summary.repairs.values()),
        "report lines": len(lines),
        "shortcodes kept": len(summary.shortcodes),
    }


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def main(exports: list[Path]) -> None:
    print(
        "| export | in: posts / pages / comments / images / blocks (kinds) / shortcodes "
        "| out: posts / pages (drafts) / comments / redirects | images linked, alt to-do "
        "| repairs | shortcodes kept as text | report lines | strict build | import | build |"
    )
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for export in exports:
        source = holds(export)
        runs = []
        for _ in range(3):
            with tempfile.TemporaryDirectory() as work:
                runs.append(once(export, Path(work)))
        last = runs[-1]
        print(
            f"| {export.name} | {source['posts']} / {source['pages']} / {source['comments']} / "
            f"{source['images']} / {source['blocks']} ({source['block kinds']}) / "
            f"{source['shortcodes']} | {last['posts']} / {last['pages']} ({last['drafts']}) / "
            f"{last['comments']} / {last['redirects']} | {last['linked']}, "
            f"{last['alt to-do']} | {last['repairs']} | {last['shortcodes kept']} | "
            f"{last['report lines']} | {last['build']} | "
            f"{spread([r['import s'] for r in runs])} | {spread([r['build s'] for r in runs])} |"
        )


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]]
    default = [
        *sorted(REAL.glob("*.xml")),
        Path(pelican.__file__).parent / "tests/content/wordpressexport.xml",
    ]
    main(given or default)
