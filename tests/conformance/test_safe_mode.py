"""Safe mode end to end: records that existed before a run are untouched, and the run leaves nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance.target import Target
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(180)

WRITE_OPERATIONS = (
    "createContact",
    "getContact",
    "updateContact",
    "deleteContact",
    "deleteContacts",
    "createList",
    "updateList",
    "deleteList",
    "createTag",
    "updateTag",
    "deleteTag",
    "getContactCustomFields",
    "updateContactCustomFields",
)


def _without_timing(payload: Any) -> Any:
    if isinstance(payload, dict):
        return {k: _without_timing(v) for k, v in payload.items() if k != "__bench"}
    return payload


def _existing_records(client: httpx.Client) -> dict[str, Any]:
    ids: dict[str, list[int]] = {"subscribers": [], "lists": [], "tags": []}
    for n in range(3):
        response = client.post(
            "/subscribers", json={"email": f"existing{n}@customer.example", "status": "subscribed"}
        )
        ids["subscribers"].append(response.json()["contact"]["id"])
    for kind in ("lists", "tags"):
        for n in range(2):
            response = client.post(
                f"/{kind}", json={"title": f"Existing {kind} {n}", "slug": f"existing-{kind}-{n}"}
            )
            ids[kind].append(response.json()["lists"]["id"])
    return {
        f"/{kind}/{record_id}": _without_timing(client.get(f"/{kind}/{record_id}").json())
        for kind, record_ids in ids.items()
        for record_id in record_ids
    }


def _totals(client: httpx.Client) -> tuple[int, int, int]:
    contacts = client.get("/subscribers").json()["subscribers"]["total"]
    lists = len(client.get("/lists", params={"per_page": 100}).json()["lists"])
    tags = client.get("/tags").json()["tags"]["total"]
    return contacts, lists, tags


@pytest.mark.parametrize("negative", [False, True], ids=["positive", "negative"])
def test_safe_run_leaves_existing_records_alone_and_cleans_up(
    negative: bool, spec: dict[str, Any], tmp_path: Path
) -> None:
    with emulator_target() as target:
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        before = _existing_records(client)
        before["/custom-fields/contacts"] = _without_timing(client.get("/custom-fields/contacts").json())
        totals = _totals(client)
        results = short_run(
            _as_live(target), spec, WRITE_OPERATIONS, tmp_path, destructive=False, negative=negative
        )
        after = {path: _without_timing(client.get(path).json()) for path in before}
        assert after == before
        assert _totals(client) == totals
        client.close()
    assert sum(results.created.values()) > 0
    assert results.cleanup_problems == []
    # Site-wide settings have no record of the run's own to confine them to: not sent at all.
    assert "updateContactCustomFields" not in results.operations
    assert "deleteContacts" in results.operations and "updateContact" in results.operations


def _as_live(target: Target) -> Target:
    return Target(target.base_url, target.username, target.password, embedded=False)


def test_destructive_negative_run_leaves_nothing_behind(spec: dict[str, Any], tmp_path: Path) -> None:
    """Negative contact writes carry tag and list titles such as `AAA` or `true`, which create records too."""
    operations = ("createContact", "updateContact", "bulkAddUpdateContacts", "createTag", "createList")
    with emulator_target() as target:
        results = short_run(target, spec, operations, tmp_path, destructive=True, negative=True)
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        left = _totals(client)
        titles = [
            tag["title"] for tag in client.get("/tags", params={"per_page": 100}).json()["tags"]["data"]
        ]
        client.close()
    assert sum(results.created.values()) > 0 and results.cleanup_problems == []
    assert left == (0, 0, 0), titles
