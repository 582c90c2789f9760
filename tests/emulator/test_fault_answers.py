"""Where FluentCRM 2.9.84 has a documented fault, the emulator answers the clear 4xx the spec says it does.

The live recordings are replayed in order (their fixtures first, so ids line up); every exchange a fault names as
evidence must get the status its `emulator` key starts with (a 4xx), never a 5xx.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from conformance.faults import FaultCatalogue
from tests.conftest import load_core_exchanges, load_exchanges, load_live_exchanges
from tests.emulator.replay import Outcome, Replayer


@pytest.fixture(scope="module")
def outcomes() -> Iterator[dict[str, Outcome]]:
    replayer = Replayer()
    try:
        yield {exchange["name"]: replayer.send(exchange) for exchange in load_live_exchanges()}
    finally:
        replayer.close()


def _alone(exchange: dict[str, Any]) -> Outcome:
    replayer = Replayer()
    try:
        return replayer.send(exchange)
    finally:
        replayer.close()


def test_every_documented_fault_is_a_4xx_on_the_emulator(
    bundled_spec: dict[str, Any], outcomes: dict[str, Outcome]
) -> None:
    recorded = {e["name"]: e for e in [*load_exchanges(), *load_core_exchanges()]}
    problems = []
    checked = 0
    for fault in FaultCatalogue(bundled_spec):
        if not fault.status.startswith("5"):
            continue  # a quirk the emulator reproduces on purpose (an empty body), not a crash
        documented = re.match(r"^(\d{3})\b", fault.emulator)
        for name in fault.evidence:
            outcome = outcomes.get(name) or (_alone(recorded[name]) if name in recorded else None)
            if outcome is None:
                problems.append(f"{fault.operation} {fault.id}: no exchange {name}")
                continue
            checked += 1
            expected = int(documented.group(1)) if documented else None
            if not 400 <= outcome.status < 500 or (expected is not None and outcome.status != expected):
                problems.append(
                    f"{fault.operation} {fault.id} ({name}): emulator answered {outcome.status}, "
                    f"documented {fault.emulator!r}: {str(outcome.body)[:120]}"
                )
    assert checked >= 25
    assert not problems, "\n".join(problems)
