"""Safe mode on the platform operations: imports create only marked contacts that the cleanup removes, the
bounce handler is exercised without credentials and can never change a contact, and what cannot be confined is
not sent at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis

from conformance.guard import Guard
from conformance.ledger import Ledger
from conformance.platform_safety import UNCONFINABLE, marked_csv
from conformance.resources import Kind
from conformance.runner import select_operations
from conformance.target import Target
from tests.conformance.conftest import emulator_target, short_run

OK = {"200": {"description": "ok"}}
JSON_BODY = {"content": {"application/json": {"schema": {"type": "object"}}}}
BOUNCE_PARAMS = [
    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
    for name in ("service_name", "security_code")
]


def _schema() -> Any:
    return schemathesis.openapi.from_dict(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/import/csv-upload": {
                    "post": {
                        "operationId": "uploadImportCsv",
                        "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                        "responses": OK,
                    }
                },
                "/import/csv-import": {
                    "post": {"operationId": "importCsv", "requestBody": JSON_BODY, "responses": OK}
                },
                "/public/bounce_handler/{service_name}/{security_code}": {
                    "post": {
                        "operationId": "handleBounceShortPost",
                        "security": [],
                        "parameters": BOUNCE_PARAMS,
                        "requestBody": JSON_BODY,
                        "responses": OK,
                    }
                },
            },
        }
    )


def _guarded(destructive: bool = False) -> tuple[Any, Ledger, Guard]:
    ledger = Ledger("run1")
    return _schema(), ledger, Guard(ledger, destructive=destructive)


def test_an_upload_sends_only_marked_e_mails_in_a_csv_named_file() -> None:
    schema, ledger, guard = _guarded()
    case = schema["/import/csv-upload"]["POST"].Case(
        body={"file": b"email\nceo@customer.example\n", "delimiter": "comma"}
    )
    guard.map_case(None, case)
    from emulator.form_data import multipart_files, multipart_pairs

    content_type = case.headers["Content-Type"]
    upload = multipart_files(case.body, content_type)["file"]
    assert upload.filename.endswith(".csv")
    rows = upload.content.decode().splitlines()
    assert rows[0] == "email" and len(rows) > 1
    assert all(ledger.is_marked_email(row) for row in rows[1:])
    assert multipart_pairs(case.body, content_type) == [("delimiter", "comma")]
    assert b"customer.example" not in case.body


def test_an_import_reads_only_the_runs_own_files_and_maps_only_plain_columns() -> None:
    schema, ledger, guard = _guarded()
    ledger.record_staged("fluentcrm-own-fluentcrm-a.csv")
    ledger.record_created(Kind.TAG, 4)
    operation = schema["/import/csv-import"]["POST"]
    foreign = operation.Case(body={"file": "fluentcrm-theirs.csv", "map": []})
    guard.map_case(None, foreign)
    assert foreign.body["file"] not in ("fluentcrm-theirs.csv", "fluentcrm-own-fluentcrm-a.csv")
    own = operation.Case(
        body={
            "file": "fluentcrm-own-fluentcrm-a.csv",
            "map": [
                {"csv": "email", "table": "email"},
                {"csv": "email", "table": "tags"},
                {"csv": "email", "table": "company_id"},
            ],
            "tags": [4, 5],
            "lists": [1],
            "double_optin_email": "yes",
        }
    )
    guard.map_case(None, own)
    assert own.body["file"] == "fluentcrm-own-fluentcrm-a.csv"
    assert own.body["map"] == [{"csv": "email", "table": "email"}]
    assert (own.body["tags"], own.body["lists"], own.body["double_optin_email"]) == ([4], [], "no")


def test_the_bounce_handler_gets_no_credentials_and_never_the_sites_key() -> None:
    schema, _ledger, guard = _guarded()
    case = schema["/public/bounce_handler/{service_name}/{security_code}"]["POST"].Case(
        path_parameters={"service_name": "custom-addon", "security_code": "fcrm_f246651b4e96a5"},
        headers={"Authorization": "Basic abc"},
        body={},
    )
    guard.map_case(None, case)
    assert "Authorization" not in case.headers
    assert case.path_parameters["service_name"] == "mailgun"
    assert "-" in case.path_parameters["security_code"]


def test_destructive_mode_keeps_the_generated_values_but_still_drops_credentials() -> None:
    schema, _ledger, guard = _guarded(destructive=True)
    case = schema["/public/bounce_handler/{service_name}/{security_code}"]["POST"].Case(
        path_parameters={"service_name": "custom-addon", "security_code": "abc"},
        headers={"Authorization": "Basic abc"},
        body={},
    )
    guard.map_case(None, case)
    assert case.path_parameters == {"service_name": "custom-addon", "security_code": "abc"}
    assert "Authorization" not in case.headers


def test_staged_files_are_remembered_until_an_import_finishes_them() -> None:
    ledger = Ledger("r")
    ledger.record_staged("a.csv")
    ledger.record_staged("b.csv")
    ledger.record_consumed("a.csv")
    ledger.record_consumed("not-ours.csv")
    assert ledger.staged_files() == ["a.csv", "b.csv"]
    assert ledger.unconsumed_files() == ["b.csv"]
    assert marked_csv(ledger).startswith("email\nconformance+r-")


def test_unconfinable_operations_are_not_in_a_safe_document(spec: dict[str, Any]) -> None:
    selected = select_operations(spec, keep=None, drop=set(UNCONFINABLE))
    remaining = {
        operation["operationId"]
        for item in selected["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert not remaining & UNCONFINABLE
    assert {"importCsv", "uploadImportCsv", "handleBouncePost"} <= remaining


PLATFORM_OPERATIONS = (
    "uploadImportCsv",
    "importCsv",
    "importUsers",
    "deleteReportEmails",
    "handleBouncePost",
    "handleBounceShortPut",
    "listReportEmails",
)


@pytest.mark.timeout(240)
def test_a_safe_run_imports_only_marked_contacts_and_removes_them(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    apps: list[Any] = []

    def keep(app: Any, username: str, password: str) -> Any:
        apps.append(app)
        return app

    with emulator_target(keep) as target:
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        existing = client.post("/subscribers", json={"email": "ceo@customer.example", "status": "subscribed"})
        contact_id = existing.json()["contact"]["id"]
        results = short_run(
            Target(target.base_url, target.username, target.password, embedded=False),
            spec,
            PLATFORM_OPERATIONS,
            tmp_path,
            destructive=False,
        )
        contacts = client.get("/subscribers").json()["subscribers"]
        assert [c["email"] for c in contacts["data"]] == ["ceo@customer.example"]
        assert client.get(f"/subscribers/{contact_id}").json()["subscriber"]["status"] == "subscribed"
        client.close()
        with apps[0].state.db.read() as conn:
            assert conn.execute("SELECT COUNT(*) FROM import_files").fetchone()[0] == 0
    assert results.cleanup_problems == []
    assert {"importCsv", "uploadImportCsv", "handleBouncePost"} <= set(results.operations)
    assert not {"importUsers", "deleteReportEmails"} & set(results.operations)
    assert results.created.get("contacts", 0) > 2, "the imports created marked contacts, which were removed"
