"""What the guard does to funnel (automation) and webhook requests, so that a run never starts an automation,
never makes the server call out, and leaves nothing behind.

* No funnel of the run can act: ``published`` is never sent (a status, a saved funnel or a bulk change asks for
  ``paused`` instead), so every funnel the run owns stays a draft or paused, and the trigger never starts it.
* Everything is marked: funnel titles (create, import, rename, trigger change, editor save) and webhook names get
  the run's title marker, so the cleanup's sweep finds them.
* Nothing leaves the site: URLs the server would fetch or call (test webhooks, remote templates) point at the
  reserved ``.invalid`` domain, which never resolves; in safe mode those operations are not sent at all.
* Nothing outlives the run: an import's labels (created globally and never removed with the funnel) are dropped,
  label ids are dropped in safe mode, and so are descriptions (a bulk delete leaves them in the meta table).
  E-mail steps, whose hidden campaigns a single delete leaves behind, are taken out of saved and imported steps;
  e-mail actions go to the run's mail funnel and reuse the one campaign the run made there, which the cleanup
  attaches to a step and removes with it.
* Nothing of anyone else is touched: steps are saved without ids (FluentCRM updates a step of *any* funnel by id)
  and without campaign references (deleting a step deletes the campaign it references).
"""

from __future__ import annotations

import json
from typing import Any

from conformance.ledger import Ledger
from conformance.resources import FUNNEL_IN_BODY, Kind

UNREACHABLE_URL = "http://conformance.invalid/"
EMAIL_ACTIONS = frozenset({"saveFunnelEmailAction", "saveFunnelEmailActionFallback"})
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
        or op in ("updateFunnelLabels", "saveFunnelEmailAction")
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
    if op == "createFunnel" and isinstance(body.get("funnel"), dict):
        body["funnel"] = {key: value for key, value in body["funnel"].items() if key != "description"}
    if op in ("saveFunnelSequences", "saveFunnelSequencesFallback"):
        body.pop("funnel_description", None)
        if isinstance(body.get("sequences"), str):
            body["sequences"] = _defused_steps_text(body["sequences"])
    if op == "importFunnel" and isinstance(body.get("sequences"), list):
        body["sequences"] = _defused_steps(body["sequences"])
    if op in EMAIL_ACTIONS:
        body["action_data"] = _pinned_email(body.get("action_data"), ledger)
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


MAIL_STEP = "send_custom_email"
FOREIGN_REFERENCES = frozenset({"id", "reference_campaign", "parent_id"})


def _defused_steps(steps: list[Any]) -> list[Any]:
    """Steps without e-mail steps and without any id or campaign reference, at any depth."""
    return [
        _without_references(step)
        for step in steps
        if not (isinstance(step, dict) and step.get("action_name") == MAIL_STEP)
    ]


def _without_references(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: _without_references(value) for key, value in node.items() if key not in FOREIGN_REFERENCES
        }
    if isinstance(node, list):
        return [_without_references(value) for value in node]
    return node


def _defused_steps_text(text: str) -> str:
    """The editor sends steps as a JSON string; anything that does not decode to a list is left as it is (the
    server then saves no steps)."""
    try:
        steps = json.loads(text)
    except ValueError:
        return text
    return json.dumps(_defused_steps(steps)) if isinstance(steps, list) else text


def _pinned_email(action: Any, ledger: Ledger) -> dict[str, Any]:
    """The e-mail of the run's mail funnel: after the first, every save updates the one campaign already made."""
    action = dict(action) if isinstance(action, dict) else {}
    campaign = dict(action["campaign"]) if isinstance(action.get("campaign"), dict) else {}
    campaign.pop("id", None)
    campaign.pop("parent_id", None)
    mail_funnel, campaign_id = ledger.pick(Kind.MAIL_FUNNEL, "mail"), ledger.mail_campaign
    if mail_funnel is not None and campaign_id is not None:
        campaign.update({"id": campaign_id, "parent_id": str(mail_funnel)})
    action["campaign"] = campaign
    return action


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
