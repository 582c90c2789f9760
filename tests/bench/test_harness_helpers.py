"""Small decisions inside the sections: which run is kept, what counts as a change to generated/."""

from __future__ import annotations

from pathlib import Path

from bench.emulator_load import _median_of_repeats
from bench.http_load import LoadResult
from bench.regeneration import _changed, _tree_snapshot
from bench.stats import LatencySummary


def _result(requests_per_s: float) -> LoadResult:
    return LoadResult(LatencySummary(10, 0, 1.0, 2.0, 1.0, requests_per_s))


def test_the_median_run_by_throughput_is_kept() -> None:
    runs = iter([_result(300.0), _result(100.0), _result(200.0)])
    chosen = _median_of_repeats(lambda: next(runs), 3)
    assert chosen.summary.requests_per_s == 200.0
    assert chosen.repeats_requests_per_s == [100.0, 200.0, 300.0]


def test_snapshot_sees_edits_and_ignores_caches(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "module.py").write_text("a = 1\n")
    before = _tree_snapshot(tmp_path)
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "module.pyc").write_bytes(b"\0")
    (tmp_path / ".mypy_cache").mkdir()
    (tmp_path / ".mypy_cache" / "x.json").write_text("{}")
    assert _changed(before, _tree_snapshot(tmp_path)) == []
    (tmp_path / "pkg" / "module.py").write_text("a = 22\n")
    (tmp_path / "pkg" / "new.py").write_text("")
    assert _changed(before, _tree_snapshot(tmp_path)) == ["pkg/module.py", "pkg/new.py"]
