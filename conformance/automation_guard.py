"""What the guard does to funnel (automation) and webhook requests, so that a run never starts an automation,
never makes the server call out, and leaves nothing behind.

* No funnel of the run can act: ``published`` is never sent (a status, a saved funnel or a bulk change asks for
  ``paused`` instead), so every funnel the run owns stays a draft or paused, and the trigger never starts it.
* Everything is marked: funnel titles (create, import, rename, trigger change, editor save) and webhook names get
  the run's title marker, so the cleanup's sweep finds them.
* Nothing leaves the site: URLs the server would fetch or call (test webhooks, remote templates) point at the
  reserved ``.invalid`` domain, which never resolves; in safe mode those operations are not sent at all.
* Nothing outlives the run: an import's labels (created globally and never removed with the funnel) are dropped,
  label ids are dropped in safe mode, and e-mail steps (whose hidden campaigns a single delete leaves behind) go to
  the run's mail funnel, which only the cleanup's bulk delete removes.
"""

from __future__ import annotations

from typing import Any

from conformance.ledger import Ledger
from conformance.resources import FUNNEL_IN_BODY, Kind

UNREACHABLE_URL = "http://conformance.invalid/"
SAFE_STATUS = "paused"
STATUS_WRITES = frozenset(
    {"updateFunnelStatus", "saveFunnelSequences", "saveFunnelSequencesFallback", "funnelBulkAction"}
)
TITLE_KEYS = {
    "updateFunnelTitle": "title",
    "changeFunnelTrigger": "title",
    "saveFunnelSequences": "funnel_title",
    "saveFunnelSequencesFallback": "funnel_title",
}
WRAPPED_TITLES = frozenset({"createFunnel", "importFunnel"})
WEBHOOK_WRITES = frozenset({"createWebhook", "updateWebhook"})
WEBHOOK_RELATIONS = {"lists": Kind.LIST, "tags": Kind.TAG, "lists[]": Kind.LIST, "tags[]": Kind.TAG}
URL_FETCHES = {
    "sendFunnelTestWebhook": ("data", "remote_url"),
    "createFunnelFromTemplate": ("template", "content"),
}


def handles(op: str) -> bool:
    return (
        op in STATUS_WRITES
        or op in TITLE_KEYS
        or op in WRAPPED_TITLES
        or op in WEBHOOK_WRITES
        or op in URL_FETCHES
        or op in FUNNEL_IN_BODY
        or op == "updateFunnelLabels"
    )


def map_body(
    op: str, body: dict[str, Any], ledger: Ledger, *, destructive: bool, negative: bool
) -> dict[str, Any]:
    """Mark, defuse and (in safe mode) confine one request body; ``body`` is a copy the caller owns."""
    if op in STATUS_WRITES and body.get("status") == "published":
        body["status"] = SAFE_STATUS
    if op in URL_FETCHES:
        outer, inner = URL_FETCHES[op]
        if isinstance(body.get(outer), dict) and inner in body[outer]:
            body[outer] = {**body[outer], inner: UNREACHABLE_URL}
    if not negative:
        _mark(op, body, ledger)
    if op == "importFunnel" and isinstance(body.get("funnel"), dict):
        body["funnel"] = {key: value for key, value in body["funnel"].items() if key != "labels"}
    if destructive:
        return body
    if op == "updateFunnelLabels" and "label_ids" in body:
        body["label_ids"] = []
    if op == "funnelBulkAction":
        if "labels" in body:
            body["labels"] = []
        if "funnel_ids" in body:
            body["funnel_ids"] = ledger.only_owned(Kind.FUNNEL, _as_list(body["funnel_ids"])) or [
                ledger.pick(Kind.FUNNEL, "bulk") or 0
            ]
    if op in FUNNEL_IN_BODY and "funnel_id" in body:
        kind = FUNNEL_IN_BODY[op]
        if not ledger.only_owned(kind, [body["funnel_id"]]):
            body["funnel_id"] = ledger.pick(kind, op) or 0
    if op in WEBHOOK_WRITES:
        for key, kind in WEBHOOK_RELATIONS.items():
            if key in body:
                body[key] = ledger.only_owned(kind, _as_list(body[key]))
    return body


def _mark(op: str, body: dict[str, Any], ledger: Ledger) -> None:
    key = TITLE_KEYS.get(op)
    if key is not None and isinstance(body.get(key), str) and body[key]:
        body[key] = ledger.title()
    if op in WRAPPED_TITLES and isinstance(body.get("funnel"), dict):
        body["funnel"] = {**body["funnel"], "title": ledger.title()}
    if op in WEBHOOK_WRITES and isinstance(body.get("name"), str):
        body["name"] = ledger.title()


def _as_list(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return [value]
