"""Each failure the API can produce is raised as its own exception type, with the server's details."""

from __future__ import annotations

import httpx
import pytest
from fluentcrm_client import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    FluentCRM,
    FluentCRMError,
    NotFoundError,
    PermissionDeniedError,
    QueryError,
    RetryPolicy,
    ServerError,
    ValidationError,
)

from emulator.testing import RunningEmulator
from tests.client.conftest import FAST_RETRIES, unique


def test_wrong_password_is_authentication_error(emulator: RunningEmulator) -> None:
    with (
        FluentCRM(emulator.base_url, emulator.username, "not-the-password") as crm,
        pytest.raises(AuthenticationError) as caught,
    ):
        crm.contacts.list()
    error = caught.value
    assert error.status_code == 401
    assert error.code == "rest_forbidden"
    assert "not allowed" in error.message


def test_non_administrator_is_permission_denied(emulator: RunningEmulator, manager_password: str) -> None:
    with (
        FluentCRM(emulator.base_url, "manager", manager_password) as crm,
        pytest.raises(PermissionDeniedError) as caught,
    ):
        crm.tags.list()
    assert caught.value.status_code == 403
    assert caught.value.code == "rest_forbidden"


def test_missing_record_is_not_found(crm: FluentCRM) -> None:
    with pytest.raises(NotFoundError) as caught:
        crm.contacts.update(987654, last_name="Nobody")
    assert caught.value.status_code == 404
    assert "No query results" in caught.value.message


def test_unknown_route_is_not_found_with_wordpress_code(crm: FluentCRM) -> None:
    with pytest.raises(NotFoundError) as caught:
        crm._send({"method": "get", "url": "/no-such-route"})  # no operation leads there; send a raw request
    assert caught.value.code == "rest_no_route"


def test_duplicate_email_is_validation_error_with_field_errors(crm: FluentCRM) -> None:
    email = unique("dup") + "@example.com"
    crm.contacts.create(email=email, status="subscribed")
    with pytest.raises(ValidationError) as caught:
        crm.contacts.create(email=email.upper(), status="subscribed")
    error = caught.value
    assert error.status_code == 422
    assert set(error.field_errors) == {"email"}
    assert "unique" in error.field_errors["email"]
    assert "already assigned" in str(error)


def test_missing_contact_is_not_found_whatever_the_server_says(crm: FluentCRM) -> None:
    with pytest.raises(NotFoundError) as caught:
        crm.contacts.get(987654)  # FluentCRM answers 422 "Subscriber not found" here, not 404
    assert caught.value.status_code == 422
    assert caught.value.body == {"message": "Subscriber not found"}
    assert caught.value.record_missing
    assert crm.contacts.get_or_none(987654) is None


def test_plain_message_422_is_validation_error() -> None:
    answer = httpx.Response(422, json={"message": "Subscriber not found"})
    with (
        FluentCRM("http://crm.test", "admin", "x", transport=httpx.MockTransport(lambda request: answer)) as crm,
        pytest.raises(ValidationError) as caught,
    ):
        crm.contacts.delete(5)  # only getContact declares this answer as its way of saying "missing"
    assert caught.value.field_errors == {}
    assert caught.value.message == "Subscriber not found"


def test_sql_error_is_query_error(crm: FluentCRM) -> None:
    crm.lists.create(title=unique("sortable"))
    with pytest.raises(QueryError) as caught:
        crm.lists.list(sort_by="subscribers")  # type: ignore[arg-type]  # the documented value the server rejects
    assert caught.value.status_code == 423
    assert "subscribers" in caught.value.message


def test_bad_page_size_is_bad_request(crm: FluentCRM) -> None:
    with pytest.raises(BadRequestError) as caught:
        crm.request("GET", "/subscribers", params={"per_page": 0})  # past the client's own check
    assert caught.value.status_code == 400
    assert caught.value.code == "rest_invalid_param"
    assert caught.value.field_errors == {
        "per_page": {"rest_invalid_param": "per_page must be a positive integer."}
    }


def test_wordpress_missing_parameters_become_field_errors() -> None:
    body = {
        "code": "rest_missing_callback_param",
        "message": "Missing parameter(s): title",
        "data": {"status": 400, "params": ["title"]},
    }
    with (
        FluentCRM(
            "http://crm.test",
            "admin",
            "x",
            retry=FAST_RETRIES,
            transport=httpx.MockTransport(lambda request: httpx.Response(400, json=body)),
        ) as crm,
        pytest.raises(BadRequestError) as caught,
    ):
        crm.tags.list()
    assert caught.value.field_errors == {
        "title": {"rest_missing_callback_param": "Missing parameter(s): title"}
    }


def test_server_error_after_retries(emulator: RunningEmulator) -> None:
    def always_500(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            500, json={"code": "internal_server_error", "message": "critical", "data": {"status": 500}}
        )

    calls: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return always_500(request)

    transport = httpx.MockTransport(recording)
    with (
        FluentCRM(emulator.base_url, "admin", "x", retry=FAST_RETRIES, transport=transport) as crm,
        pytest.raises(ServerError) as caught,
    ):
        crm.tags.list()
    assert caught.value.status_code == 500
    assert caught.value.code == "internal_server_error"
    assert len(calls) == 1 + FAST_RETRIES.max_retries


def test_connection_refused_is_api_connection_error(unused_port_url: str) -> None:
    with (
        FluentCRM(
            unused_port_url, "admin", "x", retry=RetryPolicy(max_retries=1, backoff_factor=0.001)
        ) as crm,
        pytest.raises(APIConnectionError) as caught,
    ):
        crm.tags.list()
    assert isinstance(caught.value, FluentCRMError)
    assert caught.value.status_code is None
    assert caught.value.method == "GET"


@pytest.fixture
def unused_port_url() -> str:
    from emulator.testing import free_port

    return f"http://127.0.0.1:{free_port()}"
