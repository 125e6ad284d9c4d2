"""One measured build in a fresh process: `python bench/build_once.py ...` prints JSON.

Modes: "ours" (bench/pelicanconf.py: the kit's theme and plugins, strict runner),
"plain" (Pelican's default theme, no plugins, our Markdown settings: toc, typography...)
and "plain-default" (the same with Pelican's default Markdown settings).
With --edit, the site is built twice in this process with the cache on: once
to warm up, then again after changing one article, and only the second build
is timed. Ours takes the livereload path (strict_build.DevSite), and also
reports when the search index, refreshed in the background, is ready.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = Path(__file__).with_name("pelicanconf.py")  # the kit's, never the writer's


def plain_settings(content: Path, output: Path, cache: Path, our_markdown: bool) -> dict:
    """Plain Pelican: its default theme, no plugins; Markdown as Pelican's defaults, or ours."""
    from pelican.settings import DEFAULT_CONFIG

    from freelancekit import settings as kit

    return {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(cache),
        "SITEURL": "https://example.com",
        "TIMEZONE": "UTC",
        "ARTICLE_PATHS": ["articles"],
        "PAGE_PATHS": ["pages"],
        "MARKDOWN": kit.MARKDOWN if our_markdown else DEFAULT_CONFIG["MARKDOWN"],
        "THEME": DEFAULT_CONFIG["THEME"],
        "PLUGINS": [],
        "DEFAULT_PAGINATION": kit.DEFAULT_PAGINATION,
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
        "RSS_FEED_SUMMARY_ONLY": False,
        # Our portfolio page needs our theme: plain Pelican skips it (and content/portfolio/).
        "IGNORE_FILES": [".#*", "portfolio.md"],
    }


def build_plain(
    content: Path, output: Path, cache: Path, cached: bool, our_markdown: bool = True
) -> None:
    from pelican import Pelican
    from pelican.settings import configure_settings, read_settings

    overrides = plain_settings(content, output, cache, our_markdown)
    settings = read_settings(None, override=overrides)
    # The same cache settings as ours (the dev server's: uncompressed).
    settings.update({"CACHE_CONTENT": cached, "LOAD_CONTENT_CACHE": cached, "GZIP_CACHE": False})
    Pelican(configure_settings(settings)).run()


def ours_overrides(content: Path, cache: Path, cached: bool) -> dict:
    overrides = {
        "PATH": str(content),
        "SITEURL": "https://example.com",
        "CACHE_PATH": str(cache),
        "CACHE_CONTENT": cached,
        "LOAD_CONTENT_CACHE": cached,
        "GZIP_CACHE": False,  # as the dev server (tasks.DEV_CACHE)
    }
    # BENCH_OVERRIDES (JSON) lets a profiling session switch features off.
    overrides.update(json.loads(os.environ.get("BENCH_OVERRIDES", "{}")))
    return overrides


def build_ours(content: Path, output: Path, cache: Path) -> dict:
    """A clean build; the seconds of it that went to the search index."""
    from freelancekit.strict_build import build

    report: dict = {}
    build(SETTINGS, output, overrides=ours_overrides(content, cache, False), report=report)
    return {"index_seconds": report.get("search_index_seconds", 0.0)}


def rebuild_plain(content: Path, output: Path, cache: Path) -> dict:
    """Plain Pelican's cached rebuild of the same edit, in the same warm process."""
    build_plain(content, output, cache, cached=True)
    edit_one_article(content)
    start = time.perf_counter()
    build_plain(content, output, cache, cached=True)
    return {"seconds": time.perf_counter() - start}


def rebuild_ours(content: Path, output: Path, cache: Path) -> dict:
    """The livereload path: a warm DevSite; seconds to live pages, and to the search index."""
    from freelancekit.strict_build import DevSite

    site = DevSite(SETTINGS, output, ours_overrides(content, cache, True))
    site.rebuild()
    site.wait_for_search()
    edit_one_article(content)
    start = time.perf_counter()
    site.rebuild()
    pages = time.perf_counter() - start
    site.wait_for_search()
    return {"seconds": pages, "search_seconds": time.perf_counter() - start}


def edit_one_article(content: Path) -> None:
    """The writer saves a change to one article (its title)."""
    articles = sorted((content / "articles").glob("*.md"))
    path = articles[len(articles) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Title: ", "Title: Edited: ", 1), encoding="utf-8")


def peaks() -> dict:
    """Peak memory (MB) of this process, and of the largest process it started and
    waited for (forked helpers, Pagefind)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": own, "child_peak_mb": children}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["ours", "plain", "plain-default"])
    parser.add_argument("content", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--edit", action="store_true")
    args = parser.parse_args()
    if args.mode != "ours":
        logging.disable(logging.WARNING)  # timing, not checking: a plain build warns freely
    ours = args.mode == "ours"
    cache = args.output.parent / f"cache-{args.mode}"
    if args.edit:
        figures = (rebuild_ours if ours else rebuild_plain)(args.content, args.output, cache)
    else:
        start = time.perf_counter()
        if ours:
            figures = build_ours(args.content, args.output, cache)
        else:
            build_plain(args.content, args.output, cache, False, args.mode == "plain")
            figures = {}
        figures["seconds"] = time.perf_counter() - start
    print(json.dumps({**figures, **peaks()}))


if __name__ == "__main__":
    from freelancekit.strict_build import BuildFailed

    try:
        main()
    except BuildFailed as failed:  # the corpus has a problem: say it as the build does
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        sys.exit(1)
