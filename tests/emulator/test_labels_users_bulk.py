"""Labels, users and roles, bulk tag and list routes and the custom-field group rename in the emulator; every
answer is checked against the spec."""

from __future__ import annotations

from typing import Any

import pytest

from tests.emulator.conftest import Api
from tests.emulator.contacts_rest_support import CheckedApi, new_contact
from tools.spec_match import SpecMatcher


@pytest.fixture
def crm(api: Api, bundled_spec: dict[str, Any]) -> CheckedApi:
    return CheckedApi(api, SpecMatcher(bundled_spec))


def test_label_lifecycle(crm: CheckedApi) -> None:
    created = crm.post("/labels", json={"label": {"slug": "hot", "title": "Hot", "color": "#ff0000"}}).json()
    label = created["label"]
    assert set(label) == {"slug", "title", "settings", "updated_at", "created_at", "id"}
    assert crm.post("/labels", json={"label": {"slug": "c", "title": "C", "color": "red"}}).json()["label"][
        "settings"
    ] == {"color": None}
    listed = crm.get("/labels").json()["labels"]
    assert [item["slug"] for item in listed] == ["hot", "c"] and listed[0]["position"] == "1.00"
    edited = crm.put(
        f"/labels/{label['id']}", json={"label": {"slug": "hot", "title": "Hotter", "color": "#00ff00"}}
    )
    assert edited.json()["label"]["title"] == "Hotter" and edited.json()["label"]["parent_id"] is None
    assert (
        crm.put("/labels/987654321", json={"label": {"slug": "x", "title": "x", "color": "#000"}}).status_code
        == 404
    )
    assert crm.delete(f"/labels/{label['id']}").json()["message"] == "Label has been deleted successfully"
    assert crm.delete(f"/labels/{label['id']}").status_code == 404
    assert crm.delete("/labels/0").status_code == 404, "FluentCRM crashes on 0; the emulator says 404"
    empty = crm.post("/labels", json={}).json()["label"]
    assert (empty["slug"], empty["title"]) == ("", ""), "FluentCRM validates nothing"


def test_users_and_roles(crm: CheckedApi) -> None:
    users = crm.get("/users").json()
    assert users["total"] == 2
    assert [user["display_name"] for user in users["users"]] == ["admin", "manager"]
    assert users["users"][0]["ID"] == users["users"][0]["id"] and users["users"][0]["ID"].isdigit()
    editors = crm.get("/users", params={"roles[]": "editor", "limit": 10}).json()
    assert [user["display_name"] for user in editors["users"]] == ["manager"] and editors["total"] == 1
    assert crm.get("/users", params={"limit": 1}).json()["total"] == 2, "total counts every match"
    assert (
        crm.get("/users", params={"fields[]": ["ID", "user_login"]}).json()["users"][0]["user_login"]
        == "admin"
    )
    assert crm.get("/users", params={"fields": "all"}).status_code == 400, "never whole user objects"
    assert crm.get("/users", params={"limit": "abc"}).status_code == 400
    roles = crm.get("/users/roles").json()["roles"]
    assert list(roles) == ["administrator", "editor", "author", "contributor", "subscriber"]
    assert roles["subscriber"] == {"name": "Subscriber", "capabilities": {"read": True, "level_0": True}}


@pytest.mark.parametrize(
    ("kind", "key", "delete_key"), [("tags", "tags", "tagIds"), ("lists", "lists", "listIds")]
)
def test_bulk_create_updates_by_slug_and_bulk_delete_takes_exactly_the_ids(
    api: Api, crm: CheckedApi, kind: str, key: str, delete_key: str
) -> None:
    first = crm.post(
        f"/{kind}/bulk",
        json={key: [{"title": "Alpha"}, {"title": "Beta", "slug": "beta-x"}, {"slug": "no-title"}]},
    ).json()
    assert len(first["ids"]) == 2
    again = crm.post(f"/{kind}/bulk", json={"items": [{"title": "Beta Two", "slug": "beta-x"}]}).json()
    assert again["ids"] == [first["ids"][1]], "an existing slug is updated, not duplicated"
    keep = api.post(f"/{kind}", json={"title": "Keep me"}).json()["lists"]["id"]
    contact = new_contact(api, "member@example.com")
    api.put(f"/subscribers/{contact}", json={kind: first["ids"]})
    crm.post(f"/{kind}/do-bulk-action", json={delete_key: first["ids"]})
    assert _ids(api, kind) == [keep]
    assert crm.post(f"/{kind}/do-bulk-action", json={}).status_code == 200
    assert _ids(api, kind) == [keep], "an empty id list deletes nothing"


def _ids(api: Api, kind: str) -> list[int]:
    body = api.get(f"/{kind}", params={"per_page": 50}).json()
    items = body[kind]["data"] if kind == "tags" else body[kind]
    return sorted(item["id"] for item in items)


def test_custom_field_group_rename(api: Api, crm: CheckedApi) -> None:
    fields = [
        {"field_key": "text", "type": "text", "label": "Color", "slug": "color", "group": "Default"},
        {"field_key": "text", "type": "text", "label": "Size", "slug": "size", "group": "Other"},
    ]
    api.put("/custom-fields/contacts", json={"fields": fields})
    renamed = crm.put(
        "/custom-fields/contacts/update_group_name", json={"old_name": "Default", "new_name": "Profile"}
    )
    assert [field["group"] for field in renamed.json()["fields"]] == ["Profile", "Other"]
    assert [f["group"] for f in api.get("/custom-fields/contacts").json()["fields"]] == ["Profile", "Other"]
    unchanged = crm.put("/custom-fields/contacts/update_group_name", json={})
    assert [field["group"] for field in unchanged.json()["fields"]] == ["Profile", "Other"]
