"""Safe mode on campaigns and templates: nothing is scheduled or sent, others' records stay as they were, and
everything the run created is removed, except a campaign whose deletion would hit FluentCRM's data-loss bug."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis

from conformance.guard import Guard
from conformance.housekeeping import SiteClient, cleanup
from conformance.ledger import Ledger
from conformance.resources import Kind
from conformance.target import Target
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(240)

OPERATIONS = (
    "listCampaigns",
    "createCampaign",
    "getCampaign",
    "updateCampaign",
    "updateCampaignByBody",
    "deleteCampaign",
    "duplicateCampaign",
    "updateCampaignTitle",
    "campaignBulkAction",
    "scheduleCampaign",
    "unscheduleCampaign",
    "pauseCampaign",
    "resumeCampaign",
    "getCampaignProcessingStat",
    "sendCampaignTestEmail",
    "draftCampaignRecipients",
    "deleteCampaignEmails",
    "createTemplate",
    "updateTemplate",
    "deleteTemplate",
    "duplicateTemplate",
    "templateBulkAction",
    "setTemplateGlobalStyle",
)
NEVER_IN_SAFE_MODE = {
    "scheduleCampaign",
    "resumeCampaign",
    "sendCampaignTestEmail",
    "deleteCampaign",
    "setTemplateGlobalStyle",
}


def _strip(payload: Any) -> Any:
    if isinstance(payload, dict):
        return {k: _strip(v) for k, v in payload.items() if k not in ("__bench", "server_time")}
    if isinstance(payload, list):
        return [_strip(v) for v in payload]
    return payload


def _site_with_someone_elses_records(client: httpx.Client) -> dict[str, Any]:
    """A customer's sent campaign (with its e-mail row), a draft and a template, as a shared site would have them.

    One recipient only: e-mail row 1 belongs to campaign 1, so no campaign the run creates (id 3 and up) shares its
    id with another campaign's e-mail, and the cleanup may delete them all (the other case is tested below).
    """
    list_id = client.post("/lists", json={"title": "Customers", "slug": "customers"}).json()["lists"]["id"]
    for n in range(1):
        client.post(
            "/subscribers",
            json={"email": f"c{n}@customer.example", "status": "subscribed", "lists": [list_id]},
        )
    sent = client.post("/campaigns", json={"title": "Customer newsletter"}).json()["id"]
    client.put(
        f"/campaigns/{sent}",
        json={"title": "Customer newsletter", "email_subject": "News", "email_body": "<p>x</p>"},
    )
    client.post(f"/campaigns/{sent}/schedule", json={})
    draft = client.post("/campaigns", json={"title": "Customer draft"}).json()["id"]
    template = client.post("/templates", json={"template": {"post_title": "Customer template"}}).json()[
        "template_id"
    ]
    paths = [
        f"/campaigns/{sent}",
        f"/campaigns/{sent}/emails",
        f"/campaigns/{draft}",
        f"/templates/{template}",
    ]
    return {path: _strip(client.get(path).json()) for path in paths}


def _as_live(target: Target) -> Target:
    return Target(target.base_url, target.username, target.password, embedded=False)


def test_safe_run_sends_nothing_and_leaves_other_campaigns_alone(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    apps: list[Any] = []

    def keep(app: Any, username: str, password: str) -> Any:
        apps.append(app)
        return app

    with emulator_target(keep) as target:
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        before = _site_with_someone_elses_records(client)
        with apps[0].state.db.write() as conn:
            conn.execute("DELETE FROM outbox")
        results = short_run(_as_live(target), spec, OPERATIONS, tmp_path, destructive=False)
        after = {path: _strip(client.get(path).json()) for path in before}
        titles = [
            c["title"] for c in client.get("/campaigns", params={"per_page": 100}).json()["campaigns"]["data"]
        ]
        templates = [t["post_title"] for t in client.get("/templates").json()["templates"]["data"]]
        client.close()
        with apps[0].state.db.read() as conn:
            outbox = conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
            style = conn.execute("SELECT 1 FROM options WHERE name = 'global_email_style_config'").fetchone()
    assert after == before
    assert outbox == 0 and style is None
    assert NEVER_IN_SAFE_MODE.isdisjoint(results.operations)
    assert {"createCampaign", "updateCampaign", "createTemplate", "deleteTemplate"} <= set(results.operations)
    assert results.created.get("campaigns", 0) > 0 and results.created.get("templates", 0) > 0
    assert sorted(titles) == ["Customer draft", "Customer newsletter"]
    assert templates == ["Customer template"]
    assert results.cleanup_problems == []


def _bulk_schema() -> Any:
    ok = {"200": {"description": "ok"}}
    body = {"content": {"application/json": {"schema": {"type": "object"}}}}
    return schemathesis.openapi.from_dict(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/campaigns/do-bulk-action": {
                    "post": {"operationId": "campaignBulkAction", "requestBody": body, "responses": ok}
                },
                "/templates": {
                    "post": {"operationId": "createTemplate", "requestBody": body, "responses": ok}
                },
            },
        }
    )


def test_guard_confines_ids_in_bodies_and_never_bulk_deletes_campaigns() -> None:
    schema = _bulk_schema()
    ledger = Ledger("run")
    ledger.record_created(Kind.CAMPAIGN, 12)
    ledger.record_created(Kind.TEMPLATE, 5)
    guard = Guard(ledger, destructive=False)
    bulk = schema["/campaigns/do-bulk-action"]["POST"]
    deleting = bulk.Case(
        body={"action_name": "delete_campaigns", "campaign_ids": [12]}, media_type="application/json"
    )
    assert guard.filter_case(None, deleting) is False
    labelling = bulk.Case(
        body={"action_name": "apply_labels", "campaign_ids": [1, 12, 3], "labels": [1]},
        media_type="application/json",
    )
    assert guard.filter_case(None, labelling) is True
    assert guard.map_case(None, labelling).body["campaign_ids"] == [12]
    create = schema["/templates"]["POST"]
    overwrite = create.Case(
        body={"template_id": 99, "template": {"post_title": "x"}}, media_type="application/json"
    )
    mapped = guard.map_case(None, overwrite).body
    assert "template_id" not in mapped and ledger.is_marked_title(mapped["template"]["post_title"])
    own = create.Case(body={"template_id": 5, "template": {}}, media_type="application/json")
    assert guard.map_case(None, own).body["template_id"] == 5
    assert Guard(ledger, destructive=True).filter_case(None, deleting) is True


def test_cleanup_keeps_a_campaign_whose_deletion_would_destroy_another_campaigns_email() -> None:
    with emulator_target() as target:
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        list_id = client.post("/lists", json={"title": "L", "slug": "l"}).json()["lists"]["id"]
        for n in range(3):
            client.post(
                "/subscribers",
                json={"email": f"r{n}@customer.example", "status": "subscribed", "lists": [list_id]},
            )
        theirs = client.post("/campaigns", json={"title": "Theirs"}).json()["id"]
        client.post(f"/campaigns/{theirs}/schedule", json={})  # e-mail rows 1-3 belong to campaign 1
        ours = client.post("/campaigns", json={"title": "conformance-run-1"}).json()["id"]
        ledger = Ledger("run")
        ledger.record_created(Kind.CAMPAIGN, ours)
        site = SiteClient(target)
        problems = cleanup(site, ledger)
        site.close()
        emails = client.get(f"/campaigns/{theirs}/emails").json()["emails"]["total"]
        still_there = client.get(f"/campaigns/{ours}").status_code
        client.close()
    assert ours == 2 and emails == 3 and still_there == 200
    assert len(problems) == 1 and "would also delete e-mail 2 of campaign 1" in problems[0]
