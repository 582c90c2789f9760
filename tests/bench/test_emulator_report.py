"""Targets of the emulator section, computed from synthetic figures."""

from __future__ import annotations

from typing import Any

import pytest

from bench import reference
from bench.emulator_report import _reference_rows, _scaling


def _mode(p50_ms: float, requests_per_s: float) -> dict[str, Any]:
    return {"p50_ms": p50_ms, "p95_ms": p50_ms * 2, "requests_per_s": requests_per_s, "count": 200}


def _size(contacts: int, **cases: tuple[float, float]) -> dict[str, Any]:
    return {
        "contacts": contacts,
        "cases": {
            key: {"label": key, "hits": None, "modes": {"new_connection": _mode(*figures)}}
            for key, figures in cases.items()
        },
    }


def test_throughput_target_compares_with_the_faster_real_setup() -> None:
    fpm = reference.SEQUENTIAL["list"].php_fpm.requests_per_s
    rows, targets = _reference_rows(_size(10_000, list=(1.0, fpm * 20.5), get_one=(1.0, fpm)))
    by_name = {target.name: target for target in targets}
    assert by_name["throughput at 10,000: list"].met is True
    assert by_name["throughput at 10,000: get_one"].met is False  # 38.7 req/s is the get-one reference
    assert rows[0][2] == "20.5x"


def test_cases_without_a_reference_get_no_target() -> None:
    rows, targets = _reference_rows(_size(10_000, create=(1.0, 900.0)))
    assert targets == []
    assert "not recorded" in rows[0]


def test_scaling_is_decided_by_the_median_latency() -> None:
    small = _size(10_000, list=(1.0, 1000.0), filter=(1.0, 1000.0))
    large = _size(100_000, list=(1.9, 300.0), filter=(2.5, 900.0))
    table, targets = _scaling(small, large, "new_connection")
    verdicts = {target.name.rsplit(": ", 1)[1]: target.met for target in targets}
    assert verdicts == {"list": True, "filter": False}
    assert [row[3] for row in table.rows] == ["1.90x", "2.50x"]


@pytest.mark.parametrize("mode", ["after_write"])
def test_scaling_skips_cases_without_that_mode(mode: str) -> None:
    table, targets = _scaling(_size(1, list=(1.0, 1.0)), _size(2, list=(1.0, 1.0)), mode)
    assert table.rows == [] and targets == []


def test_reads_after_a_write_get_their_own_throughput_target() -> None:
    fpm = reference.SEQUENTIAL["list"].php_fpm.requests_per_s
    size = _size(10_000, list=(1.0, fpm * 30))
    size["cases"]["list"]["modes"]["after_write"] = _mode(3.0, fpm * 10)
    _rows, targets = _reference_rows(size)
    verdicts = {target.name: target.met for target in targets}
    assert verdicts == {
        "throughput at 10,000: list": True,
        "throughput at 10,000: list, right after a write (cold caches)": False,
    }
