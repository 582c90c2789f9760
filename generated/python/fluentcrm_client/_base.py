"""Connection handling shared by :class:`~fluentcrm_client.FluentCRM` and :class:`~fluentcrm_client.AsyncFluentCRM`.

The generated resource methods (``sdk.py``) only build requests and parse successful bodies; sending them,
turning error statuses into exceptions and keeping the credentials private happens here, once.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from .client import Client
from .exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    UnexpectedResponseError,
    error_from_response,
    not_found_error,
    safe_url,
)
from .retry import NO_RETRY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from .signals import OperationSignals
from .wire import site_timezone

API_ROOT = "/wp-json/fluent-crm/v2"
ENV_BASE_URL = "FLUENTCRM_BASE_URL"
ENV_USERNAME = "FLUENTCRM_USERNAME"
ENV_APP_PASSWORD = "FLUENTCRM_APP_PASSWORD"
#: WordPress boots on every request (about 25 ms on a small site); large pages and bulk writes take longer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "fluentcrm-client (python)"


def api_base_url(base_url: str) -> str:
    """Accept the site URL (``https://example.com``), its REST root (``.../wp-json``) or the API root, also in the
    plain-permalink form (``https://example.com/?rest_route=/fluent-crm/v2``); return the API root without a
    trailing slash."""
    if "rest_route=" in base_url:
        return base_url.rstrip("/")
    url = base_url.rstrip("/")
    if url.endswith("/wp-json"):
        return url + API_ROOT.removeprefix("/wp-json")
    return url if "/wp-json/" in url + "/" else url + API_ROOT


def _transport_base_url(base_url: str) -> tuple[str, str | None]:
    """The base URL httpx joins request paths to, and for a ``?rest_route=`` root the site path to send them to.

    httpx would append request paths to the query string and then replace the whole query with the request's
    parameters, losing the route. So such a root is given to httpx as ``<site path><route>`` and
    :func:`_route_through_query` moves everything after the site path back into ``rest_route``.
    """
    url = httpx.URL(base_url)
    route = url.params.get("rest_route")
    if route is None:
        return base_url, None
    site_path = url.path if url.path.endswith("/") else url.path + "/"
    rest_url = url.copy_with(path=site_path.rstrip("/") + "/" + route.strip("/"), query=None)
    return str(rest_url), site_path


def _route_through_query(site_path: str) -> Callable[[httpx.Request], None]:
    def move(request: httpx.Request) -> None:
        route = "/" + request.url.path[len(site_path) :].lstrip("/")
        request.url = request.url.copy_with(path=site_path, params=request.url.params.set("rest_route", route))

    return move


def _event_hooks(site_path: str | None, asynchronous: bool) -> dict[str, list[Any]]:
    if site_path is None:
        return {}
    move = _route_through_query(site_path)
    if not asynchronous:
        return {"request": [move]}

    async def move_async(request: httpx.Request) -> None:
        move(request)

    return {"request": [move_async]}


@dataclass(frozen=True)
class Settings:
    """Resolved constructor arguments. ``repr`` leaves the password out."""

    base_url: str
    username: str
    app_password: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    #: The site's time zone: timestamps are parsed as aware datetimes in it; ``None`` keeps them naive.
    timezone: datetime.tzinfo | None = None

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, timeout={self.timeout!r}, retry={self.retry!r})"


def resolve_settings(
    base_url: str | None,
    username: str | None,
    app_password: str | None,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy | None,
    environ: Mapping[str, str] | None = None,
    timezone: datetime.tzinfo | None = None,
) -> Settings:
    """Fill missing arguments from ``FLUENTCRM_*`` environment variables; fail early when something is missing."""
    env = os.environ if environ is None else environ
    base_url = base_url or env.get(ENV_BASE_URL)
    if base_url and "@" in base_url:
        # Credentials written into the URL are moved to Basic auth, so the URL itself is safe to show.
        url = httpx.URL(base_url)
        username = username or url.username or None
        app_password = app_password or url.password or None
        base_url = str(url.copy_with(username=None, password=None))
    username = username or env.get(ENV_USERNAME)
    app_password = app_password or env.get(ENV_APP_PASSWORD)
    missing = [
        f"{argument} (or {variable})"
        for argument, variable, value in (
            ("base_url", ENV_BASE_URL, base_url),
            ("username", ENV_USERNAME, username),
            ("app_password", ENV_APP_PASSWORD, app_password),
        )
        if not value
    ]
    if missing:
        raise ConfigurationError("missing " + ", ".join(missing))
    assert base_url and username and app_password
    if isinstance(timeout, (int, float)):
        timeout = httpx.Timeout(float(timeout))
    return Settings(
        base_url=api_base_url(base_url),
        username=username,
        app_password=app_password,
        timeout=timeout or DEFAULT_TIMEOUT,
        retry=retry or RetryPolicy(),
        timezone=timezone,
    )


def _client(settings: Settings) -> Client:
    # The generated Client is what the generated endpoint functions expect; it carries no credentials itself
    # (they live in the httpx client's auth), so its repr is safe too.
    return Client(base_url=settings.base_url, timeout=settings.timeout, raise_on_unexpected_status=False)


def sync_client(settings: Settings, transport: httpx.BaseTransport | None) -> tuple[Client, httpx.Client]:
    base_url, site_path = _transport_base_url(settings.base_url)
    http = httpx.Client(
        base_url=base_url,
        event_hooks=_event_hooks(site_path, asynchronous=False),
        auth=httpx.BasicAuth(settings.username, settings.app_password),
        timeout=settings.timeout,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        transport=RetryTransport(transport, settings.retry),
    )
    client = _client(settings)
    client.set_httpx_client(http)
    return client, http


def async_client(settings: Settings, transport: httpx.AsyncBaseTransport | None) -> tuple[Client, httpx.AsyncClient]:
    base_url, site_path = _transport_base_url(settings.base_url)
    http = httpx.AsyncClient(
        base_url=base_url,
        event_hooks=_event_hooks(site_path, asynchronous=True),
        auth=httpx.BasicAuth(settings.username, settings.app_password),
        timeout=settings.timeout,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        transport=AsyncRetryTransport(transport, settings.retry),
    )
    client = _client(settings)
    client.set_async_httpx_client(http)
    return client, http


def translate_transport_error(
    error: httpx.TransportError, request: dict[str, Any], base_url: str
) -> APIConnectionError:
    """The exception for a request that got no response; it names the route, never the credentials."""
    method = str(request.get("method", "")).upper()
    url = safe_url(httpx.URL(base_url + str(request.get("url", ""))))
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(error).__name__}: {error}", method=method, url=url)


def prepare(request: dict[str, Any], signals: OperationSignals | None) -> dict[str, Any]:
    """Mark a request whose failure a documented fault would explain, so that the retry transport leaves it be."""
    if signals is not None:
        no_retry = signals.no_retry(request)
        if no_retry:
            request = {**request, "extensions": {NO_RETRY_EXTENSION: no_retry}}
    return request


def check_response(response: httpx.Response, signals: OperationSignals | None = None) -> httpx.Response:
    """Raise the typed exception for an error status, a redirect, or an answer the operation declares as its way
    of saying "missing" (:class:`NotFoundError` whatever the status); return other responses unchanged."""
    if signals is not None:
        for missing in signals.missing:
            if missing.matches(response):
                raise not_found_error(response)
    if response.status_code >= 300:
        raise error_from_response(response)
    return response


@contextmanager
def parsing(response: httpx.Response, timezone: datetime.tzinfo | None = None) -> Iterator[None]:
    """Parse timestamps in the site's ``timezone`` (naive without one), and turn a success body that does not
    match the spec into :class:`UnexpectedResponseError`."""
    try:
        with site_timezone(timezone):
            yield
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        request = response.request
        raise UnexpectedResponseError(
            f"the response body does not match the documented shape ({type(error).__name__}: {error})",
            status_code=response.status_code,
            method=request.method,
            url=safe_url(request.url),
            body=response.text[:300],
        ) from error
