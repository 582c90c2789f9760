"""Ids no row can have (``live/huge-ids.jsonl``, recorded against FluentCRM 2.9.84), replayed: the emulator answers
each with FluentCRM's status and body, where it once crashed on SQLite's integer limit."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import DATA
from tests.emulator.replay import Replayer


def _recorded() -> list[dict[str, Any]]:
    lines = (DATA / "live" / "huge-ids.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _without_bench(body: Any) -> Any:
    return {key: value for key, value in body.items() if key != "__bench"} if isinstance(body, dict) else body


@pytest.mark.parametrize("exchange", _recorded(), ids=lambda exchange: exchange["name"])
def test_the_emulator_answers_an_impossible_id_like_fluentcrm(exchange: dict[str, Any]) -> None:
    replayer = Replayer()
    try:
        outcome = replayer.send(exchange)
    finally:
        replayer.close()
    assert outcome.status == exchange["response"]["status"]
    assert _without_bench(outcome.body) == _without_bench(exchange["response"]["body"])
