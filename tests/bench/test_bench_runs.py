"""`invoke bench` works end to end on a tiny corpus (figures are not asserted)."""

import json

from run import run_bench


def test_bench_writes_json_and_a_markdown_table(tmp_path):
    results = run_bench([5], 1, tmp_path)
    saved = json.loads((tmp_path / "results.json").read_text())
    assert saved["sizes"][0]["articles"] == 5
    row = saved["sizes"][0]
    for mode in ("ours", "plain"):
        for kind in ("full", "rebuild"):
            assert row[mode][kind]["seconds"] > 0 and row[mode][kind]["peak_mb"] > 0
    assert set(row["ratio"]) == {"full", "rebuild", "peak_mb"}
    assert row["page_weight"]["article"]["html"]["gzip"] > 0
    table = (tmp_path / "results.md").read_text()
    assert "| 5 |" in table and "| article |" in table
    assert results["runs"] == 1
