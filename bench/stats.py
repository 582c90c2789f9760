"""Small, dependency-free statistics used by every section.

Percentiles use linear interpolation between closest ranks (NumPy's default, R type 7) so that p50 equals the
median and figures can be checked against any spreadsheet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``values``, interpolating linearly between ranks."""
    if not values:
        raise ValueError("percentile of an empty sample")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be between 0 and 100, got {q}")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    lower = math.floor(position)
    upper = math.ceil(position)
    if lower == upper:
        return ordered[lower]
    fraction = position - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator``, or ``None`` when either side is unknown or the denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


@dataclass(frozen=True)
class LatencySummary:
    """Latency percentiles and throughput of one load run.

    ``requests_per_s`` is completed requests over wall time, which for sequential runs is close to
    ``1 / mean latency`` and for concurrent runs is the figure that matters.
    """

    count: int
    errors: int
    p50_ms: float
    p95_ms: float
    mean_ms: float
    requests_per_s: float

    @classmethod
    def from_samples(cls, latencies_s: Sequence[float], wall_s: float, errors: int = 0) -> LatencySummary:
        if not latencies_s:
            raise ValueError("no latency samples")
        return cls(
            count=len(latencies_s),
            errors=errors,
            p50_ms=percentile(latencies_s, 50) * 1000,
            p95_ms=percentile(latencies_s, 95) * 1000,
            mean_ms=sum(latencies_s) / len(latencies_s) * 1000,
            requests_per_s=len(latencies_s) / wall_s if wall_s > 0 else math.inf,
        )
