"""Safe mode on funnels (automations), webhooks and forms: nothing the run owns can act, nothing is sent or
fetched, records that existed are untouched, and everything the run created is gone afterwards."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance.automation_guard import UNREACHABLE_URL
from conformance.ledger import Ledger
from conformance.resources import OUTSIDE_REACH, Kind
from conformance.target import Target
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(240)

AREA_OPERATIONS = (
    "listFunnels",
    "createFunnel",
    "getFunnel",
    "updateFunnelStatus",
    "deleteFunnel",
    "cloneFunnel",
    "changeFunnelTrigger",
    "updateFunnelTitle",
    "updateFunnelLabels",
    "saveFunnelSequences",
    "saveFunnelSequencesFallback",
    "saveFunnelEmailAction",
    "saveFunnelEmailActionFallback",
    "funnelBulkAction",
    "importFunnel",
    "createFunnelFromTemplate",
    "sendFunnelTestWebhook",
    "removeFunnelSubscribers",
    "removeFunnelSubscriberRows",
    "updateFunnelSubscriberStatus",
    "syncFunnelNewSteps",
    "createForm",
    "listWebhooks",
    "createWebhook",
    "updateWebhook",
    "deleteWebhook",
)


class Recorder:
    """ASGI middleware that keeps every request's method, path and body, and the app for a look at its tables."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, bytes]] = []
        self.app: Any = None

    def wrap(self, app: Any, username: str, password: str) -> Any:
        self.app = app

        async def recording(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            chunks: list[bytes] = []

            async def replay() -> dict[str, Any]:
                message: dict[str, Any] = await receive()
                chunks.append(message.get("body", b""))
                return message

            await app(scope, replay, send)
            self.requests.append((scope["method"], scope["path"], b"".join(chunks)))

        return recording

    def rows(self, sql: str) -> list[Any]:
        with self.app.state.db.read() as conn:
            return [tuple(row) for row in conn.execute(sql)]


def _as_live(target: Target) -> Target:
    return Target(target.base_url, target.username, target.password, embedded=False)


def _snapshot(client: httpx.Client, funnel_id: int) -> Any:
    funnel = client.get(f"/funnels/{funnel_id}", params={"with[]": "funnel_sequences"}).json()
    funnel.pop("__bench", None)
    hooks = client.get("/webhooks").json()["webhooks"]
    return funnel, hooks


@pytest.mark.parametrize("negative", [False, True], ids=["positive", "negative"])
def test_safe_run_on_automations_never_publishes_never_sends_and_cleans_up(
    negative: bool, spec: dict[str, Any], tmp_path: Path
) -> None:
    recorder = Recorder()
    with emulator_target(recorder.wrap) as target:
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        existing = client.post(
            "/funnels", json={"funnel": {"title": "Live one", "trigger_name": "user_register"}}
        )
        funnel_id = existing.json()["funnel"]["id"]
        client.put(f"/funnels/{funnel_id}", json={"status": "published"})
        client.post("/webhooks", json={"name": "Shop hook", "status": "subscribed"})
        before = _snapshot(client, funnel_id)
        set_up = len(recorder.requests)
        results = short_run(
            _as_live(target), spec, AREA_OPERATIONS, tmp_path, destructive=False, negative=negative
        )
        after = _snapshot(client, funnel_id)
        client.close()
    assert after == before
    assert results.cleanup_problems == []
    assert results.created[Kind.FUNNEL.value] > 0 and results.created[Kind.WEBHOOK.value] > 0
    # Only the funnel that existed is left, with the webhook that existed; no e-mail campaign outlives the run.
    assert recorder.rows("SELECT id FROM funnels") == [(funnel_id,)]
    assert len(recorder.rows("SELECT id FROM webhooks")) == 1
    assert recorder.rows("SELECT funnel_id, key FROM funnel_meta") == []
    assert recorder.rows("SELECT id, parent_id, title FROM funnel_campaigns") == []
    run_requests = recorder.requests[set_up:]
    sent_paths = {path for _, path, _ in run_requests}
    assert not any(
        path.endswith(("/send-test-webhook", "/create-from-template", "/remove-bulk-subscribers"))
        for path in sent_paths
    )
    assert not any(method == "POST" and path.endswith("/forms") for method, path, _ in run_requests)
    assert not OUTSIDE_REACH & set(results.operations)
    for method, path, body in run_requests:
        if method in ("PUT", "POST") and "/funnels" in path:
            assert b'"published"' not in body and b"status=published" not in body, (path, body)


def test_destructive_mode_still_keeps_the_server_from_calling_out() -> None:
    from conformance.automation_guard import map_body

    ledger = Ledger("t")
    hook = map_body(
        "sendFunnelTestWebhook",
        {"data": {"remote_url": "https://attacker.example/x"}},
        ledger,
        destructive=True,
        negative=False,
    )
    assert hook["data"]["remote_url"] == UNREACHABLE_URL
    template = map_body(
        "createFunnelFromTemplate",
        {"template": {"content": "https://x.example/a.json"}},
        ledger,
        destructive=True,
        negative=False,
    )
    assert template["template"]["content"] == UNREACHABLE_URL


def test_safe_mode_rewrites_publishing_and_confines_bodies() -> None:
    from conformance.automation_guard import map_body

    ledger = Ledger("t")
    ledger.record_created(Kind.FUNNEL, 7)
    ledger.record_created(Kind.MAIL_FUNNEL, 9)
    ledger.record_created(Kind.LIST, 3)
    status = map_body(
        "updateFunnelStatus", {"status": "published"}, ledger, destructive=False, negative=False
    )
    assert status == {"status": "paused"}
    bulk = map_body(
        "funnelBulkAction",
        {
            "action_name": "change_funnel_status",
            "funnel_ids": [1, 7, 9],
            "status": "published",
            "labels": [4],
        },
        ledger,
        destructive=False,
        negative=False,
    )
    assert bulk == {
        "action_name": "change_funnel_status",
        "funnel_ids": [7],
        "status": "paused",
        "labels": [],
    }
    saved = map_body(
        "saveFunnelSequencesFallback",
        {"funnel_id": 1, "status": "published", "funnel_title": "x", "conditions": "{}"},
        ledger,
        destructive=False,
        negative=False,
    )
    assert (
        saved["funnel_id"] == 7
        and saved["status"] == "paused"
        and ledger.is_marked_title(saved["funnel_title"])
    )
    mail = map_body(
        "saveFunnelEmailActionFallback", {"funnel_id": 7}, ledger, destructive=False, negative=False
    )
    assert mail["funnel_id"] == 9
    imported = map_body(
        "importFunnel",
        {"funnel": {"title": "t", "trigger_name": "user_register", "labels": [{"slug": "s", "title": "S"}]}},
        ledger,
        destructive=False,
        negative=False,
    )
    assert "labels" not in imported["funnel"] and ledger.is_marked_title(imported["funnel"]["title"])
    hook = map_body(
        "createWebhook",
        {"name": "n", "status": "pending", "lists": [3, 5]},
        ledger,
        destructive=False,
        negative=False,
    )
    assert hook["lists"] == [3] and ledger.is_marked_title(hook["name"])
    assert (
        json.dumps(
            map_body(
                "updateFunnelLabels",
                {"action": "attach", "label_ids": [1]},
                ledger,
                destructive=False,
                negative=False,
            )
        )
        == '{"action": "attach", "label_ids": []}'
    )
