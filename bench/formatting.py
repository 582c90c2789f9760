"""How figures are written in the report, in one place so every table reads the same way."""

from __future__ import annotations


def ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def rate(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def times(value: float | None) -> str:
    """A ratio such as ``1.07x``; large ratios lose their decimals because they no longer matter."""
    if value is None:
        return "—"
    return f"{value:.0f}x" if value >= 100 else f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


def mebibytes(kib: float | None) -> str:
    return "—" if kib is None else f"{kib / 1024:.1f} MiB"


def verdict(met: bool | None) -> str:
    return "not measured" if met is None else "met" if met else "**missed**"
