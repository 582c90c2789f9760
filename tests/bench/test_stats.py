"""The statistics the benchmark report rests on."""

from __future__ import annotations

import pytest

from bench.stats import LatencySummary, median, percentile, ratio


def test_percentile_interpolates_between_ranks() -> None:
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile(values, 0) == 10.0
    assert percentile(values, 100) == 40.0
    assert percentile(values, 50) == pytest.approx(25.0)
    assert percentile(values, 95) == pytest.approx(38.5)


def test_percentile_ignores_input_order() -> None:
    assert percentile([5.0, 1.0, 3.0], 50) == 3.0
    assert median([9.0, 1.0]) == pytest.approx(5.0)


def test_percentile_of_one_value_is_that_value() -> None:
    assert percentile([7.0], 95) == 7.0


@pytest.mark.parametrize("bad", [-1, 101])
def test_percentile_rejects_out_of_range(bad: float) -> None:
    with pytest.raises(ValueError):
        percentile([1.0], bad)


def test_percentile_rejects_empty_sample() -> None:
    with pytest.raises(ValueError):
        percentile([], 50)


def test_ratio_handles_missing_and_zero() -> None:
    assert ratio(3.0, 2.0) == pytest.approx(1.5)
    assert ratio(None, 2.0) is None
    assert ratio(1.0, None) is None
    assert ratio(1.0, 0.0) is None


def test_latency_summary_in_milliseconds_and_per_second() -> None:
    summary = LatencySummary.from_samples([0.001, 0.002, 0.003, 0.004], wall_s=0.01, errors=1)
    assert summary.count == 4
    assert summary.errors == 1
    assert summary.p50_ms == pytest.approx(2.5)
    assert summary.mean_ms == pytest.approx(2.5)
    assert summary.requests_per_s == pytest.approx(400.0)
