"""`invoke bench`: our build against plain Pelican on the same synthetic corpus.

Every build runs in a fresh process (bench/build_once.py) so that peak memory
is the build's own. Figures are medians of `runs` runs; ratios are ours/plain.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

PAGES = {"home": "index.html", "article": "tip-1/index.html", "portfolio": "portfolio/index.html"}


class BenchError(RuntimeError):
    """A measured build failed: the benchmark stops, saying which and why."""


def one_build(mode: str, content: Path, work: Path, edit: bool = False) -> dict:
    """Run build_once.py in a fresh process; return its seconds and peak_mb."""
    output = work / f"out-{mode}"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(work / f"cache-{mode}", ignore_errors=True)
    command = [sys.executable, str(HERE / "build_once.py"), mode, str(content), str(output)]
    result = subprocess.run(
        [*command, *(["--edit"] if edit else [])], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        said = [line for line in result.stderr.strip().splitlines() if line.strip()]
        raise BenchError(f"the {mode} build failed: {said[-1] if said else 'no output'}")
    return json.loads(result.stdout.strip().splitlines()[-1])


KINDS = (
    ("ours", "full"),
    ("plain", "full"),
    ("plain-default", "full"),
    ("ours", "rebuild"),
    ("plain", "rebuild"),
)


def fresh_corpus(work: Path, mode: str, articles: int | Path) -> Path:
    """A fresh copy of the corpus for one build (the rebuild changes a file)."""
    corpus = work / f"corpus-{mode}"
    shutil.rmtree(corpus, ignore_errors=True)
    if isinstance(articles, Path):  # the writer's own content folder
        shutil.copytree(articles, corpus / "content", ignore=shutil.ignore_patterns(".*"))
        if mode.startswith("plain"):
            for page in (corpus / "content").rglob("*.md"):
                _without_templates(page)
        return corpus / "content"
    return write_corpus(corpus, articles)


TEMPLATE_LINE = re.compile(r"^Template:.*\n", re.M | re.I)


def _without_templates(path: Path) -> None:
    """Plain Pelican's theme has none of our page templates (hire, 404...): its page one."""
    text = path.read_text(encoding="utf-8")
    head, blank, body = text.partition("\n\n")
    if TEMPLATE_LINE.search(head + "\n"):
        path.write_text(TEMPLATE_LINE.sub("", head + "\n").rstrip("\n") + blank + body, "utf-8")


def medians(articles: int | Path, work: Path, runs: int) -> dict:
    """Every kind of build `runs` times, taking turns (so that a machine that slows
    down for a while slows every side); the median, min and max of each figure."""
    samples: dict[tuple[str, str], list[dict]] = {kind: [] for kind in KINDS}
    for _ in range(runs):
        for mode, kind in KINDS:
            content = fresh_corpus(work, mode, articles)
            samples[mode, kind].append(one_build(mode, content, work, kind == "rebuild"))
    result: dict[str, dict] = {mode: {} for mode, _ in KINDS}
    for (mode, kind), found in samples.items():
        figures = {key: statistics.median(s[key] for s in found) for key in found[0]}
        spread = {key: [min(s[key] for s in found), max(s[key] for s in found)] for key in found[0]}
        result[mode][kind] = {**figures, "spread": spread, "samples": found}
    return result


def page_weight(output: Path, page: str) -> dict:
    """Bytes (raw and gzip) of a page's HTML and the CSS, JS and SVG it loads."""
    path = output / page
    if not path.exists():
        return {}
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    parts = {"html": [path]}
    for tag, attr, kind in (
        ("link", "href", "css"),
        ("script", "src", "js"),
        ("img", "src", "svg"),
    ):
        for element in soup.find_all(tag, attrs={attr: True}):
            url = element[attr]
            if kind == "css" and "stylesheet" not in element.get("rel", []):
                continue
            if kind == "svg" and not url.endswith(".svg"):
                continue
            # A production build links its files by their public address: the path
            # part is where they are in output/ (a site at its domain's root).
            address = urlsplit(url)
            local = (
                output / address.path.lstrip("/")
                if address.scheme
                else (path.parent / url).resolve()
            )
            if local.is_file():
                parts.setdefault(kind, []).append(local)
    weights = {}
    for kind, files in parts.items():
        data = b"".join(f.read_bytes() for f in files)
        weights[kind] = {"raw": len(data), "gzip": len(gzip.compress(data, 9))}
    inline_svg = sum(len(str(svg)) for svg in soup.find_all("svg"))
    weights["inline_svg_raw"] = inline_svg
    weights["total_gzip"] = sum(v["gzip"] for k, v in weights.items() if isinstance(v, dict))
    return weights


def bench_size(articles: int | Path, runs: int, work: Path) -> dict:
    count = articles if isinstance(articles, int) else len(list(articles.rglob("*.md")))
    row = {"articles": count, **medians(articles, work, runs)}
    ours, plain, default = row["ours"], row["plain"], row["plain-default"]
    row["ratio"] = {
        "full": _ratios(ours["full"], plain["full"]),
        "full_default": _ratios(ours["full"], default["full"]),
        "rebuild": _ratios(ours["rebuild"], plain["rebuild"]),
        "peak_mb": ours["full"]["peak_mb"] / plain["full"]["peak_mb"],
        "helper_mb": ours["full"]["child_peak_mb"] / plain["full"]["peak_mb"],
    }
    row["ms_per_article"] = {
        m: 1000 * row[m]["full"]["seconds"] / count for m in ("ours", "plain", "plain-default")
    }
    one_build("ours", fresh_corpus(work, "weights", articles), work)
    row["page_weight"] = {
        name: page_weight(work / "out-ours", page) for name, page in PAGES.items()
    }
    return row


def _ratios(ours: dict, plain: dict) -> dict:
    """Ours / plain for each pair of builds made one after the other: median, min, max.
    (A pair shares the machine's mood of the moment, so these spread less than a ratio
    of two medians would mislead.)"""
    pairs = [
        a["seconds"] / b["seconds"] for a, b in zip(ours["samples"], plain["samples"], strict=True)
    ]
    return {"median": statistics.median(pairs), "min": min(pairs), "max": max(pairs)}


def _ratio(figure: dict) -> str:
    return f"{figure['median']:.2f}x ({figure['min']:.2f}-{figure['max']:.2f})"


def _time(figure: dict, key: str = "seconds") -> str:
    low, high = figure["spread"][key]
    return f"{figure[key]:.2f} s ({low:.2f}-{high:.2f})"


def markdown_table(results: dict) -> str:
    lines = [
        f"Benchmark of {results['date']} on {results['machine']}; medians of "
        f"{results['runs']} run{'s' if results['runs'] != 1 else ''} (min-max); "
        "ratio = ours / plain Pelican, per pair of builds run one after the other "
        "(median, min-max). Plain: Pelican's default theme, no plugins, with our Markdown "
        "settings (toc, typography...); plain default: the same with Pelican's default "
        "Markdown settings. Our full build includes the search index (Pagefind), which "
        "plain Pelican does not make: its share is given apart.",
        "",
        "| articles | full build ours | of which search index | plain | ratio | plain default "
        "| ratio | "
        "rebuild after one edit ours | plain | ratio | search index ready | "
        "peak MB ours | plain | ratio | largest helper MB | ratio |",
        "|" + " ---: |" * 16,
    ]
    for row in results["sizes"]:
        o, p, d, r = row["ours"], row["plain"], row["plain-default"], row["ratio"]
        lines.append(
            f"| {row['articles']} | {_time(o['full'])} | {_time(o['full'], 'index_seconds')} | "
            f"{_time(p['full'])} | {_ratio(r['full'])} | "
            f"{_time(d['full'])} | {_ratio(r['full_default'])} | {_time(o['rebuild'])} | "
            f"{_time(p['rebuild'])} | {_ratio(r['rebuild'])} | "
            f"{_time(o['rebuild'], 'search_seconds')} | {o['full']['peak_mb']:.0f} | "
            f"{p['full']['peak_mb']:.0f} | {r['peak_mb']:.2f}x | "
            f"{o['full']['child_peak_mb']:.0f} | {r['helper_mb']:.2f}x |"
        )
    lines += [
        "",
        "| page (largest corpus) | HTML raw / gzip | of which inline SVG raw | CSS gzip | JS gzip "
        "| SVG files gzip | total gzip |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, weight in results["sizes"][-1]["page_weight"].items():
        if weight:
            css, js, svg = (weight.get(kind, {}).get("gzip", 0) for kind in ("css", "js", "svg"))
            html_weight = weight["html"]
            lines.append(
                f"| {name} | {html_weight['raw']} / {html_weight['gzip']} B | "
                f"{weight['inline_svg_raw']} B | {css} B | {js} B | {svg} B | "
                f"{weight['total_gzip']} B |"
            )
    return "\n".join(lines) + "\n"


def run_bench(sizes: list[int | Path], runs: int, results_dir: Path) -> dict:
    """Measure every size (or content folder), write results.json and results.md."""
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        results = {
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{__import__('os').cpu_count()} cores, Python {sys.version.split()[0]}",
            "runs": runs,
            "sizes": [bench_size(n, runs, work) for n in sizes],
        }
    results_dir.mkdir(parents=True, exist_ok=True)
    (results_dir / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (results_dir / "results.md").write_text(markdown_table(results))
    return results
