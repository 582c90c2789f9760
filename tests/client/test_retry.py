"""Retries against a deliberately flaky local server: what is retried, how often, and how long it waits."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from fluentcrm_client import FluentCRM, RateLimitError, RetryPolicy, ServerError
from fluentcrm_client.retry import AsyncRetryTransport, RetryTransport

from tests.client.conftest import FAST_RETRIES
from tests.client.flaky_server import DROP, Answer, flaky_server

NO_JITTER = RetryPolicy(max_retries=3, backoff_factor=0.5, jitter=0.0)


def test_get_is_retried_until_it_succeeds() -> None:
    with (
        flaky_server([Answer(503), Answer(502)]) as server,
        FluentCRM(server.base_url, "admin", "secret", retry=FAST_RETRIES) as crm,
    ):
        page = crm.tags.list()
    assert page.tags.total == 0
    assert [r.method for r in server.requests] == ["GET", "GET", "GET"]


def test_gives_up_after_max_retries() -> None:
    with (
        flaky_server([Answer(500)] * 5) as server,
        FluentCRM(server.base_url, "admin", "secret", retry=FAST_RETRIES) as crm,
        pytest.raises(ServerError),
    ):
        crm.tags.list()
    assert len(server.requests) == 1 + FAST_RETRIES.max_retries


def test_post_is_not_retried_after_a_server_error() -> None:
    with (
        flaky_server([Answer(503)]) as server,
        FluentCRM(server.base_url, "admin", "secret", retry=FAST_RETRIES) as crm,
        pytest.raises(ServerError),
    ):
        crm.tags.create(title="x")
    assert [r.method for r in server.requests] == ["POST"]


def test_dropped_connection_is_retried_for_get() -> None:
    with (
        flaky_server([DROP, DROP]) as server,
        FluentCRM(server.base_url, "admin", "secret", retry=FAST_RETRIES) as crm,
    ):
        assert crm.tags.list().tags.total == 0
    assert len(server.requests) == 3


def test_backoff_doubles_and_retry_after_replaces_it() -> None:
    waits: list[float] = []
    script: list[Answer | str] = [Answer(503), Answer(503), Answer(429, {"Retry-After": "7"})]
    with flaky_server(script) as server:
        transport = RetryTransport(httpx.HTTPTransport(), NO_JITTER, sleep=waits.append)
        with httpx.Client(transport=transport) as client:
            response = client.get(server.base_url + "/tags")
    assert response.status_code == 200
    assert waits == [0.5, 1.0, 7.0]


def test_retry_after_as_http_date() -> None:
    waits: list[float] = []
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    with flaky_server([Answer(503, {"Retry-After": when})]) as server:
        transport = RetryTransport(httpx.HTTPTransport(), NO_JITTER, sleep=waits.append)
        with httpx.Client(transport=transport) as client:
            assert client.get(server.base_url + "/tags").status_code == 200
    assert len(waits) == 1 and 20 < waits[0] <= 30


def test_retry_after_beyond_the_limit_is_not_waited_for() -> None:
    waits: list[float] = []
    policy = RetryPolicy(max_retries=3, max_retry_after=60, jitter=0.0)
    with flaky_server([Answer(429, {"Retry-After": "3600"})]) as server:
        transport = RetryTransport(httpx.HTTPTransport(), policy, sleep=waits.append)
        with (
            FluentCRM(
                server.base_url, "admin", "secret", transport=transport, retry=RetryPolicy(max_retries=0)
            ) as crm,
            pytest.raises(RateLimitError) as caught,
        ):
            crm.tags.list()
    assert caught.value.status_code == 429
    assert waits == []
    assert len(server.requests) == 1


def test_async_transport_retries_and_honours_retry_after() -> None:
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    async def fetch(url: str) -> int:
        transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), NO_JITTER, sleep=record)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get(url)).status_code

    with flaky_server([Answer(503, {"Retry-After": "2"}), DROP]) as server:
        assert asyncio.run(fetch(server.base_url + "/tags")) == 200
    assert waits == [2.0, 1.0]
    assert len(server.requests) == 3


def test_retries_can_be_turned_off() -> None:
    with (
        flaky_server([Answer(503)]) as server,
        FluentCRM(server.base_url, "admin", "secret", retry=RetryPolicy(max_retries=0)) as crm,
        pytest.raises(ServerError),
    ):
        crm.tags.list()
    assert len(server.requests) == 1
