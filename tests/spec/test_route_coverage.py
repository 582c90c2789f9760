"""The spec describes FluentCRM's own routes: nothing it invents, and every route of a finished group.

Prints the coverage per group so progress is visible in every run.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.spec._routes import (
    COMPLETE_PREFIXES,
    GROUPS,
    described_pairs,
    group_of,
    prefix_of,
    registered_pairs,
    route_table,
)


def test_the_route_table_is_the_plugins() -> None:
    routes = route_table()
    assert len({(r["method"], r["path"]) for r in routes}) == 217 + 4 * 2  # two ANY routes, five methods each
    assert {group_of(r["path"]) for r in routes} == set(GROUPS)


def test_every_operation_is_a_registered_route(bundled_spec: dict[str, Any]) -> None:
    invented = described_pairs(bundled_spec) - registered_pairs()
    assert not invented, f"operations on routes FluentCRM does not register: {sorted(invented)}"


def test_finished_groups_are_described_in_full(
    bundled_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    described = described_pairs(bundled_spec)
    registered = registered_pairs()
    total: Counter[str] = Counter()
    done: Counter[str] = Counter()
    missing = []
    for method, path in sorted(registered):
        group = group_of(path)
        total[group] += 1
        if (method, path) in described:
            done[group] += 1
        elif prefix_of(path) in COMPLETE_PREFIXES:
            missing.append(f"{method} {path}")
    with capsys.disabled():
        print("\nroute coverage: " + ", ".join(f"{g} {done[g]}/{total[g]}" for g in GROUPS))
    assert not missing, f"routes of finished groups without an operation: {missing}"
