"""Retries with exponential backoff, as httpx transports wrapping the real ones.

Only requests that are safe to repeat are retried: idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) after a
connection error, a timeout, a 429 or a 5xx (unless the spec documents that 5xx as a deterministic fault of the
request, ``x-fluentcrm-faults``), and any method when the connection could not even be opened (nothing
was sent). A ``Retry-After`` header (seconds or an HTTP date) replaces the computed delay. Doing it at the transport
level means the generated low-level functions get the same behaviour as the high-level client.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("fluentcrm_client")

#: Set by the client on a request whose failure with one of these statuses is a documented fault (see signals.py).
NO_RETRY_EXTENSION = "fluentcrm.no_retry"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry. ``RetryPolicy(max_retries=0)`` turns retries off."""

    max_retries: int = 3
    #: First delay in seconds; each further retry doubles it.
    backoff_factor: float = 0.5
    #: Upper bound of a computed delay.
    max_backoff: float = 30.0
    #: A ``Retry-After`` longer than this is not waited for: the response is returned as it is.
    max_retry_after: float = 120.0
    #: Random extra delay, as a fraction of the computed one, so that many clients do not retry in step.
    jitter: float = 0.1

    def backoff(self, attempt: int) -> float:
        delay = min(self.max_backoff, self.backoff_factor * 2.0**attempt)
        return delay + delay * self.jitter * random.random()

    def retries_status(self, request: httpx.Request, status_code: int) -> bool:
        if status_code in request.extensions.get(NO_RETRY_EXTENSION, ()):
            return False  # a documented deterministic fault: the same request fails the same way again
        return request.method in IDEMPOTENT_METHODS and (status_code == 429 or status_code >= 500)

    def retries_error(self, request: httpx.Request, error: Exception) -> bool:
        if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout)):
            return True  # the request never reached the server
        return request.method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The delay a ``Retry-After`` header asks for, or ``None`` when it is absent or unreadable."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _response_delay(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, attempt: int
) -> float | None:
    if attempt >= policy.max_retries or not policy.retries_status(request, response.status_code):
        return None
    asked = retry_after_seconds(response)
    if asked is None:
        return policy.backoff(attempt)
    return asked if asked <= policy.max_retry_after else None


def _log(request: httpx.Request, reason: str, delay: float, attempt: int, policy: RetryPolicy) -> None:
    logger.info(
        "retrying %s %s after %s in %.2fs (retry %d of %d)",
        request.method,
        request.url.path,
        reason,
        delay,
        attempt + 1,
        policy.max_retries,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a synchronous transport and retries what :class:`RetryPolicy` allows."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._wrapped = wrapped or httpx.HTTPTransport()
        self._policy = policy or RetryPolicy()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._wrapped.handle_request(request)
            except httpx.TransportError as error:
                if attempt >= self._policy.max_retries or not self._policy.retries_error(request, error):
                    raise
                delay = self._policy.backoff(attempt)
                _log(request, type(error).__name__, delay, attempt, self._policy)
            else:
                maybe_delay = _response_delay(self._policy, request, response, attempt)
                if maybe_delay is None:
                    return response
                delay = maybe_delay
                response.close()
                _log(request, f"status {response.status_code}", delay, attempt, self._policy)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an asynchronous transport and retries what :class:`RetryPolicy` allows."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._wrapped = wrapped or httpx.AsyncHTTPTransport()
        self._policy = policy or RetryPolicy()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._wrapped.handle_async_request(request)
            except httpx.TransportError as error:
                if attempt >= self._policy.max_retries or not self._policy.retries_error(request, error):
                    raise
                delay = self._policy.backoff(attempt)
                _log(request, type(error).__name__, delay, attempt, self._policy)
            else:
                maybe_delay = _response_delay(self._policy, request, response, attempt)
                if maybe_delay is None:
                    return response
                delay = maybe_delay
                await response.aclose()
                _log(request, f"status {response.status_code}", delay, attempt, self._policy)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._wrapped.aclose()
