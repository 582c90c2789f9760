"""The matcher finds operations the way WordPress routes requests and reports every kind of non-conformance."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.spec_match import SpecMatcher, normalise_request

CONTACT = {"message": "Selected Subscriber has been deleted successfully", "__bench": 0.02}


def test_integer_path_parameters_reject_non_numeric_segments(matcher: SpecMatcher) -> None:
    found = matcher.find_operation("GET", "/subscribers/53")
    assert found is not None
    template, operation, params = found
    assert (template, operation["operationId"], params) == ("/subscribers/{id}", "getContact", {"id": 53})
    assert matcher.find_operation("GET", "/subscribers/abc") is None


def test_literal_segments_win_over_parameters(matcher: SpecMatcher) -> None:
    found = matcher.find_operation("POST", "/subscribers/bulk-add-update")
    assert found is not None and found[1]["operationId"] == "bulkAddUpdateContacts"


def test_wrong_method_and_unknown_path_match_nothing(matcher: SpecMatcher) -> None:
    assert matcher.find_operation("PATCH", "/subscribers") is None
    assert matcher.find_operation("GET", "/reports/reports/subscribers") is None


def test_rest_route_query_form_is_normalised() -> None:
    assert normalise_request("/", "rest_route=/fluent-crm/v2/subscribers&per_page=1") == (
        "/subscribers",
        "per_page=1",
    )
    assert normalise_request("/wp-json/fluent-crm/v2/subscribers/", "") == ("/subscribers", "")


def test_conforming_response_has_no_errors(matcher: SpecMatcher) -> None:
    assert matcher.validate("DELETE", "/subscribers/52", 200, CONTACT) == []


def test_undocumented_status_is_reported(matcher: SpecMatcher) -> None:
    errors = matcher.validate("DELETE", "/subscribers/52", 418, CONTACT)
    assert len(errors) == 1 and "status 418 is not documented" in errors[0]


def test_unknown_operation_is_reported(matcher: SpecMatcher) -> None:
    assert matcher.validate("PATCH", "/subscribers", 404, {}) == [
        "no documented operation for PATCH /subscribers"
    ]


def test_schema_errors_name_the_field(matcher: SpecMatcher) -> None:
    errors = matcher.validate("DELETE", "/subscribers/52", 200, {**CONTACT, "__bench": "fast"})
    assert len(errors) == 1 and "/__bench" in errors[0]


def test_text_and_empty_bodies_are_checked(matcher: SpecMatcher) -> None:
    errors = matcher.validate("DELETE", "/subscribers/52", 200, "<html>fatal</html>")
    assert errors and "not JSON" in errors[0]
    errors = matcher.validate("DELETE", "/subscribers/52", 200, "")
    assert errors and "empty body" in errors[0]


def test_empty_body_conforms_where_a_response_has_no_content() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {"/ping": {"get": {"responses": {"204": {"description": "nothing"}}}}},
    }
    matcher = SpecMatcher(document)
    assert matcher.validate("GET", "/ping", 204, "") == []
    assert matcher.validate("GET", "/ping", 204, {"a": 1}) != []


def test_component_references_resolve_inside_the_document(bundled_spec: dict[str, Any]) -> None:
    """A schema change reached only through `#/components/...` is seen by the validator."""
    document = copy.deepcopy(bundled_spec)
    document["components"]["schemas"]["Bench"] = {"type": "string"}
    strict = SpecMatcher(document)
    assert strict.validate("DELETE", "/subscribers/52", 200, CONTACT) != []


@pytest.mark.parametrize("status", [401, 403])
def test_auth_failures_use_the_wordpress_error(matcher: SpecMatcher, status: int) -> None:
    body = {
        "code": "rest_forbidden",
        "message": "Sorry, you are not allowed to do that.",
        "data": {"status": status},
    }
    assert matcher.validate("GET", "/subscribers", status, body) == []
    assert matcher.validate("GET", "/subscribers", status, {"message": "nope"}) != []
