"""Funnels, incoming webhooks and forms in the emulator: FluentCRM's rules, state that persists, and nothing sent."""

from __future__ import annotations

import json
from typing import Any

import pytest

from emulator.app import create_app
from tests.emulator.conftest import PREFIX, Api, TestClient

SEQUENCES = [
    {"action_name": "add_contact_to_tag", "type": "action", "title": "Apply Tag", "settings": {"tags": [1]}},
    {
        "action_name": "fluentcrm_wait_times",
        "type": "action",
        "title": "Wait",
        "settings": {"wait_type": "unit_wait", "wait_time_amount": 2, "wait_time_unit": "hours"},
    },
    {
        "action_name": "send_custom_email",
        "type": "action",
        "title": "Mail",
        "settings": {"reference_campaign": 1},
    },
]


def create(api: Api, title: str = "Welcome", trigger: str = "user_register") -> dict[str, Any]:
    response = api.post(
        "/funnels", json={"funnel": {"title": title, "trigger_name": trigger, "description": "d"}}
    )
    assert response.status_code == 200, response.text
    return dict(response.json()["funnel"])


def save_steps(api: Api, funnel_id: int, steps: list[dict[str, Any]], status: str = "draft") -> Any:
    return api.post(
        f"/funnels/{funnel_id}/sequences",
        json={
            "funnel_settings": json.dumps({"subscription_status": "subscribed"}),
            "conditions": json.dumps({"run_multiple": "no"}),
            "sequences": json.dumps(steps),
            "status": status,
            "funnel_title": "Welcome v2",
        },
    )


def test_a_new_funnel_is_a_draft_with_php_empty_maps_and_an_integer_author(api: Api) -> None:
    funnel = create(api)
    assert funnel["status"] == "draft"
    assert funnel["settings"] == [] and funnel["conditions"] == []
    assert funnel["created_by"] == 1
    found = api.get(f"/funnels/{funnel['id']}").json()["funnel"]
    assert found["settings"] == {} and found["created_by"] == "1" and found["description"] == "d"
    assert found["trigger"]["label"] == "New User Sign Up"
    listed = api.get("/funnels").json()["funnels"]["data"][0]
    assert listed["settings"] == [] and listed["subscribers_count"] == 0 and listed["labels"] == []


def test_create_needs_a_trigger_and_makes_up_a_title(api: Api) -> None:
    missing = api.post("/funnels", json={"funnel": {"title": "x"}})
    assert missing.status_code == 422
    assert missing.json() == {"trigger_name": {"required": "The trigger_name field is required."}}
    assert api.post("/funnels", json={}).status_code == 422
    titled = api.post("/funnels", json={"funnel": {"trigger_name": "fluentcrm_contact_added_to_tags"}}).json()
    assert titled["funnel"]["title"].startswith("Tag Applied (Created at ")


def test_status_takes_any_value_but_not_the_current_one(api: Api) -> None:
    funnel = create(api)
    path = f"/funnels/{funnel['id']}"
    same = api.put(path, json={"status": "draft"})
    assert same.status_code == 422 and same.json() == {"message": "Funnel already have the same status"}
    assert api.put(path, json={"status": "paused"}).json()["message"] == "Status has been updated to paused"
    assert api.get(path).json()["funnel"]["status"] == "paused"
    assert api.put(path, json={"status": "whatever"}).status_code == 200
    assert api.put(path, data={"status": "draft"}).json()["message"] == "Status has been updated to draft"


def test_saving_steps_numbers_them_and_moves_the_wait_to_the_next_step(api: Api) -> None:
    funnel = create(api)
    saved = save_steps(api, funnel["id"], SEQUENCES)
    assert saved.status_code == 200, saved.text
    steps = saved.json()["sequences"]
    assert [s["sequence"] for s in steps] == ["1", "2", "3"]
    assert [(s["delay"], s["c_delay"]) for s in steps] == [("0", "0"), ("0", "0"), ("7200", "7200")]
    read = api.get(f"/funnels/{funnel['id']}", params={"with[]": "funnel_sequences"}).json()
    assert read["funnel"]["title"] == "Welcome v2"
    assert read["funnel"]["settings"] == {"subscription_status": "subscribed"}
    assert [s["id"] for s in read["funnel_sequences"]] == [s["id"] for s in steps]
    kept = [{**steps[0], "title": "Tag again"}]
    again = save_steps(api, funnel["id"], kept).json()["sequences"]
    assert [(s["id"], s["title"]) for s in again] == [(steps[0]["id"], "Tag again")]


def test_saving_steps_without_conditions_is_refused_where_fluentcrm_crashes(api: Api) -> None:
    funnel = create(api)
    response = api.post(f"/funnels/{funnel['id']}/sequences", json={"sequences": "[]"})
    assert response.status_code == 422
    assert "conditions" in response.json()


def test_fallback_routes_take_the_funnel_id_from_the_body(api: Api) -> None:
    funnel = create(api)
    body = {
        "funnel_id": funnel["id"],
        "conditions": "{}",
        "sequences": json.dumps(SEQUENCES[:1]),
        "status": "draft",
    }
    assert len(api.post("/funnels/funnel/save-funnel-sequences", json=body).json()["sequences"]) == 1
    action = {
        "funnel_id": funnel["id"],
        "action_data": {"campaign": {"email_subject": "Hi"}, "mailer_settings": {}},
    }
    created = api.post("/funnels/funnel/save-email-action-fallback", json=action).json()
    assert created["type"] == "created" and created["campaign"]["parent_id"] == str(funnel["id"])
    assert api.post("/funnels/funnel/save-email-action-fallback", json={}).status_code == 404


def test_email_action_creates_then_updates_the_hidden_campaign(api: Api) -> None:
    funnel = create(api)
    path = f"/funnels/{funnel['id']}/sequences/save-email-action"
    first = api.post(path, json={"action_data": {"campaign": {"email_subject": "One"}}}).json()
    assert first["type"] == "created"
    assert first["campaign"]["settings"] == {"mailer_settings": []}
    campaign = {**first["campaign"], "email_subject": "Two"}
    second = api.post(path, json={"action_data": {"campaign": campaign}}).json()
    assert (second["type"], second["reference_campaign"]) == ("updated", first["reference_campaign"])
    assert second["campaign"]["email_subject"] == "Two"


def test_clone_copies_steps_as_a_draft_and_delete_removes_everything(api: Api) -> None:
    funnel = create(api)
    save_steps(api, funnel["id"], SEQUENCES, status="paused")
    clone = api.post(f"/funnels/{funnel['id']}/clone").json()["funnel"]
    assert clone["title"] == "[Copy] Welcome v2" and clone["status"] == "draft" and clone["created_by"] == 1
    copied = api.get(f"/funnels/{clone['id']}", params={"with[]": "funnel_sequences"}).json()[
        "funnel_sequences"
    ]
    assert [s["action_name"] for s in copied] == [s["action_name"] for s in SEQUENCES]
    assert api.delete(f"/funnels/{clone['id']}").json()["message"] == "Funnel has been deleted"
    gone = api.get(f"/funnels/{clone['id']}")
    assert gone.status_code == 404
    assert gone.json() == {"message": "No query results for model [FluentCrm\\App\\Models\\Funnel]."}


def test_id_zero_is_a_clear_404_where_fluentcrm_crashes(api: Api) -> None:
    for method, path in (("GET", "/funnels/0"), ("DELETE", "/funnels/0"), ("POST", "/funnels/0/clone")):
        assert api.request(method, path).status_code == 404
    assert api.put("/webhooks/0", json={"name": "x", "status": "subscribed"}).status_code == 404


def test_trigger_change_and_title_refuse_what_is_already_there(api: Api) -> None:
    funnel = create(api)
    base = f"/funnels/{funnel['id']}"
    assert api.put(base + "/change-trigger", json={"trigger_name": "user_register"}).json() == {
        "title": {"required": "The title field is required."}
    }
    same = api.put(base + "/change-trigger", json={"title": "t", "trigger_name": "user_register"})
    assert same.json() == {"message": "Trigger name is same"}
    changed = api.put(base + "/change-trigger", json={"title": "t", "trigger_name": "user_login"}).json()
    assert changed["funnel"]["trigger_name"] == "user_login" and changed["funnel"]["settings"] == []
    assert api.put(f"/funnels/funnel/{funnel['id']}/title", json={"title": "t"}).status_code == 422
    assert api.put(f"/funnels/funnel/{funnel['id']}/title", json={"title": "u"}).status_code == 200


def test_bulk_actions(api: Api) -> None:
    one, two = create(api, "a"), create(api, "b")
    ids = [one["id"], two["id"]]
    assert api.post("/funnels/do-bulk-action", json={"action_name": "delete_funnels"}).json() == {
        "message": "Please provide funnel IDs"
    }
    assert (
        api.post("/funnels/do-bulk-action", json={"action_name": "x", "funnel_ids": ids}).status_code == 422
    )
    assert api.post(
        "/funnels/do-bulk-action", json={"action_name": "change_funnel_status", "funnel_ids": ids}
    ).json() == {"message": "Please select status"}
    paused = {"action_name": "change_funnel_status", "funnel_ids": ids, "status": "paused"}
    assert api.post("/funnels/do-bulk-action", json=paused).status_code == 200
    assert {f["status"] for f in api.get("/funnels").json()["funnels"]["data"]} == {"paused"}
    assert (
        api.post(
            "/funnels/do-bulk-action", json={"action_name": "delete_funnels", "funnel_ids": ids}
        ).status_code
        == 200
    )
    assert api.get("/funnels").json()["funnels"]["total"] == 0


def test_lists_sort_search_and_page(api: Api) -> None:
    for title in ("Alpha", "Beta", "Gamma"):
        create(api, title)
    page = api.get("/funnels", params={"per_page": 2, "sort_by": "title", "sort_type": "ASC"}).json()[
        "funnels"
    ]
    assert [f["title"] for f in page["data"]] == ["Alpha", "Beta"] and page["last_page"] == 2
    assert api.get("/funnels", params={"search": "amm"}).json()["funnels"]["total"] == 1
    assert api.get("/funnels", params={"sort_by": "nope"}).status_code == 423
    assert "triggers" in api.get("/funnels", params={"with[]": "triggers"}).json()


def _enter(api: Api, funnel_id: int, contact_id: int, status: str) -> None:
    db = api.client.app.state.db  # type: ignore[attr-defined]
    with db.write() as conn:
        conn.execute(
            "INSERT INTO funnel_subscribers (funnel_id, subscriber_id, status, created_at, updated_at)"
            " VALUES (?, ?, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            (funnel_id, contact_id, status),
        )


def test_contacts_in_a_funnel_are_listed_reported_and_removed(api: Api) -> None:
    funnel = create(api)
    first = api.post("/subscribers", json={"email": "a@example.com", "status": "subscribed"}).json()[
        "contact"
    ]["id"]
    second = api.post("/subscribers", json={"email": "b@example.com", "status": "subscribed"}).json()[
        "contact"
    ]["id"]
    _enter(api, funnel["id"], first, "active")
    _enter(api, funnel["id"], second, "completed")
    rows = api.get(f"/funnels/{funnel['id']}/subscribers").json()["funnel_subscribers"]
    assert rows["total"] == 2 and rows["data"][0]["subscriber"]["email"] == "b@example.com"
    assert rows["data"][0]["subscriber_id"] == str(second)
    assert (
        api.get(f"/funnels/{funnel['id']}/subscribers", params={"status": "active"}).json()[
            "funnel_subscribers"
        ]["total"]
        == 1
    )
    report = api.get(f"/funnels/{funnel['id']}/subscribers/{first}").json()
    assert report["funnel_subscriber"]["status"] == "active"
    status_path = f"/funnels/{funnel['id']}/subscribers/{second}/status"
    assert api.put(status_path, json={"status": "active"}).json() == {
        "message": "The status already completed state"
    }
    assert api.put(f"/funnels/{funnel['id']}/subscribers/{first}/status", json={}).status_code == 422
    assert api.get(f"/funnels/subscriber/{first}/automations").json()["automations"]["total"] == 1
    assert api.get("/funnels/subscriber/abc/automations").json()["automations"]["total"] == 0
    assert api.get("/funnels/all-activities").json()["activities"]["total"] == 2
    assert api.get(f"/funnels/{funnel['id']}/report").json()["stats"]["metrics"][0]["count"] == 2
    api.request("DELETE", f"/funnels/{funnel['id']}/subscribers", json={"subscriber_ids": [first]})
    row_id = api.get("/funnels/all-activities").json()["activities"]["data"][0]["id"]
    assert (
        api.post("/funnels/remove-bulk-subscribers", json={"funnel_subscriber_ids": [row_id]}).status_code
        == 200
    )
    assert api.get("/funnels/all-activities").json()["activities"]["total"] == 0


def test_report_of_an_unknown_funnel_is_zeros(api: Api) -> None:
    stats = api.get("/funnels/987654321/report").json()["stats"]
    assert [m["count"] for m in stats["metrics"]] == [0]


def test_sync_new_steps_needs_a_published_funnel_and_pro(api: Api) -> None:
    funnel = create(api)
    path = f"/funnels/{funnel['id']}/sync-new-steps"
    assert api.post(path).json() == {"message": "Funnel status need to be published"}
    api.put(f"/funnels/{funnel['id']}", json={"status": "published"})
    assert "FluentCRM Pro" in api.post(path).json()["message"]


def test_test_webhook_never_leaves_the_machine(api: Api) -> None:
    assert api.post("/funnels/send-test-webhook", json={}).json() == {
        "data.remote_url": {"required": "Remote URL is required"}
    }
    api.post("/subscribers", json={"email": "a@example.com", "status": "subscribed"})
    sent = api.post("/funnels/send-test-webhook", json={"data": {"remote_url": "http://127.0.0.1:9/hook"}})
    assert sent.json() == {"message": "Test Webhook failed to send"}


def test_templates_and_imports_stay_offline(api: Api) -> None:
    assert api.get("/funnels/templates").json()["templates"] == []
    remote = api.post(
        "/funnels/create-from-template", json={"template": {"content": "http://example.invalid/x"}}
    )
    assert remote.status_code == 423 and "Column 'title' cannot be null" in remote.json()["message"]
    assert api.post("/funnels/import", json={}).status_code == 423
    imported = api.post(
        "/funnels/import",
        json={"funnel": {"title": "I", "trigger_name": "user_register"}, "sequences": SEQUENCES[:2]},
    ).json()["funnel"]
    steps = api.get(f"/funnels/{imported['id']}", params={"with[]": "funnel_sequences"}).json()[
        "funnel_sequences"
    ]
    assert len(steps) == 2


def test_webhook_update_resets_the_lists_and_tags_it_is_not_sent(api: Api) -> None:
    assert api.post("/webhooks", json={"lists": []}).json() == {
        "name": {"required": "The name field is required."},
        "status": {"required": "The status field is required."},
    }
    created = api.post(
        "/webhooks", json={"name": "Hook", "status": "subscribed", "lists": [1], "tags": [2], "x": "y"}
    )
    body = created.json()
    assert body["webhook"]["x"] == "y" and body["webhook"]["url"].endswith(
        "hash=" + body["webhooks"][0]["key"]
    )
    path = f"/webhooks/{body['id']}"
    renamed = api.put(path, json={"name": "Renamed"}).json()["webhooks"][0]["value"]
    assert renamed["name"] == "Renamed" and renamed["status"] == "subscribed"
    assert (renamed["lists"], renamed["tags"], renamed["companies"]) == ([], [], [])
    assert api.get("/webhooks", params={"search": "RENAM"}).json()["webhooks"][0]["id"] == body["id"]
    assert api.delete(path).json()["webhooks"] == []
    assert api.delete(path).status_code == 200
    assert api.put(path, json={"name": "x"}).status_code == 404


def test_forms_answer_as_without_fluent_forms(api: Api) -> None:
    assert api.get("/forms").json()["installed"] is False
    assert set(api.get("/forms/templates").json()["templates"]) == {
        "inline_subscribe",
        "simple_optin",
        "with_name_subscribe",
    }
    assert api.post("/forms", json={}).status_code == 422
    full = {"template_id": "simple_optin", "title": "F", "selected_tags": [1], "selected_list": 1}
    assert api.post("/forms", json=full).status_code == 423


def test_funnels_and_webhooks_survive_a_restart(tmp_path: Any, credentials: dict[str, str]) -> None:
    path = str(tmp_path / "crm.sqlite3")
    users = [("admin", credentials["admin"], "administrator")]
    for round_ in range(2):
        app = create_app(db=path, users=users, site_url="http://127.0.0.1:8088")
        with TestClient(app) as client:
            api = Api(client, "admin", credentials["admin"])
            if round_ == 0:
                create(api, "Persistent")
                api.post("/webhooks", json={"name": "Kept", "status": "subscribed"})
            else:
                assert api.get("/funnels").json()["funnels"]["data"][0]["title"] == "Persistent"
                assert api.get("/webhooks").json()["webhooks"][0]["value"]["name"] == "Kept"
        app.state.db.close()


@pytest.mark.parametrize("path", ["/funnels", "/webhooks", "/forms", "/funnels/triggers"])
def test_the_area_needs_an_administrator(api: Api, path: str) -> None:
    assert api.get(path, headers={}).status_code == 401
    assert api.get(path, headers=api.auth("manager", None)).status_code in (401, 403)
    assert api.client.get(PREFIX + path).status_code == 401


def test_recorded_requests_of_the_area_get_answers_the_spec_describes(
    api: Api, bundled_spec: dict[str, Any]
) -> None:
    """Every recorded administrator request of the area, sent to a fresh emulator, gets a documented answer."""
    from tests.conftest import load_core_exchanges, load_live_exchanges
    from tools.spec_match import SpecMatcher

    matcher = SpecMatcher(bundled_spec)
    create(api)
    problems: list[str] = []
    sent = 0
    for exchange in [*load_core_exchanges(), *load_live_exchanges()]:
        request = exchange["request"]
        if request["auth"] != "admin" or not request["path"].startswith(("/funnels", "/webhooks", "/forms")):
            continue
        headers = {
            **api.auth(),
            **({"Content-Type": request["content_type"]} if request["content_type"] else {}),
        }
        url = request["path"] + ("?" + request["query"] if request["query"] else "")
        response = api.request(request["method"], url, headers=headers, content=request["body"].encode())
        sent += 1
        assert response.status_code < 500, f"{exchange['name']}: {response.status_code}"
        body = response.json()
        problems += [
            f"{exchange['name']}: {error}"
            for error in matcher.validate(
                request["method"], request["path"], response.status_code, body, request["query"]
            )
        ]
    assert sent > 80
    assert problems == []


def test_an_empty_step_list_deletes_every_step_and_its_e_mail(api: Api) -> None:
    funnel = create(api)
    mail = {
        "action_name": "send_custom_email",
        "type": "action",
        "title": "Mail",
        "settings": {"campaign": {"email_subject": "S"}},
    }
    step = save_steps(api, funnel["id"], [mail]).json()["sequences"][0]
    campaign_id = step["settings"]["reference_campaign"]
    assert step["settings"]["campaign"] == []
    assert (
        api.get(f"/funnels/{funnel['id']}/email_reports").json()["email_sequences"][0]["campaign"]["id"]
        == campaign_id
    )
    assert save_steps(api, funnel["id"], []).json()["sequences"] == []
    with api.client.app.state.db.read() as conn:  # type: ignore[attr-defined]
        assert conn.execute("SELECT COUNT(*) FROM funnel_campaigns").fetchone()[0] == 0
