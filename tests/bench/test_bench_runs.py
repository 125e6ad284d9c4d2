"""`invoke bench` works end to end on a tiny corpus (figures are not asserted)."""

import json

import pytest

from run import run_bench

# The benchmark runs plain Pelican and the kit as a writer does: end to end.
pytestmark = pytest.mark.slow


def test_bench_writes_json_and_a_markdown_table(tmp_path):
    results = run_bench([5], 1, tmp_path)
    saved = json.loads((tmp_path / "results.json").read_text())
    assert saved["sizes"][0]["articles"] == 5
    row = saved["sizes"][0]
    for mode, kind in [("ours", "full"), ("plain", "full"), ("plain-default", "full")]:
        assert row[mode][kind]["seconds"] > 0 and row[mode][kind]["peak_mb"] > 0
        low, high = row[mode][kind]["spread"]["seconds"]
        assert low <= row[mode][kind]["seconds"] <= high
    for mode in ("ours", "plain"):
        assert row[mode]["rebuild"]["seconds"] > 0
    assert set(row["ratio"]) == {"full", "full_default", "rebuild", "peak_mb", "helper_mb"}
    assert row["page_weight"]["article"]["html"]["gzip"] > 0
    table = (tmp_path / "results.md").read_text()
    assert "| 5 |" in table and "| article |" in table
    assert results["runs"] == 1


def test_bench_measures_a_content_folder_of_the_writers_own(tmp_path):
    from corpus import write_corpus

    content = write_corpus(tmp_path / "mine", 4)
    (content / "pages").mkdir(exist_ok=True)
    # Our page templates, which plain Pelican's theme lacks: plain builds use its page one.
    (content / "pages/hire.md").write_text("Title: Hire me\nTemplate: hire\n\nWork with me.\n")
    results = run_bench([content], 1, tmp_path / "results")
    assert "Template: hire" in (content / "pages/hire.md").read_text()  # the writer's: untouched
    row = results["sizes"][0]
    assert row["articles"] == len(list(content.rglob("*.md")))
    assert row["ours"]["full"]["seconds"] > 0 and row["plain-default"]["full"]["seconds"] > 0


def test_a_failed_build_stops_the_benchmark_with_one_line(tmp_path):
    from corpus import write_corpus
    from run import BenchError

    content = write_corpus(tmp_path / "mine", 3)
    (content / "articles/broken.md").write_text("Title: Broken\nDate: 2026-02-30\n\nText.\n")
    with pytest.raises(BenchError, match=r"^the ours build failed: .*\S$") as failed:
        run_bench([content], 1, tmp_path / "results")
    assert "\n" not in str(failed.value)
