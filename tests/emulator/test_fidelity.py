"""The emulator answers every recorded exchange like FluentCRM did: status, shape, messages and headers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator.replay import Outcome, Replayer, excluded_reason, shape_differences


@pytest.fixture(scope="module")
def replay(exchanges: list[dict[str, Any]]) -> Iterator[list[tuple[dict[str, Any], Outcome]]]:
    replayer = Replayer()
    try:
        yield [(exchange, replayer.send(exchange)) for exchange in exchanges]
    finally:
        replayer.close()


def test_every_recorded_exchange_matches(replay: list[tuple[dict[str, Any], Outcome]]) -> None:
    compared = [(e, o) for e, o in replay if excluded_reason(e["name"]) is None]
    failures = [o for _, o in compared if o.differences]
    matched = len(compared) - len(failures)
    excluded = len(replay) - len(compared)
    print(
        f"\nemulator fidelity: {matched}/{len(compared)} compared exchanges match "
        f"({100 * matched / len(compared):.1f}%), {excluded} excluded with a reason"
    )
    report = "\n".join(f"{o.name}: " + "; ".join(o.differences[:4]) for o in failures)
    assert not failures, f"{len(failures)} exchanges differ:\n{report}"


def test_the_exclusion_list_is_short_and_every_entry_exists(exchanges: list[dict[str, Any]]) -> None:
    names = {e["name"] for e in exchanges}
    excluded = [n for n in names if excluded_reason(n)]
    assert len(excluded) <= 10
    from tests.emulator.replay import EXCLUDED

    assert set(EXCLUDED) <= names


def test_deliberate_differences_answer_a_clear_4xx(replay: list[tuple[dict[str, Any], Outcome]]) -> None:
    outcomes = {o.name: o for _, o in replay}
    assert outcomes["tags.delete.not_found"].status == 404
    assert outcomes["tags.delete.not_found"].body == {
        "message": "No query results for model [FluentCrm\\App\\Models\\Tag]."
    }
    per_page = outcomes["contacts.list.per_page_abc"]
    assert per_page.status == 400
    assert per_page.body["code"] == "rest_invalid_param"
    assert per_page.body["data"]["params"] == {"per_page": "per_page must be a positive integer."}


def test_the_comparison_notices_differences() -> None:
    assert shape_differences({"a": 1, "b": "x"}, {"a": "1", "b": "x"})
    assert shape_differences({"a": 1, "b": "x"}, {"b": "x", "a": 1})
    assert shape_differences({"a": [{"id": 1}]}, {"a": [{"id": None}]})
    assert not shape_differences({"a": [{"id": 1}]}, {"a": [{"id": 2}]})


def test_the_replay_catches_a_changed_behaviour(
    exchanges: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from emulator.context import Reply
    from emulator.handlers import lists

    monkeypatch.setattr(lists, "delete_list", lambda ctx: Reply({"message": "Deleted."}, bench=False))
    replayer = Replayer()
    try:
        outcomes = {}
        for exchange in exchanges:
            if exchange["name"].startswith(("seed.lists", "lists.")):
                outcomes[exchange["name"]] = replayer.send(exchange)
    finally:
        replayer.close()
    assert outcomes["lists.delete.one"].differences
    assert not outcomes["lists.find.one"].differences
    # Counts depend on the contacts this partial replay left out, and the value comparison notices that too.
    assert outcomes["lists.index.default"].differences
