"""Replaying all core recordings in order on an emulator seeded with 10,000 contacts: per route group, the
emulator matches the recordings' status and shape at least as often as a live FluentCRM 2.9.84 matches its own
recording (``tests/data/core/live-replay.json``, measured with ``python -m tests.emulator.core_replay --live``).

The bar holds for a group once every route of it is described (``COMPLETE_PREFIXES``); until then the figures are
printed so progress shows.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import load_core_exchanges
from tests.emulator.core_replay import BASELINE, CoreReplay, rates, seeded_emulator
from tests.spec._routes import COMPLETE_PREFIXES, GROUPS


def test_core_replay_matches_at_least_as_often_as_the_live_server(capsys: pytest.CaptureFixture[str]) -> None:
    bar = json.loads(BASELINE.read_text(encoding="utf-8"))["per_group"]
    with seeded_emulator() as (send, headers_for):
        results = CoreReplay(send, headers_for).run(load_core_exchanges())
    measured = rates(results)
    held = [group for group, prefixes in GROUPS.items() if set(prefixes) <= COMPLETE_PREFIXES]
    with capsys.disabled():
        print("\ncore replay (emulator vs live FluentCRM):")
        for group, row in measured.items():
            live = bar[group]
            mark = "held" if group in held else "not yet held"
            print(f"  {group}: {row['matched']}/{row['total']} vs {live['matched']}/{live['total']} ({mark})")
    for group in held:
        row, live = measured[group], bar[group]
        assert row["matched"] / row["total"] >= live["matched"] / live["total"], (group, row, live)
    assert sum(row["total"] for row in measured.values()) == len(load_core_exchanges())
