"""The exact requests the client puts on the wire, captured with an httpx ``MockTransport``.

The round trips against the emulator show that the server understands what is sent; these tests pin down the
bytes themselves (PHP brackets, one body per request, no Content-Type without a body) and where they go for each
way of writing ``base_url``.
"""

from __future__ import annotations

import datetime
import json
from zoneinfo import ZoneInfo

import httpx
import pytest
from fluentcrm_client import FluentCRM, RetryPolicy, UnexpectedResponseError
from fluentcrm_client.api.contacts import create_contact
from fluentcrm_client.models import ContactFormInput, ContactFormInputCustomValues

NO_RETRIES = RetryPolicy(max_retries=0)


class Recorder:
    """Answers every request with ``reply`` and keeps the requests."""

    def __init__(self, reply: dict[str, object]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _client(recorder: Recorder, base_url: str = "http://crm.test") -> FluentCRM:
    return FluentCRM(
        base_url, "admin", "not-a-real-password", retry=NO_RETRIES, transport=httpx.MockTransport(recorder)
    )


def test_form_body_bytes_use_php_brackets() -> None:
    recorder = Recorder({})
    with _client(recorder) as crm, pytest.raises(KeyError):  # only the request matters here
        create_contact.sync(  # the low-level function: resource methods always send JSON
            client=crm.client,
            body=ContactFormInput(
                email="jane@example.com",
                status="subscribed",
                tags=[1, 2],
                custom_values=ContactFormInputCustomValues.from_dict({"favorite_color": "teal & blue"}),
            ),
        )
    request = recorder.last
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == (
        b"email=jane%40example.com&status=subscribed&tags%5B%5D=1&tags%5B%5D=2"
        b"&custom_values%5Bfavorite_color%5D=teal+%26+blue"
    )


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda crm: crm.tags.create(title="VIP"), "/tags"),
        (lambda crm: crm.lists.create(title="VIP"), "/lists"),
    ],
    ids=["tags.create", "lists.create"],
)
def test_a_schema_offered_as_json_and_form_is_sent_once_as_json(call: object, path: str) -> None:
    """Tag and list bodies share one schema between their JSON and form media types; the body goes out once."""
    recorder = Recorder({})
    with _client(recorder) as crm, pytest.raises(UnexpectedResponseError):  # only the request matters here
        call(crm)  # type: ignore[operator]
    request = recorder.last
    assert request.url.path.endswith(path)
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"title": "VIP"}


def test_a_request_without_a_body_declares_no_content_type() -> None:
    recorder = Recorder({"message": "deleted", "__bench": 0.01})
    with _client(recorder) as crm:
        crm.contacts.delete(5)
    request = recorder.last
    assert request.content == b""
    assert "Content-Type" not in request.headers


def test_keyword_arguments_become_one_json_body() -> None:
    recorder = Recorder({"message": "deleted", "__bench": 0.01})
    with _client(recorder) as crm:
        crm.contacts.delete_many(subscribers=[5, 6])
    request = recorder.last
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"subscribers": [5, 6]}


def test_schedule_times_are_sent_as_site_time_text() -> None:
    """A naive datetime is site time already; an aware one is moved into the site's zone; a range is a pair."""
    recorder = Recorder({})  # not a schedule answer: only the request matters here
    tokyo = ZoneInfo("Asia/Tokyo")
    with FluentCRM(
        "http://crm.test", "admin", "not-a-real-password", retry=NO_RETRIES,
        transport=httpx.MockTransport(recorder), timezone=tokyo,
    ) as crm:
        sent = [
            datetime.datetime(2099, 1, 2, 3, 4, 5),
            datetime.datetime(2099, 1, 1, 23, 0, tzinfo=datetime.timezone.utc),
            (datetime.datetime(2099, 1, 2, 8), datetime.datetime(2099, 1, 2, 20, 30)),
        ]
        for when in sent:
            with pytest.raises(UnexpectedResponseError):
                crm.campaigns.schedule(7, scheduled_at=when)
    assert [json.loads(request.content)["scheduled_at"] for request in recorder.requests] == [
        "2099-01-02 03:04:05",
        "2099-01-02 08:00:00",
        ["2099-01-02 08:00:00", "2099-01-02 20:30:00"],
    ]


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://crm.test", "http://crm.test/wp-json/fluent-crm/v2/tags?search=a+b"),
        ("http://crm.test/blog/", "http://crm.test/blog/wp-json/fluent-crm/v2/tags?search=a+b"),
        ("http://crm.test/wp-json", "http://crm.test/wp-json/fluent-crm/v2/tags?search=a+b"),
        ("http://crm.test/wp-json/fluent-crm/v2/", "http://crm.test/wp-json/fluent-crm/v2/tags?search=a+b"),
        # Sites without pretty permalinks: the route travels in the query, next to the request's own parameters.
        (
            "http://crm.test/?rest_route=/fluent-crm/v2",
            "http://crm.test/?search=a+b&rest_route=%2Ffluent-crm%2Fv2%2Ftags",
        ),
        (
            "http://crm.test/blog/?rest_route=/fluent-crm/v2",
            "http://crm.test/blog/?search=a+b&rest_route=%2Ffluent-crm%2Fv2%2Ftags",
        ),
    ],
)
def test_every_form_of_base_url_reaches_the_api(base_url: str, expected: str) -> None:
    recorder = Recorder({})
    with _client(recorder, base_url) as crm:
        response = crm.client.get_httpx_client().get("/tags", params={"search": "a b"})
    assert response.status_code == 200
    assert str(recorder.last.url) == expected


def test_plain_permalink_root_works_for_async_clients_too() -> None:
    import asyncio

    from fluentcrm_client import AsyncFluentCRM

    recorder = Recorder({"tag": None})

    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    async def main() -> None:
        async with AsyncFluentCRM(
            "http://crm.test/?rest_route=/fluent-crm/v2",
            "admin",
            "not-a-real-password",
            retry=NO_RETRIES,
            transport=httpx.MockTransport(handler),
        ) as crm:
            assert (await crm.tags.get_or_none(5)) is None

    asyncio.run(main())
    assert str(recorder.last.url) == "http://crm.test/?rest_route=%2Ffluent-crm%2Fv2%2Ftags%2F5"
