"""Campaigns and templates in the emulator: the life cycles, FluentCRM's sending state machine, and the outbox.

Sending never leaves the emulator: scheduling a campaign that is due and "send test e-mail" put messages in the
outbox, which the test API reads and empties like a mail catcher.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from emulator.app import create_app
from tests.emulator.conftest import Api

TEST_API = "/wp-json/fluentcrm-emulator/v1"


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _audience(api: Api, emails: list[str]) -> int:
    """A list holding one subscribed contact per address; returns the list id."""
    list_id = _ok(api.post("/lists", json={"title": "Audience", "slug": "audience"}))["lists"]["id"]
    for email in emails:
        _ok(api.post("/subscribers", json={"email": email, "status": "subscribed", "lists": [list_id]}))
    return int(list_id)


def _draft(api: Api, title: str = "Spring news") -> int:
    created = _ok(api.post("/campaigns", json={"title": title}))
    assert created["status"] == "draft" and created["created_by"] == 1 and "__bench" not in created
    campaign_id = int(created["id"])
    _ok(
        api.put(
            f"/campaigns/{campaign_id}",
            json={
                "title": title,
                "email_subject": "Hello",
                "email_body": "<p>Hi ##crm.unsubscribe_url##</p>",
            },
        )
    )
    return campaign_id


def _outbox(api: Api) -> list[dict[str, Any]]:
    return list(_ok(api.get(TEST_API + "/outbox"))["messages"])


def test_draft_update_duplicate_delete(api: Api) -> None:
    campaign_id = _draft(api)
    stored = _ok(api.get(f"/campaigns/{campaign_id}"))["campaign"]
    assert stored["email_subject"] == "Hello" and stored["created_by"] == "1" and stored["status"] == "draft"
    copy = _ok(api.post(f"/campaigns/{campaign_id}/duplicate"))["campaign"]
    assert copy["title"] == "[Duplicate] Spring news" and copy["email_body"] == stored["email_body"]
    assert copy["slug"].startswith("spring-news-")
    titles = [c["title"] for c in _ok(api.get("/campaigns"))["campaigns"]["data"]]
    assert titles == ["[Duplicate] Spring news", "Spring news"]
    assert _ok(api.delete(f"/campaigns/{copy['id']}")) == {"success": True}
    assert api.get(f"/campaigns/{copy['id']}").status_code == 404
    assert api.delete(f"/campaigns/{copy['id']}").status_code == 404


def test_titles_are_required_and_unique(api: Api) -> None:
    _draft(api, "Unique")
    assert api.post("/campaigns", json={}).json() == {"title": {"required": "The title field is required."}}
    taken = api.post("/campaigns", json={"title": "Unique"})
    assert taken.status_code == 422 and "unique" in taken.json()["title"]


def test_state_machine_refuses_what_fluentcrm_refuses(api: Api) -> None:
    campaign_id = _draft(api)
    assert api.post(f"/campaigns/{campaign_id}/pause").status_code == 422
    assert api.post(f"/campaigns/{campaign_id}/resume").status_code == 422
    assert api.post(f"/campaigns/{campaign_id}/un-schedule").status_code == 422
    scheduled = _ok(
        api.post(f"/campaigns/{campaign_id}/schedule", json={"scheduled_at": "2099-01-01 00:00:00"})
    )
    assert scheduled["campaign"]["status"] == "pending-scheduled"
    assert scheduled["message"] == "Your campaign email has been scheduled"
    again = api.post(f"/campaigns/{campaign_id}/schedule", json={"scheduled_at": "2099-01-01 00:00:00"})
    assert again.json() == {"message": "Campaign status is not in draft status. Please reload the page"}
    assert api.post(f"/campaigns/{campaign_id}/pause").status_code == 422
    assert (
        _ok(api.post(f"/campaigns/{campaign_id}/un-schedule"))["message"]
        == "Campaign has been successfully un-scheduled"
    )
    assert _ok(api.get(f"/campaigns/{campaign_id}"))["campaign"]["status"] == "draft"
    assert _ok(api.get(f"/campaigns/{campaign_id}/processing-stat"))["reload"] is True


def test_sending_puts_one_message_per_recipient_in_the_outbox(api: Api) -> None:
    list_id = _audience(api, ["ann@example.com", "bob@example.com"])
    _ok(api.post("/subscribers", json={"email": "outsider@example.com", "status": "subscribed"}))
    campaign_id = _draft(api)
    drafted = _ok(
        api.post(
            f"/campaigns/{campaign_id}/draft-recipients",
            json={"subscribers": [{"list": list_id, "tag": "all"}]},
        )
    )
    assert drafted["count"] == 2
    assert _ok(api.get(f"/campaigns/{campaign_id}/estimated-recipients-count"))["estimated_count"] == 2
    assert _outbox(api) == []
    started = _ok(api.post(f"/campaigns/{campaign_id}/schedule", json={}))
    assert started["message"] == "Email Sending will be started soon"
    outbox = _outbox(api)
    assert sorted(m["to"] for m in outbox) == ["ann@example.com", "bob@example.com"]
    assert {m["kind"] for m in outbox} == {"campaign"} and outbox[0]["subject"] == "Hello"
    emails = _ok(api.get(f"/campaigns/{campaign_id}/emails"))["emails"]
    assert emails["total"] == 2 and {e["status"] for e in emails["data"]} == {"sent"}
    status = _ok(api.get(f"/campaigns/{campaign_id}/status"))
    assert status["sent_count"] == 2 and status["campaign"]["status"] == "archived"
    assert _ok(api.delete(TEST_API + "/outbox")) == {"deleted": 2}
    assert _outbox(api) == []


def test_a_scheduled_campaign_is_sent_when_due_and_polled(api: Api) -> None:
    _audience(api, ["due@example.com"])
    campaign_id = _draft(api)
    _ok(api.post(f"/campaigns/{campaign_id}/schedule", json={"scheduled_at": "2000-01-01 00:00:00"}))
    assert _outbox(api) == []
    polled = _ok(api.get(f"/campaigns/{campaign_id}/processing-stat"))
    assert polled["didRun"] is True
    assert [m["to"] for m in _outbox(api)] == ["due@example.com"]


def test_test_email_goes_to_the_outbox_only(api: Api) -> None:
    _audience(api, ["ann@example.com"])
    campaign_id = _draft(api)
    sent = _ok(
        api.post("/campaigns/send-test-email", json={"campaign_id": campaign_id, "email": "qa@example.com"})
    )
    assert sent["result"] is True and "qa@example.com" in sent["message"]
    assert [(m["kind"], m["to"], m["campaign_id"]) for m in _outbox(api)] == [
        ("test", "qa@example.com", campaign_id)
    ]
    assert api.post("/campaigns/send-test-email", json={"campaign_id": 987654321}).status_code == 404


def test_deleting_a_campaign_keeps_other_campaigns_emails(api: Api) -> None:
    """FluentCRM 2.9.84 also deletes the e-mail whose id equals the campaign's id; the emulator does not."""
    _audience(api, ["a@example.com", "b@example.com", "c@example.com"])
    sender = _draft(api, "Sender")
    _ok(api.post(f"/campaigns/{sender}/schedule", json={}))
    victim = _draft(api, "Other")
    assert any(e["id"] == victim for e in _ok(api.get(f"/campaigns/{sender}/emails"))["emails"]["data"])
    _ok(api.delete(f"/campaigns/{victim}"))
    assert _ok(api.get(f"/campaigns/{sender}/emails"))["emails"]["total"] == 3


def test_bulk_actions_and_labels(api: Api) -> None:
    first, second = _draft(api, "One"), _draft(api, "Two")
    assert api.post(
        "/campaigns/do-bulk-action", json={"action_name": "apply_labels", "campaign_ids": []}
    ).json() == {"message": "Please provide campaign IDs"}
    assert (
        api.post(
            "/campaigns/do-bulk-action", json={"action_name": "nope", "campaign_ids": [first]}
        ).status_code
        == 422
    )
    _ok(
        api.post(
            "/campaigns/do-bulk-action",
            json={"action_name": "apply_labels", "campaign_ids": [first], "labels": [7]},
        )
    )
    labelled = _ok(api.get("/campaigns", params={"labels[]": 7, "with[]": "stats"}))["campaigns"]["data"]
    assert [c["id"] for c in labelled] == [first] and labelled[0]["labels"][0]["id"] == 7
    _ok(api.put(f"/campaigns/{first}/update-labels", json={"action": "detach", "label_ids": [7]}))
    assert _ok(api.get("/campaigns", params={"labels[]": 7}))["campaigns"]["data"] == []
    _ok(
        api.post(
            "/campaigns/do-bulk-action",
            json={"action_name": "delete_campaigns", "campaign_ids": [first, second]},
        )
    )
    assert _ok(api.get("/campaigns"))["campaigns"]["total"] == 0


def test_crashing_inputs_get_clear_answers(api: Api) -> None:
    campaign_id = _draft(api)
    assert api.get("/campaigns/0").status_code == 404
    assert api.post("/campaigns/0/step", json={"next_step": 1}).status_code == 404
    assert api.get("/campaigns/987654321", params={"with[]": "subjects"}).status_code == 404
    missing_ids = api.request("DELETE", f"/campaigns/{campaign_id}/emails", json={})
    assert missing_ids.status_code == 422
    assert api.post("/templates", json={}).status_code == 422
    assert api.get("/campaigns", params={"sort_by": "nope"}).status_code == 423


def test_template_create_duplicate_delete(api: Api) -> None:
    created = _ok(
        api.post("/templates", json={"template": {"post_title": "Welcome", "post_content": "<p>Hi</p>"}})
    )
    template_id = created["template_id"]
    assert isinstance(template_id, int)
    assert _ok(api.get(f"/templates/{template_id}"))["template"]["post_title"] == "Welcome"
    copy_id = _ok(api.post(f"/templates/duplicate/{template_id}"))["template_id"]
    listing = _ok(api.get("/templates"))["templates"]["data"]
    assert [t["post_title"] for t in listing] == ["[Duplicate] Welcome", "Welcome"]
    assert _ok(api.put(f"/templates/{template_id}", json={"template": {"post_title": "Hello"}}))[
        "template_id"
    ] == str(template_id)
    refused = api.put(
        f"/templates/{template_id}",
        json={"template": {"settings": {"footer_settings": {"custom_footer": "yes", "footer_content": "x"}}}},
    )
    assert refused.status_code == 422
    assert _ok(api.get("/templates/all"))["templates"] == []
    _ok(
        api.post(
            "/templates/do-bulk-action",
            json={"action_name": "change_template_status", "template_ids": [copy_id], "status": "publish"},
        )
    )
    assert [t["ID"] for t in _ok(api.get("/templates/all"))["templates"]] == [copy_id]
    assert (
        _ok(api.post("/templates/do-bulk-action", json={"action_name": "nope", "template_ids": []}))[
            "message"
        ]
        == "invalid bulk action"
    )
    _ok(api.delete(f"/templates/{copy_id}"))
    assert api.delete(f"/templates/{copy_id}").status_code == 404
    blank = _ok(api.get(f"/templates/{copy_id}"))["template"]
    assert blank["post_title"] == "" and blank["design_template"] == "simple"


def test_campaigns_and_outbox_survive_a_restart(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    db = tmp_path / "emulator.sqlite3"
    users = [("admin", "pw-for-tests-only", "administrator")]
    for round_ in (1, 2):
        app = create_app(db=str(db), users=users, test_api=True, site_url="http://127.0.0.1:8088")
        with TestClient(app) as client:
            api = Api(client, "admin", "pw-for-tests-only")
            if round_ == 1:
                _audience(api, ["kept@example.com"])
                _ok(api.post(f"/campaigns/{_draft(api)}/schedule", json={}))
            else:
                assert _ok(api.get("/campaigns"))["campaigns"]["data"][0]["status"] == "archived"
                assert [m["to"] for m in _outbox(api)] == ["kept@example.com"]
        app.state.db.close()
