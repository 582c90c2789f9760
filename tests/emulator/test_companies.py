"""Companies in the emulator: the module switch, member counts that follow attach and detach, PHP's echo types,
bulk actions on exactly the ids given, notes and custom fields. Every answer is checked against the spec."""

from __future__ import annotations

from typing import Any

import pytest

from tests.emulator.conftest import Api
from tests.emulator.contacts_rest_support import CheckedApi, new_contact, switch_companies
from tools.spec_match import SpecMatcher


@pytest.fixture
def crm(api: Api, bundled_spec: dict[str, Any]) -> CheckedApi:
    switch_companies(api, True)
    return CheckedApi(api, SpecMatcher(bundled_spec))


def create(crm: CheckedApi, **fields: Any) -> dict[str, Any]:
    response = crm.post("/companies", json=fields)
    assert response.status_code == 200, response.text
    company: dict[str, Any] = response.json()["company"]
    return company


def test_every_route_is_forbidden_while_the_module_is_off(api: Api, bundled_spec: dict[str, Any]) -> None:
    checked = CheckedApi(api, SpecMatcher(bundled_spec))
    for method, path in (("GET", "/companies"), ("POST", "/companies"), ("GET", "/companies/1/notes")):
        response = checked.call(method, path, json={"name": "x"} if method == "POST" else None)
        assert response.status_code == 403
        assert response.json()["code"] == "rest_forbidden"
    switch_companies(api, True)
    assert checked.get("/companies").status_code == 200
    switch_companies(api, False)
    assert checked.get("/companies").status_code == 403


def test_create_echoes_integers_and_reads_give_strings(api: Api, crm: CheckedApi) -> None:
    owner = new_contact(api, "owner@example.com")
    company = create(crm, name="Acme", owner_id=owner, employees_number=12, website="acme.example")
    assert (company["owner_id"], company["employees_number"]) == (owner, 12)
    assert company["website"] == "https://acme.example"
    assert set(company) == {
        "name",
        "owner_id",
        "employees_number",
        "website",
        "meta",
        "hash",
        "created_at",
        "updated_at",
        "id",
    }
    found = crm.get(f"/companies/{company['id']}").json()["company"]
    assert (found["owner_id"], found["employees_number"]) == (str(owner), "12")
    assert found["contacts_count"] == 1, "the owner is attached to the company"
    assert found["owner"]["id"] == owner and found["owner"]["stats"] == {"emails": 0, "opens": 0, "clicks": 0}
    assert found["meta"] == {"custom_values": []}
    assert api.get(f"/subscribers/{owner}").json()["subscriber"]["company_id"] == str(company["id"])


def test_validation_and_missing_companies(crm: CheckedApi) -> None:
    create(crm, name="Taken")
    assert crm.post("/companies", json={"name": "Taken"}).json() == {
        "name": {"unique": "The name attribute is already taken and must be unique."}
    }
    assert crm.post("/companies", json={"email": "a@b.co"}).status_code == 422
    bad = crm.post("/companies", json={"name": "Bad", "linkedin_url": "not a url"})
    assert bad.json() == {"linkedin_url": {"url": "The linkedin_url format is invalid."}}
    for method in ("GET", "PUT", "DELETE"):
        missing = crm.call(method, "/companies/987654321", json={"name": "n"} if method == "PUT" else None)
        assert missing.status_code == 404
        assert missing.json() == {"message": "No query results for model [FluentCrm\\App\\Models\\Company]."}
    assert crm.get("/companies/0").status_code == 404, "FluentCRM crashes; the emulator says 404"
    assert crm.get("/companies/1", params={"find_by": "name", "find_by_value": "Taken"}).status_code == 200
    assert crm.get("/companies/1", params={"find_by": "name", "find_by_value": "Nope"}).json() == {
        "message": "Company not found"
    }


def test_update_renames_and_refuses_a_taken_name(crm: CheckedApi) -> None:
    first, second = create(crm, name="First"), create(crm, name="Second")
    renamed = crm.put(f"/companies/{first['id']}", json={"name": "First Renamed", "employees_number": 40})
    company = renamed.json()["company"]
    assert (
        company["name"] == "First Renamed"
        and company["employees_number"] == 40
        and company["owner_id"] is None
    )
    clash = crm.put(f"/companies/{second['id']}", json={"name": "First Renamed"})
    assert clash.status_code == 422
    assert clash.json() == {"message": "Company name already exists. Please use a different company name"}
    assert crm.put(f"/companies/{second['id']}", json={"city": "x"}).status_code == 422
    created = crm.put("/companies/0", json={"name": "Made By Put"})
    assert created.json()["message"] == "Company has been created successfully"


def test_member_counts_follow_attach_and_detach(api: Api, crm: CheckedApi) -> None:
    one, two = create(crm, name="One"), create(crm, name="Two")
    ann, bob = new_contact(api, "ann@example.com"), new_contact(api, "bob@example.com")
    attached = crm.post(
        "/companies/attach-subscribers",
        json={"subscriber_ids": [ann, bob], "company_ids": [one["id"], two["id"]]},
    )
    assert [company["id"] for company in attached.json()["companies"]] == [one["id"], two["id"]]
    counts = {c["id"]: c["contacts_count"] for c in crm.get("/companies").json()["companies"]["data"]}
    assert counts == {one["id"]: 2, two["id"]: 2}
    assert api.get(f"/subscribers/{ann}").json()["subscriber"]["company_id"] == str(one["id"])
    detached = crm.post(
        "/companies/detach-subscribers", json={"subscriber_ids": [ann], "company_ids": [one["id"]]}
    ).json()
    assert detached["last_primary_company_id"] == two["id"], "ann's primary company moves to the one left"
    assert [company["id"] for company in detached["companies"]] == [two["id"]]
    assert crm.get(f"/companies/{one['id']}").json()["company"]["contacts_count"] == 1
    assert api.get(f"/subscribers/{ann}").json()["subscriber"]["company_id"] == str(two["id"])
    unattached = crm.get("/companies/search-unattached-contacts", params={"company_id": one["id"]}).json()
    assert [contact["id"] for contact in unattached["results"]] == [ann]
    nothing = crm.post(
        "/companies/attach-subscribers", json={"subscriber_ids": [987], "company_ids": [one["id"]]}
    )
    assert (nothing.status_code, nothing.json()) == (422, "Invalid data")
    assert crm.post("/companies/detach-subscribers", json={}).status_code == 422, "FluentCRM crashes here"


def test_bulk_actions_act_on_exactly_the_ids_given(crm: CheckedApi) -> None:
    ids = [create(crm, name=f"Bulk {n}")["id"] for n in range(4)]
    typed = crm.post(
        "/companies/do-bulk-action",
        json={"action_name": "change_company_type", "company_ids": ids[:2], "new_status": "Vendor"},
    ).json()
    assert (typed["completed_companies"], typed["last_company_id"]) == (2, str(ids[1]))
    types = {c["id"]: c["type"] for c in crm.get("/companies").json()["companies"]["data"]}
    assert types == {ids[0]: "Vendor", ids[1]: "Vendor", ids[2]: "", ids[3]: ""}
    crm.post(
        "/companies/do-bulk-action", json={"action_name": "delete_companies", "company_ids": [ids[0], ids[2]]}
    )
    left = [c["id"] for c in crm.get("/companies").json()["companies"]["data"]]
    assert sorted(left) == [ids[1], ids[3]]
    none = crm.post(
        "/companies/do-bulk-action", json={"action_name": "delete_companies", "company_ids": [987654321]}
    )
    assert none.json()["is_completed"] is True and none.json()["completed_companies"] == 0
    status = crm.post(
        "/companies/do-bulk-action",
        json={"action_name": "change_company_status", "company_ids": [ids[1]], "new_status": "x"},
    )
    assert status.status_code == 423 and "Unknown column 'status'" in status.json()["message"]


def test_property_changes_and_refusals(crm: CheckedApi) -> None:
    company = create(crm, name="Prop")
    ok = crm.put(
        "/companies/companies-property",
        json={"property": "type", "value": "Partner", "companies": [company["id"]]},
    )
    assert ok.json()["message"] == "Company successfully updated"
    assert crm.get(f"/companies/{company['id']}").json()["company"]["type"] == "Partner"
    for body, answer in (
        ({"property": "type", "value": "Alien", "companies": [1]}, {"message": "Value is not valid"}),
        ({"property": "name", "value": "x", "companies": [1]}, {"message": "Column is not valid"}),
    ):
        assert crm.put("/companies/companies-property", json=body).json() == answer
    assert set(crm.put("/companies/companies-property", json={}).json()) == {"column", "value", "company_ids"}


def test_search_and_filters(crm: CheckedApi) -> None:
    create(crm, name="Zeta Corp", type="Prospect", industry="Retail")
    create(crm, name="Alpha Corp", type="Partner", industry="Software")
    names = [r["name"] for r in crm.get("/companies/search", params={"search": "Corp"}).json()["results"]]
    assert names == ["Alpha Corp", "Zeta Corp"]
    filtered = crm.get("/companies", params={"inline_filters[company_types][]": "Prospect"}).json()[
        "companies"
    ]
    assert [c["name"] for c in filtered["data"]] == ["Zeta Corp"]
    assert crm.get("/companies", params={"sort_by": "nope"}).status_code == 423


def test_notes_lifecycle(crm: CheckedApi) -> None:
    company = create(crm, name="Noted")
    base = f"/companies/{company['id']}/notes"
    note = crm.post(
        base, json={"note": {"title": "Call", "description": "<p>hi</p>", "type": "call"}}
    ).json()["note"]
    assert note["subscriber_id"] == company["id"] and note["status"] == "_company_note_"
    page = crm.get(base).json()
    assert page["notes"]["total"] == 1 and page["notes"]["data"][0]["added_by"]["display_name"] == "admin"
    assert page["fields"]["fields"]["type"]["options"][0] == {"id": "note", "label": "Note"}
    edited = crm.put(
        f"{base}/{note['id']}", json={"note": {"title": "Call 2", "description": "d", "type": "call"}}
    )
    assert edited.json()["note"]["title"] == "Call 2" and edited.json()["note"]["subscriber_id"] == str(
        company["id"]
    )
    assert (
        crm.put(
            f"{base}/987654321", json={"note": {"title": "t", "description": "d", "type": "note"}}
        ).status_code
        == 404
    )
    assert crm.post(base, json={}).status_code == 422, "FluentCRM crashes without a note"
    assert crm.delete(f"{base}/{note['id']}").status_code == 200
    assert crm.get(base).json()["notes"]["total"] == 0
    assert crm.delete("/companies/987654321/notes/1").status_code == 404


def test_custom_fields_and_tab_view(crm: CheckedApi) -> None:
    saved = crm.put(
        "/companies/custom-fields",
        json={"fields": [{"field_key": "text", "type": "text", "label": "Region"}]},
    )
    assert saved.json()["fields"][0]["slug"] == "region"
    assert crm.get("/companies/custom-fields").json()["fields"][0]["label"] == "Region"
    company = create(crm, name="Tabbed")
    assert crm.get(f"/companies/{company['id']}/custom_tab_view").json()["content_html"] == ""
    assert crm.post("/companies/csv-import", json={"file": "x.csv", "map": []}).status_code == 422


def test_companies_persist_across_restarts(tmp_path: Any, credentials: dict[str, str]) -> None:
    from starlette.testclient import TestClient

    from emulator.app import create_app

    path = str(tmp_path / "crm.sqlite3")
    users = [("admin", credentials["admin"], "administrator")]
    for round_ in range(2):
        app = create_app(db=path, users=users, test_api=True)
        with TestClient(app) as client:
            api = Api(client, "admin", credentials["admin"])
            if round_ == 0:
                switch_companies(api, True)
                assert api.post("/companies", json={"name": "Durable"}).status_code == 200
            else:
                assert [c["name"] for c in api.get("/companies").json()["companies"]["data"]] == ["Durable"]
        app.state.db.close()
