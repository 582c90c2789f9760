"""The pieces that keep a run safe on a shared site: credentials, markers, the ledger and the request guard."""

from __future__ import annotations

import pickle

import pytest
import schemathesis

from conformance.collect import Redactor
from conformance.credentials import Secret
from conformance.guard import Guard
from conformance.ledger import Ledger
from conformance.resources import Kind, as_id
from conformance.target import Target, TargetError, live_target, normalise_base_url

PASSWORD = "fake pass word 1234"


def test_secret_never_prints_its_value() -> None:
    secret = Secret(PASSWORD)
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret:>40}"):
        assert PASSWORD not in text
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    assert secret.reveal() == PASSWORD
    assert secret.scrub(f"x {PASSWORD} y") == "x [redacted] y"


def test_target_repr_hides_password() -> None:
    target = Target("http://127.0.0.1:1/wp-json/fluent-crm/v2", "admin", Secret(PASSWORD))
    assert PASSWORD not in repr(target)
    assert PASSWORD not in target.describe()


def test_redactor_turns_auth_into_environment_references() -> None:
    target = Target("http://h/wp-json/fluent-crm/v2", "admin", Secret(PASSWORD))
    redact = Redactor(target)
    token = __import__("base64").b64encode(f"admin:{PASSWORD}".encode()).decode()
    out = redact(f"curl -X GET -H 'Authorization: Basic {token}' http://h/x # {PASSWORD}")
    assert token not in out and PASSWORD not in out
    assert '-u "$FLUENTCRM_USERNAME:$FLUENTCRM_APP_PASSWORD"' in out
    assert redact("curl -H 'Authorization: [Filtered]' http://h") == (
        'curl -u "$FLUENTCRM_USERNAME:$FLUENTCRM_APP_PASSWORD" http://h'
    )


def test_live_target_reads_environment_and_requires_all_three() -> None:
    env = {"FLUENTCRM_BASE_URL": "https://crm.example.com/", "FLUENTCRM_USERNAME": "u"}
    with pytest.raises(TargetError, match="FLUENTCRM_APP_PASSWORD"):
        live_target(base_url=None, username=None, password=None, environ=env)
    target = live_target(
        base_url=None, username=None, password=None, environ={**env, "FLUENTCRM_APP_PASSWORD": "p"}
    )
    assert target is not None
    assert target.base_url == "https://crm.example.com/wp-json/fluent-crm/v2"
    assert target.auth == ("u", "p")
    assert live_target(base_url=None, username=None, password=None, environ={}) is None


def test_base_url_normalisation() -> None:
    assert normalise_base_url("http://h/wp-json/fluent-crm/v2/") == "http://h/wp-json/fluent-crm/v2"
    with pytest.raises(TargetError):
        normalise_base_url("crm.example.com")


def test_ledger_markers_are_unique_and_recognisable() -> None:
    ledger = Ledger("abc123")
    emails = {ledger.email() for _ in range(50)}
    assert len(emails) == 50
    assert all(e.startswith("conformance+abc123-") and e.endswith("@example.com") for e in emails)
    assert ledger.is_marked_email("CONFORMANCE+abc123-7@example.com")
    assert not ledger.is_marked_email("conformance+other-7@example.com")
    assert ledger.title().startswith("conformance-abc123-")


def test_ledger_tracks_live_records_and_picks_deterministically() -> None:
    ledger = Ledger("r")
    assert ledger.pick(Kind.TAG, "x") is None
    for record_id in (3, 5, 8):
        ledger.record_created(Kind.TAG, record_id)
    ledger.record_removed(Kind.TAG, 5)
    ledger.record_removed(Kind.TAG, 99)  # not ours: ignored
    assert ledger.live(Kind.TAG) == [3, 8]
    assert ledger.owns(Kind.TAG, 5) and not ledger.owns(Kind.TAG, 99)
    assert ledger.pick(Kind.TAG, "same") == ledger.pick(Kind.TAG, "same")
    assert ledger.pick(Kind.TAG, "same") in (3, 8)
    assert ledger.only_owned(Kind.TAG, [3, "8", "x", 42, True]) == [3, 8]


@pytest.mark.parametrize(
    "value", ["\u00b9", "\u0663", "\uff11", "1\u00b2", "", "-3", "0", " 4", 0, -1, 2.0, None]
)
def test_only_plain_positive_numbers_are_record_ids(value: object) -> None:
    # Generated bodies carry any Unicode; a superscript digit passes `str.isdigit` but is no id.
    assert as_id(value) is None


def test_record_ids_from_ints_and_ascii_digit_strings() -> None:
    assert (as_id(7), as_id("7"), as_id("0012")) == (7, 7, 12)


def _schema() -> schemathesis.BaseSchema:
    id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]
    ok = {"200": {"description": "ok"}}
    body = {"content": {"application/json": {"schema": {"type": "object"}}}}
    return schemathesis.openapi.from_dict(
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/subscribers": {
                    "post": {"operationId": "createContact", "requestBody": body, "responses": ok},
                    "delete": {
                        "operationId": "deleteContacts",
                        "parameters": [{"name": "subscribers[]", "in": "query", "schema": {"type": "array"}}],
                        "responses": ok,
                    },
                },
                "/subscribers/{id}": {
                    "delete": {"operationId": "deleteContact", "parameters": id_param, "responses": ok},
                    "put": {
                        "operationId": "updateContact",
                        "parameters": id_param,
                        "requestBody": body,
                        "responses": ok,
                    },
                },
                "/lists": {"post": {"operationId": "createList", "requestBody": body, "responses": ok}},
            },
        }
    )


def test_safe_guard_points_changes_at_own_records_only() -> None:
    schema = _schema()
    ledger = Ledger("run")
    guard = Guard(ledger, destructive=False)
    delete = schema["/subscribers/{id}"]["DELETE"]
    case = delete.Case(path_parameters={"id": 7})
    assert guard.filter_case(None, case) is False  # nothing of ours to aim at yet
    ledger.record_created(Kind.CONTACT, 41)
    ledger.record_created(Kind.TAG, 2)
    assert guard.filter_case(None, case) is True
    assert guard.map_case(None, case).path_parameters == {"id": 41}
    own = delete.Case(path_parameters={"id": 41})
    assert guard.map_case(None, own).path_parameters == {"id": 41}
    # A non-numeric id does not match the route, so it can never reach a record: left alone.
    odd = delete.Case(path_parameters={"id": "abc"})
    assert guard.map_case(None, odd).path_parameters == {"id": "abc"}

    bulk = schema["/subscribers"]["DELETE"].Case(query={"subscribers[]": [1, 41, 2]})
    assert guard.map_case(None, bulk).query == {"subscribers[]": [41]}

    update = schema["/subscribers/{id}"]["PUT"].Case(
        path_parameters={"id": 41},
        body={"email": "someone@real.example", "attach_tags": [2, 3], "detach_lists": [9]},
        media_type="application/json",
    )
    mapped = guard.map_case(None, update)
    assert ledger.is_marked_email(mapped.body["email"])
    assert mapped.body["attach_tags"] == [2]
    assert "detach_lists" not in mapped.body


def test_destructive_guard_only_marks() -> None:
    schema = _schema()
    ledger = Ledger("run")
    guard = Guard(ledger, destructive=True)
    case = schema["/subscribers/{id}"]["DELETE"].Case(path_parameters={"id": 7})
    assert guard.filter_case(None, case) is True
    assert guard.map_case(None, case).path_parameters == {"id": 7}
    create = schema["/lists"]["POST"].Case(body={"title": "x", "slug": "y"}, media_type="application/json")
    body = guard.map_case(None, create).body
    assert ledger.is_marked_title(body["title"]) and ledger.is_marked_title(body["slug"])


@pytest.mark.parametrize("negative", [False, True], ids=["positive", "negative"])
def test_destructive_guard_marks_every_value_that_would_become_a_new_title(
    negative: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FluentCRM creates a tag or list for any non-id entry, in valid and invalid requests alike.
    monkeypatch.setattr("conformance.guard.is_negative", lambda case: negative)
    schema = _schema()
    ledger = Ledger("run")
    guard = Guard(ledger, destructive=True)
    create = schema["/subscribers"]["POST"].Case(
        body={
            "email": "x@y.example",
            "tags": ["AAA", True, 1.5, "3", 4, 0, "", None],
            "lists": {"a": "true"},
        },
        media_type="application/json",
    )
    body = guard.map_case(None, create).body
    tags = body["tags"]
    assert all(ledger.is_marked_title(title) for title in tags[:3])
    assert tags[3:] == ["3", 4, 0, "", None]
    assert ledger.is_marked_title(body["lists"]["a"])


def test_policy_filters_only_the_documented_answers() -> None:
    from conformance import policy

    assert policy.shows_absence("getTag", 200, {"tag": None})
    assert not policy.shows_absence("getTag", 200, {"tag": {"id": 3}})
    assert not policy.shows_absence("getContact", 200, {})


def test_an_empty_page_under_a_deleted_record_shows_absence_but_a_filled_one_does_not() -> None:
    from conformance import policy

    empty = {"notes": {"total": 0, "data": []}, "fields": {"fields": {}}, "__bench": 0.01}
    assert policy.shows_absence("listContactNotes", 200, empty)
    assert not policy.shows_absence("listContactNotes", 200, {"notes": {"total": 1, "data": [{"id": 4}]}})
    assert not policy.shows_absence("listContactNotes", 404, empty)
    assert not policy.shows_absence("listTags", 200, empty)  # a top-level collection has no parent to lose
    assert policy.is_documented_empty_body("getList", 200, b"")
    assert not policy.is_documented_empty_body("getList", 200, b"{}")
    required = {"title": {"required": "The title field is required."}}
    assert policy.is_missing_title_rejection(
        "createTag", {}, None, 422, {**required, "slug": {"required": "x"}}
    )
    assert not policy.is_missing_title_rejection("createTag", {"title": "t"}, None, 422, required)
    assert not policy.is_missing_title_rejection("createTag", {}, None, 422, {"slug": {"unique": "taken"}})
    missing = {"subscriber_ids": {"required": "The subscriber_ids field is required."}}
    assert policy.is_missing_ids_rejection("deleteContacts", {}, None, 422, missing)
    assert not policy.is_missing_ids_rejection("deleteContacts", {"subscribers[]": [1]}, None, 422, missing)
    assert not policy.is_missing_ids_rejection("deleteContact", {}, None, 422, missing)
