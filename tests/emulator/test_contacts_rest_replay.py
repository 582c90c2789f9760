"""The live recordings of the companies, labels, users and bulk routes (``tests/data/live/contacts-rest.jsonl``),
replayed in order against a fresh emulator set up like the recorded site: the same statuses, shapes, messages and
values, except where the emulator deliberately answers differently (docs/emulator.md)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from emulator import settings_store
from tests.conftest import DATA
from tests.emulator.replay import Outcome, Replayer

#: Recordings the emulator answers differently on purpose, with the reason.
DELIBERATE: dict[str, str] = {
    "companies.find.zero": "id 0 crashes FluentCRM (HTML 500); the emulator answers 404",
    "companies.delete.id_zero": "id 0 crashes FluentCRM (HTML 500); the emulator answers 404",
    "companies.custom_tab_view.id_zero": "id 0 crashes FluentCRM (HTML 500); the emulator answers 404",
    "labels.delete.id_zero": "id 0 crashes FluentCRM (HTML 500); the emulator answers 404",
    "labels.update.id_zero": "id 0 crashes FluentCRM (500); the emulator answers 404",
    "companies.attach.invalid": "no ids crash FluentCRM (500); the emulator answers 422",
    "companies.notes.create_missing": "no note crashes FluentCRM (500); the emulator answers 422",
    "users.index.limit_bad": "a non-numeric limit crashes WordPress (HTML 500); the emulator answers 400",
}
#: Members that differ for reasons outside the routes: random hashes, the site address, ids of records the
#: recording session created between these exchanges (a conformance run made tags and lists).
#: The emulator's second user is `manager`, the recorded site's `crm_manager`.
IGNORED_DIFFERENCES = ("hash", "photo", "user_email", "user_login", "display_name", "ids")


def _recordings() -> list[dict[str, Any]]:
    with (DATA / "live" / "contacts-rest.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def outcomes() -> Iterator[list[tuple[dict[str, Any], Outcome]]]:
    replayer = Replayer()
    try:
        with replayer.app.state.db.write() as conn:
            settings_store.write_option(
                conn,
                settings_store.EXPERIMENTS,
                {**settings_store.EXPERIMENT_DEFAULTS, "company_module": "yes"},
            )
        headers = replayer.credentials.headers("admin")
        for email, name in (("co-owner@example.invalid", "Owner"), ("co-member@example.invalid", "Member")):
            created = replayer.client.post(
                "/wp-json/fluent-crm/v2/subscribers",
                json={"email": email, "status": "subscribed", "first_name": name},
                headers=headers,
            )
            assert created.status_code == 200, created.text
        yield [(exchange, replayer.send(exchange)) for exchange in _recordings()]
    finally:
        replayer.close()


def _relevant(differences: list[str]) -> list[str]:
    ignored = re.compile(r"(^|/)(" + "|".join(IGNORED_DIFFERENCES) + r")(/\d+)?:")
    return [difference for difference in differences if not ignored.search(difference.split(";")[0])]


def test_live_recordings_replay_alike(outcomes: list[tuple[dict[str, Any], Outcome]]) -> None:
    failures = [
        f"{outcome.name}: " + "; ".join(_relevant(outcome.differences)[:4])
        for exchange, outcome in outcomes
        if exchange["name"] not in DELIBERATE and _relevant(outcome.differences)
    ]
    assert not failures, "\n".join(failures)


def test_deliberate_differences_are_client_errors(outcomes: list[tuple[dict[str, Any], Outcome]]) -> None:
    answered = {
        outcome.name: outcome.status for exchange, outcome in outcomes if exchange["name"] in DELIBERATE
    }
    assert set(answered) == set(DELIBERATE)
    assert all(400 <= status < 500 for status in answered.values()), answered
