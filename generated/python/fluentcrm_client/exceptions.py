"""Typed exceptions for every way a FluentCRM call can fail.

FluentCRM answers errors in three shapes (WordPress ``{code, message, data: {status}}``, FluentCRM's own
``{message}``, and validation ``{field: {rule: message}}``); :func:`error_from_response` reads all three, so callers
catch by meaning (``NotFoundError``, ``ValidationError``...) instead of parsing bodies.

Nothing here ever stores request headers: the Basic credentials cannot end up in a message, a repr or a log line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "FluentCRMError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "QueryError",
    "RateLimitError",
    "RedirectError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "error_from_response",
]

FieldErrors = dict[str, dict[str, str]]
_MAX_TEXT = 300


class FluentCRMError(Exception):
    """Base class of every error raised by this package."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        field_errors: FieldErrors | None = None,
        method: str | None = None,
        url: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        #: HTTP status of the response, ``None`` when no response arrived.
        self.status_code = status_code
        #: WordPress error code (``rest_forbidden``, ``rest_no_route``...), ``None`` for FluentCRM's own errors.
        self.code = code
        #: Field → rule → message: FluentCRM's validation errors as sent, or the parameters WordPress rejected
        #: (``data.params``) under the WordPress error code.
        self.field_errors: FieldErrors = field_errors or {}
        self.method = method
        self.url = url
        #: The decoded JSON body (or the text when it was not JSON).
        self.body = body

    def __str__(self) -> str:
        parts = []
        if self.status_code is not None:
            parts.append(str(self.status_code))
        if self.code:
            parts.append(f"[{self.code}]")
        parts.append(self.message)
        if self.method and self.url:
            parts.append(f"({self.method} {self.url})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, message={self.message!r})"


class ConfigurationError(FluentCRMError, ValueError):
    """The client was created without a base URL or credentials."""


class InvalidArgumentError(FluentCRMError, ValueError):
    """An argument the spec rules out (``per_page=0``, an id below the minimum): raised before anything is sent."""


class APIConnectionError(FluentCRMError):
    """No usable response arrived (connection refused or reset), even after the configured retries."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout, even after the configured retries."""


class UnexpectedResponseError(FluentCRMError):
    """A success status whose body does not have the documented shape."""


class APIStatusError(FluentCRMError):
    """The server answered with an error status (4xx or 5xx)."""

    status_code: int


class BadRequestError(APIStatusError):
    """400: a parameter has a value the server cannot use (sent by the FluentCRM emulator, not by FluentCRM)."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong credentials (WordPress treats a wrong application password as anonymous)."""

    HINT = (
        "check the user name and the application password (Users > Profile > Application Passwords; "
        "the account password is not accepted)"
    )

    def __str__(self) -> str:
        return f"{super().__str__()}: {self.HINT}"


class PermissionDeniedError(APIStatusError):
    """403: the user is authenticated but may not use this route (non-admins need FluentCRM Pro)."""


class NotFoundError(APIStatusError):
    """The record (or the route) does not exist.

    FluentCRM says "missing" in several ways: 404 ``No query results...``, 422 ``Subscriber not found``, 200 with
    ``{"tag": null}`` or an empty body, even a 500 from a crash. Each operation declares its way in the spec
    (``x-python-sdk.missing``), and every one of them is raised as this exception; :attr:`status_code` and
    :attr:`body` keep what the server really sent. :attr:`record_missing` is false only for an unknown route
    (``rest_no_route``: a wrong base URL or an id that is not a number).
    """

    @property
    def record_missing(self) -> bool:
        return self.code != "rest_no_route"


class RedirectError(APIStatusError):
    """3xx: the server sent the request elsewhere. The client does not follow redirects, because the retried
    request would lose its method and body, and a wrong base URL should be fixed rather than bounced every time.
    :attr:`location` names the target."""

    location: str | None = None


class ValidationError(APIStatusError):
    """422: the server rejected the input; :attr:`field_errors` says which fields broke which rules."""


class QueryError(APIStatusError):
    """423: FluentCRM caught an exception, typically an SQL error from an unknown sort column or a bad date."""


class RateLimitError(APIStatusError):
    """429: too many requests (sent by proxies and security plugins in front of WordPress)."""


class ServerError(APIStatusError):
    """5xx: the server failed, for example a PHP fatal error."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    423: QueryError,
    429: RateLimitError,
}


def _is_field_errors(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and bool(body)
        and all(
            isinstance(rules, dict) and rules and all(isinstance(text, str) for text in rules.values())
            for rules in body.values()
        )
    )


def _wordpress_param_errors(body: Mapping[str, Any], code: str | None) -> FieldErrors:
    """WordPress names the rejected parameters in ``data.params`` (``rest_invalid_param``: name → reason;
    ``rest_missing_callback_param``: a list of names). They become field errors keyed by the error code, the
    same shape as FluentCRM's own ``{field: {rule: message}}``."""
    data = body.get("data")
    params = data.get("params") if isinstance(data, Mapping) else None
    rule = code or "invalid"
    if isinstance(params, Mapping):
        return {str(name): {rule: str(reason)} for name, reason in params.items()}
    if isinstance(params, list):
        return {str(name): {rule: str(body["message"])} for name in params}
    return {}


def _decode(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def safe_url(url: httpx.URL) -> str:
    """The URL without user information, so it can be shown anywhere."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def redirect_error(response: httpx.Response) -> RedirectError:
    """A 3xx answer, named with its target and what to change in the base URL."""
    request = response.request
    location = response.headers.get("Location")
    target = str(request.url.join(location)) if location else None
    if target:
        advice = (
            f"the server redirects {safe_url(request.url)} to {safe_url(httpx.URL(target))}: "
            "use the redirect's scheme, host and site path in base_url"
        )
    else:
        advice = "the server answered with a redirect without a Location header: check base_url"
    error = RedirectError(
        advice,
        status_code=response.status_code,
        method=request.method,
        url=safe_url(request.url),
        body=_decode(response) if response.content else None,
    )
    error.location = safe_url(httpx.URL(target)) if target else None
    return error


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the exception matching an error ``response``'s status, with the details of its body."""
    if response.is_redirect or 300 <= response.status_code < 400:
        return redirect_error(response)
    body = _decode(response)
    code: str | None = None
    field_errors: FieldErrors = {}
    if isinstance(body, Mapping) and isinstance(body.get("message"), str):
        message = body["message"]
        code = body.get("code") if isinstance(body.get("code"), str) else None
        field_errors = _wordpress_param_errors(body, code)
    elif _is_field_errors(body):
        field_errors = {field: dict(rules) for field, rules in body.items()}
        message = "; ".join(f"{field}: {text}" for field, rules in field_errors.items() for text in rules.values())
    else:
        text = body if isinstance(body, str) else json.dumps(body)
        message = text.strip()[:_MAX_TEXT] or response.reason_phrase or "error"
    return _build(_BY_STATUS.get(response.status_code), response, message, code, field_errors, body)


def not_found_error(response: httpx.Response) -> NotFoundError:
    """:class:`NotFoundError` for an answer the operation declares as its way of saying "missing", whatever its
    status; the server's message (when it sent one), status and body are kept."""
    body = _decode(response) if response.content.strip() else None
    message = "the record does not exist"
    code: str | None = None
    if isinstance(body, Mapping) and isinstance(body.get("message"), str):
        message = f"the record does not exist (the server said: {body['message'][:_MAX_TEXT]})"
        code = body.get("code") if isinstance(body.get("code"), str) else None
    elif body is None:
        message = "the record does not exist (the server answered with an empty body)"
    error = _build(NotFoundError, response, message, code, {}, body)
    assert isinstance(error, NotFoundError)
    return error


def _build(
    cls: type[APIStatusError] | None,
    response: httpx.Response,
    message: str,
    code: str | None,
    field_errors: FieldErrors,
    body: Any,
) -> APIStatusError:
    status = response.status_code
    cls = cls or (ServerError if status >= 500 else APIStatusError)
    request = response.request
    return cls(
        message,
        status_code=status,
        code=code,
        field_errors=field_errors,
        method=request.method,
        url=safe_url(request.url),
        body=body,
    )
