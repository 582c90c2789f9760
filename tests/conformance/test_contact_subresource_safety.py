"""A safe run on a shared site keeps the contact sub-resource operations on its own records and sends nothing."""

from __future__ import annotations

from typing import Any

import schemathesis

from conformance.guard import Guard
from conformance.ledger import Ledger
from conformance.resources import DESTRUCTIVE_ONLY, Kind
from conformance.runner import select_operations


class _Answer:
    """The two things ``after_call`` reads from a response."""

    def __init__(self, body: Any) -> None:
        self.status_code = 200
        self._body = body

    def json(self) -> Any:
        return self._body


def _schema() -> schemathesis.BaseSchema:
    ok = {"200": {"description": "ok"}}
    body = {"content": {"application/json": {"schema": {"type": "object"}}}}
    ids = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
        {"name": "note_id", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    return schemathesis.openapi.from_dict(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/subscribers/{id}/notes": {
                    "post": {
                        "operationId": "createContactNote",
                        "parameters": ids[:1],
                        "requestBody": body,
                        "responses": ok,
                    }
                },
                "/subscribers/{id}/notes/{note_id}": {
                    "delete": {"operationId": "deleteContactNote", "parameters": ids, "responses": ok}
                },
                "/subscribers/do-bulk-action": {
                    "post": {"operationId": "runContactsBulkAction", "requestBody": body, "responses": ok}
                },
            },
        }
    )


def test_notes_are_only_changed_on_own_contacts_and_own_notes() -> None:
    schema, ledger = _schema(), Ledger("run")
    guard = Guard(ledger, destructive=False)
    ledger.record_created(Kind.CONTACT, 41)
    create = schema["/subscribers/{id}/notes"]["POST"].Case(
        path_parameters={"id": 7}, body={"note": {}}, media_type="application/json"
    )
    assert guard.map_case(None, create).path_parameters == {"id": 41}
    delete = schema["/subscribers/{id}/notes/{note_id}"]["DELETE"]
    # FluentCRM deletes a note by its id whatever the contact: a note the run did not create is never named.
    foreign = guard.map_case(None, delete.Case(path_parameters={"id": 41, "note_id": 5}))
    assert foreign.path_parameters == {"id": 41, "note_id": 0}
    guard.after_call(None, create, _Answer({"note": {"id": 5}, "message": "Note successfully added"}))  # type: ignore[arg-type]
    own = delete.Case(path_parameters={"id": 41, "note_id": 5})
    assert guard.map_case(None, own).path_parameters == {"id": 41, "note_id": 5}
    # Once deleted, the note is no longer the run's to name: FluentCRM would crash updating it.
    guard.after_call(None, own, _Answer({"message": "Note successfully deleted"}))  # type: ignore[arg-type]
    again = guard.map_case(None, delete.Case(path_parameters={"id": 41, "note_id": 5}))
    assert again.path_parameters == {"id": 41, "note_id": 0}


def test_bulk_actions_stay_on_own_contacts_and_never_send() -> None:
    schema, ledger = _schema(), Ledger("run")
    guard = Guard(ledger, destructive=False)
    bulk = schema["/subscribers/do-bulk-action"]["POST"]
    tag_case = bulk.Case(
        body={"action_name": "add_to_tags", "subscriber_ids": [1, 2]}, media_type="application/json"
    )
    assert guard.filter_case(None, tag_case) is False  # no contact of its own yet
    ledger.record_created(Kind.CONTACT, 41)
    assert guard.filter_case(None, tag_case) is True
    assert guard.map_case(None, tag_case).body["subscriber_ids"] == [41]
    optin = bulk.Case(
        body={"action_name": "send_double_optin", "subscriber_ids": [41]}, media_type="application/json"
    )
    assert guard.filter_case(None, optin) is False


def test_sending_operations_run_only_in_destructive_mode() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/a": {"post": {"operationId": "sendContactEmail"}, "get": {"operationId": "listContactNotes"}},
            "/b": {"post": {"operationId": "sendContactDoubleOptin"}},
        }
    }
    kept = select_operations(spec, keep=None, drop=set(DESTRUCTIVE_ONLY))
    ids = {op["operationId"] for item in kept["paths"].values() for op in item.values()}
    assert ids == {"listContactNotes"}
