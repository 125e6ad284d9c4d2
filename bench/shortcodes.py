"""Shortcode parsing stays linear: `python bench/shortcodes.py` times pathological posts.

A benchmark, not a test: it prints seconds per input size; doubling the size
should about double the time (the regex it replaced took 0.5 s at 16 KB and
9 s at 64 KB of "[a] ").
"""

from __future__ import annotations

import time

from freelancekit.wordpress_import.convert import find_shortcodes

PATTERNS = ["[a] ", "[a ", "[a][/b]", '[bctt tweet="', "[[a]] "]


def main() -> None:
    print("| input | 16 KB | 64 KB | 256 KB |")
    print("| --- | ---: | ---: | ---: |")
    for pattern in PATTERNS:
        cells = []
        for size in (16_384, 65_536, 262_144):
            text = pattern * (size // len(pattern))
            runs = []
            for _ in range(5):
                started = time.perf_counter()
                sum(1 for _ in find_shortcodes(text))
                runs.append(time.perf_counter() - started)
            cells.append(f"{sorted(runs)[2] * 1000:.1f} ms")
        print(f"| `{pattern}` repeated | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
