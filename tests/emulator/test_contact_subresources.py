"""Semantics of the routes under ``/subscribers`` beside the contact itself: notes, e-mails, panels, bulk routes."""

from __future__ import annotations

from typing import Any

from tests.emulator.conftest import Api

SUBSCRIBER_MISSING = {"message": "No query results for model [FluentCrm\\App\\Models\\Subscriber]."}


def _contact(api: Api, email: str, status: str = "subscribed", **fields: Any) -> int:
    response = api.post("/subscribers", json={"email": email, "status": status, **fields})
    assert response.status_code == 200, response.text
    return int(response.json()["contact"]["id"])


def _note(title: str, description: str = "d", type_: str = "note", **extra: str) -> dict[str, Any]:
    return {"note": {"title": title, "description": description, "type": type_, **extra}}


def test_note_life_cycle_and_types(api: Api) -> None:
    contact = _contact(api, "notes@example.com", first_name="Corey")
    created = api.post(
        f"/subscribers/{contact}/notes", json=_note("Call", "<p>Called {{contact.first_name}}</p>")
    )
    assert created.status_code == 200
    note = created.json()["note"]
    # The create answer echoes PHP integers; the stored row reads back as strings.
    assert note["subscriber_id"] == contact and isinstance(note["created_by"], int)
    assert note["description"] == "<p>Called Corey</p>"
    assert created.headers["allow"] == "GET, POST"

    listed = api.get(f"/subscribers/{contact}/notes").json()
    row = listed["notes"]["data"][0]
    assert row["subscriber_id"] == str(contact) and row["is_private"] == "1" and row["status"] == "open"
    assert row["added_by"]["display_name"] == "admin"
    assert [o["id"] for o in listed["fields"]["fields"]["type"]["options"]][:2] == ["note", "call"]

    form = "note%5Btitle%5D=Edited&note%5Bdescription%5D=x&note%5Btype%5D=meeting&note%5Bcreated_at%5D=2025-01-02"
    updated = api.put(
        f"/subscribers/{contact}/notes/{note['id']}",
        content=form,
        headers={**api.auth(), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["note"]["title"] == "Edited"
    assert updated.json()["note"]["created_at"] == "2025-01-02 00:00:00"
    assert updated.headers["allow"] == "PUT, DELETE"

    assert (
        api.delete(f"/subscribers/{contact}/notes/{note['id']}").json()["message"]
        == "Note successfully deleted"
    )
    assert api.get(f"/subscribers/{contact}/notes").json()["notes"]["total"] == 0
    # Deleting it again still "succeeds", as on FluentCRM.
    assert api.delete(f"/subscribers/{contact}/notes/{note['id']}").status_code == 200


def test_note_search_paging_and_order(api: Api) -> None:
    contact = _contact(api, "many-notes@example.com")
    for number in range(17):
        api.post(f"/subscribers/{contact}/notes", json=_note(f"Item {number}"))
    api.post(f"/subscribers/{contact}/notes", json=_note("Backdated", created_at="2025-01-02 03:04:05"))
    page = api.get(f"/subscribers/{contact}/notes").json()["notes"]
    assert (page["total"], page["per_page"], page["last_page"], len(page["data"])) == (18, 15, 2, 15)
    assert page["data"][0]["title"] == "Backdated"  # newest id first
    found = api.get(f"/subscribers/{contact}/notes", params={"search": "dated"}).json()["notes"]
    assert [n["created_at"] for n in found["data"]] == ["2025-01-02 03:04:05"]


def test_note_errors_are_clear_where_fluentcrm_crashes(api: Api) -> None:
    contact = _contact(api, "note-errors@example.com")
    missing = api.post(f"/subscribers/{contact}/notes", json={"note": {"title": "only"}})
    assert missing.status_code == 422
    assert set(missing.json()) == {"description", "type"}
    flat = api.post(f"/subscribers/{contact}/notes", json={"title": "t", "description": "d", "type": "note"})
    assert flat.status_code == 422 and "note" in flat.json()
    bad_date = api.post(f"/subscribers/{contact}/notes", json=_note("t", created_at="not a date"))
    assert bad_date.status_code == 423 and bad_date.json()["message"].startswith(
        "Failed to parse time string"
    )
    assert api.post("/subscribers/987654321/notes", json=_note("t")).json() == SUBSCRIBER_MISSING
    assert api.post("/subscribers/0/notes", json=_note("t")).status_code == 404
    unknown = api.put(f"/subscribers/{contact}/notes/987654321", json=_note("t"))
    assert unknown.status_code == 404 and "SubscriberNote" in unknown.json()["message"]
    # A missing contact has no notes: an empty page, not 404.
    assert api.get("/subscribers/987654321/notes").json()["notes"]["total"] == 0


def test_notes_stay_with_their_contact_and_go_with_it(api: Api) -> None:
    first, second = _contact(api, "a-notes@example.com"), _contact(api, "b-notes@example.com")
    note_id = api.post(f"/subscribers/{first}/notes", json=_note("Mine")).json()["note"]["id"]
    assert api.put(f"/subscribers/{second}/notes/{note_id}", json=_note("Theirs")).status_code == 404
    api.delete(f"/subscribers/{second}/notes/{note_id}")
    assert api.get(f"/subscribers/{first}/notes").json()["notes"]["total"] == 1
    assert api.delete(f"/subscribers/{first}").status_code == 200
    again = _contact(api, "a-notes@example.com")
    assert api.get(f"/subscribers/{first}/notes").json()["notes"]["total"] == 0
    assert api.get(f"/subscribers/{again}/notes").json()["notes"]["total"] == 0


def test_emails_list_filter_delete_and_send(api: Api) -> None:
    contact = _contact(api, "mails@example.com", first_name="Mia")
    api.post(
        "/wp-json/fluentcrm-emulator/v1/email-activity",
        json={
            "campaign_title": "Spring news",
            "emails": [
                {
                    "subscriber_id": contact,
                    "scheduled_at": "2026-11-20 10:00:00",
                    "opens": ["2026-11-20 11:00:00"],
                },
                {"subscriber_id": contact, "scheduled_at": "2026-11-21 10:00:00"},
            ],
        },
    )
    emails = api.get(f"/subscribers/{contact}/emails").json()["emails"]
    assert emails["total"] == 2
    first = emails["data"][0]
    assert first["email_subject"] == "Spring news" and first["email_body"] is None
    assert (first["campaign_id"], first["subscriber_id"], first["is_parsed"]) == ("1", str(contact), "1")
    opened = api.get(f"/subscribers/{contact}/emails", params={"filter": "open"}).json()["emails"]["data"]
    assert [e["is_open"] for e in opened] == ["1"]

    sent = api.post(
        f"/subscribers/{contact}/emails/send",
        json={"campaign": {"email_subject": "Hi {{contact.first_name}}", "email_body": "<p>b</p>"}},
    )
    assert sent.json()["message"] == "Custom Email has been successfully sent"
    newest = api.get(f"/subscribers/{contact}/emails").json()["emails"]["data"][0]
    assert (newest["status"], newest["email_body"], newest["email_headers"]) == ("sent", "", [])
    assert newest["email_subject"] == "Hi Mia" and newest["campaign_id"] is None

    deleted = api.delete(f"/subscribers/{contact}/emails", json={"email_ids": [newest["id"], first["id"]]})
    assert deleted.json()["message"] == "Selected emails has been deleted"
    assert api.get(f"/subscribers/{contact}/emails").json()["emails"]["total"] == 1
    assert api.delete(f"/subscribers/{contact}/emails", json={}).status_code == 422
    assert api.delete("/subscribers/987654321/emails", json={"email_ids": [1]}).status_code == 200
    assert api.get("/subscribers/0/emails").json() == SUBSCRIBER_MISSING


def test_sending_needs_a_subscribed_contact(api: Api) -> None:
    pending = _contact(api, "pending@example.com", status="pending")
    refused = api.post(
        f"/subscribers/{pending}/emails/send", json={"campaign": {"email_subject": "s", "email_body": "b"}}
    )
    assert refused.status_code == 422
    assert refused.json() == {"message": "Subscriber's status need to be subscribed."}
    assert (
        api.post(f"/subscribers/{pending}/send-double-optin").json()["message"]
        == "Double OptIn email has been sent"
    )
    assert api.post("/subscribers/987654321/send-double-optin").json() == SUBSCRIBER_MISSING
    mock = api.get("/subscribers/987654321/emails/template-mock").json()["email_mock"]
    assert (
        mock["title"] == "Custom Email to Contact"
        and mock["settings"]["template_config"]["content_width"] == 700
    )


def test_integration_panels_answer_their_empty_defaults(api: Api) -> None:
    contact = _contact(api, "panels@example.com")
    assert api.get(f"/subscribers/{contact}/purchase-history").json()["orders"] == {"orders": [], "total": 0}
    assert api.get("/subscribers/987654321/purchase-history").status_code == 404
    # Form submissions and tickets do not look the contact up.
    assert api.get("/subscribers/987654321/form-submissions").json()["submissions"] == {
        "data": [],
        "total": 0,
    }
    tickets = api.get("/subscribers/0/support-tickets").json()["tickets"]
    assert list(tickets["columns_config"]) == ["id", "status", "Submitted at", "action"]
    assert api.get(f"/subscribers/{contact}/external_view").json()["heading"] == ""
    saved = api.post(f"/subscribers/{contact}/external_view", json={"section_provider": "x"})
    assert saved.status_code == 422 and saved.json() == {"message": "Handled could not be found."}
    widgets = api.get(f"/subscribers/{contact}/info-widgets").json()["widgets"]
    assert widgets == {"top_widgets": [], "other_widgets": [], "widgets_count": 0}
    one = api.get(f"/subscribers/{contact}/info-widgets", params={"by_widget": "x"}).json()
    assert one["widget"] == {"content": "No content found"}


def test_url_metrics_count_clicks_and_refuse_unknown_columns(api: Api) -> None:
    contact = _contact(api, "clicks@example.com")
    api.post(
        "/wp-json/fluentcrm-emulator/v1/email-activity",
        json={
            "emails": [
                {
                    "subscriber_id": contact,
                    "scheduled_at": "2026-11-20 10:00:00",
                    "clicks": ["2026-11-20 11:00:00", "2026-11-20 12:00:00"],
                }
            ]
        },
    )
    metrics = api.get(f"/subscribers/{contact}/url-metrics").json()["urlMetrics"]
    assert metrics["data"] == [{"url": "https://example.com/", "count": "2"}]
    wrong = api.get(f"/subscribers/{contact}/url-metrics", params={"sort_by": "nope", "sort_type": "ASC"})
    assert wrong.status_code == 423 and "Unknown column 'nope'" in wrong.json()["message"]
    assert api.get(f"/subscribers/{contact}/url-metrics", params={"per_page": "0"}).status_code == 400


def test_event_tracking_is_off_until_enabled_and_repeats_update_the_row(api: Api) -> None:
    contact = _contact(api, "events@example.com")
    disabled = {"message": "Event Tracker is not enabled", "error_code": "not_enabled"}
    event = {"event_key": "signup", "title": "Signed up", "email": "events@example.com", "value": "v1"}
    assert api.post("/subscribers/track-event", json=event).json() == disabled
    assert api.get(f"/subscribers/{contact}/tracking-events").json() == disabled
    assert set(api.post("/subscribers/track-event", json={}).json()) == {"event_key", "title"}

    api.post("/wp-json/fluentcrm-emulator/v1/experiments", json={"event_tracking": "yes"})
    first = api.post("/subscribers/track-event", json=event).json()
    second = api.post("/subscribers/track-event", json={**event, "value": "v2"}).json()
    assert first["id"] == second["id"] and second["message"] == "Event has been tracked"
    rows = api.get(f"/subscribers/{contact}/tracking-events").json()["events"]["data"]
    assert [(r["counter"], r["value"], r["subscriber_id"]) for r in rows] == [("2", "v2", str(contact))]
    stranger = api.post("/subscribers/track-event", json={**event, "email": "nobody@example.com"})
    assert stranger.json()["error_code"] == "subscriber_not_found"


def test_property_sync_and_bulk_actions_change_the_contacts(api: Api) -> None:
    first, second = _contact(api, "bulk1@example.com"), _contact(api, "bulk2@example.com")
    tag = api.post("/tags", json={"title": "Bulk Tag", "slug": "bulk-tag"}).json()["lists"]["id"]
    done = api.put(
        "/subscribers/subscribers-property",
        json={"property": "contact_type", "value": "customer", "subscribers": [first]},
    )
    assert done.json()["message"] == "Subscribers successfully updated"
    assert api.get(f"/subscribers/{first}").json()["subscriber"]["contact_type"] == "customer"
    assert api.put("/subscribers/subscribers-property", json={}).json() == {
        "column": {"required": "The column field is required."},
        "subscriber_ids": {"required": "The subscriber_ids field is required."},
    }
    invalid = api.put("/subscribers/subscribers-property", json={"property": "email", "subscribers": [first]})
    assert invalid.json() == {"message": "Column is not valid"}

    synced = api.post(
        "/subscribers/sync-segments",
        json={"type": "tags", "subscribers": [first, second], "attach": ["bulk-tag"]},
    ).json()
    assert synced["message"] == "Successfully updated the subscribers."
    assert [[t["id"] for t in c["tags"]] for c in synced["subscribers"]] == [[tag], [tag]]
    assert api.post("/subscribers/sync-segments", json={"type": "tags"}).status_code == 422
    # FluentCRM crashes on a missing contact once a tag was found; the emulator answers like findOrFail.
    ghost = {"type": "tags", "subscribers": [987654321], "attach": ["bulk-tag"]}
    assert api.post("/subscribers/sync-segments", json=ghost).json() == SUBSCRIBER_MISSING
    nothing = api.post("/subscribers/sync-segments", json={**ghost, "attach": ["no-such-tag"]}).json()
    assert nothing["subscribers"] == []

    removed = api.post(
        "/subscribers/do-bulk-action",
        json={"action_name": "remove_from_tags", "subscriber_ids": [second, first], "action_options": [tag]},
    ).json()
    assert (removed["last_contact_id"], removed["completed_contacts"]) == (first, 2)
    assert api.get(f"/subscribers/{first}").json()["subscriber"]["tags"] == []
    for body, message in (
        ({"action_name": "add_to_tags", "subscriber_ids": [first]}, "Please provide bulk options"),
        ({"action_name": "fly_to_moon", "subscriber_ids": [first]}, "Selected Action is not valid"),
        ({"action_name": "add_to_tags", "action_options": [tag]}, "Subscribers selection is required"),
        ({"action_name": "change_contact_status", "subscriber_ids": [first]}, "Please select status"),
        (
            {"action_name": "add_to_automation", "subscriber_ids": [first]},
            "This action requires FluentCRM Pro",
        ),
    ):
        assert api.post("/subscribers/do-bulk-action", json=body).json() == {"message": message}
    deleted = api.post(
        "/subscribers/do-bulk-action", json={"action_name": "delete_contacts", "subscriber_ids": [second]}
    )
    assert deleted.json()["message"] == "Selected Contacts has been deleted permanently"
    assert api.get(f"/subscribers/{second}").status_code == 422


def test_neighbours_and_picker_search(api: Api) -> None:
    ids = [_contact(api, f"n{number}@example.com", first_name=f"Nina{number}") for number in range(13)]
    around = api.get(
        "/subscribers/prev-next-ids", params={"filter_type": "simple", "current_id": ids[11]}
    ).json()
    assert around["navigation"]["prev"] == [ids[12]] and around["has_prev"] is False
    assert around["navigation"]["next"] == list(reversed(ids[1:11])) and around["has_next"] is True
    assert api.get("/subscribers/prev-next-ids").json() == {"message": "filter_type & current_id is required"}

    found = api.get("/subscribers/search-contacts", params={"search": "Nina1", "limit": 2}).json()["contacts"]
    assert len(found) == 2 and all(hit["id"] == key for key, hit in found.items())
    picked = api.get("/subscribers/search-contacts", params={"values[]": [ids[5]]}).json()["contacts"]
    assert list(picked) == [str(ids[5])]
    assert api.get("/subscribers/search-contacts").json()["contacts"] == {}


def test_bulk_routes_take_php_form_bodies(api: Api) -> None:
    contact = _contact(api, "form-bulk@example.com")
    api.post("/tags", json={"title": "Form Tag", "slug": "form-tag"})
    field = {"field_key": "text", "type": "text", "label": "Color", "slug": "color"}
    assert api.put("/custom-fields/contacts", json={"fields": [field]}).status_code == 200
    form = {**api.auth(), "Content-Type": "application/x-www-form-urlencoded"}
    synced = api.post(
        "/subscribers/sync-segments",
        content=f"type=tags&subscribers%5B%5D={contact}&attach%5B%5D=form-tag",
        headers=form,
    ).json()
    assert synced["message"] == "Successfully updated the subscriber."
    assert [t["slug"] for t in synced["subscribers"][0]["tags"]] == ["form-tag"]
    done = api.post(
        "/subscribers/do-bulk-action",
        content=f"action_name=update_custom_fields&subscriber_ids%5B%5D={contact}"
        "&custom_field%5Bkey%5D=color&custom_field%5Bvalue%5D=teal",
        headers=form,
    ).json()
    assert (done["completed_contacts"], done["last_contact_id"]) == (1, contact)
    values = api.get(f"/subscribers/{contact}", params={"with[]": "subscriber.custom_values"}).json()
    assert values["subscriber"]["custom_values"] == {"color": "teal"}
