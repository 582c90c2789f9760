"""Deliberately broken servers: the real emulator wrapped in ASGI middleware that injects one known fault each.

The suite's own tests run a short seeded conformance run against each variant and assert that the fault is
reported by the check meant to catch it. Nothing here edits the emulator; every fault is applied on the wire.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

API = "/wp-json/fluent-crm/v2"
CONTACT_PATH = re.compile(rf"^{API}/subscribers/(\d+)$")


class Captured:
    """A response read in full from the wrapped app, so middleware can inspect and rewrite it."""

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)

    def with_json(self, payload: Any, status: int | None = None) -> Captured:
        body = json.dumps(payload).encode()
        headers = [(k, v) for k, v in self.headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        return Captured(self.status if status is None else status, headers, body)

    async def send_to(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def call(app: ASGIApp, scope: Scope, body: bytes = b"") -> Captured:
    """Call ``app`` with ``scope`` and a complete request body, collecting the whole response."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    start: Message = {}
    parts: list[bytes] = []

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, send)
    return Captured(start.get("status", 500), list(start.get("headers", [])), b"".join(parts))


class Middleware:
    """Buffers each HTTP exchange and lets :meth:`exchange` decide what goes back."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        response = await self.exchange(scope, body)
        await response.send_to(send)

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        return await call(self.app, scope, body)


def _map_json(node: Any, fn: Callable[[str, Any], Any]) -> Any:
    if isinstance(node, dict):
        return {key: fn(key, _map_json(value, fn)) for key, value in node.items()}
    if isinstance(node, list):
        return [_map_json(item, fn) for item in node]
    return node


class IdsAsStrings(Middleware):
    """Every integer ``id`` in a JSON response becomes a string, as the prose documentation shows them."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        response = await call(self.app, scope, body)
        try:
            payload = response.json()
        except ValueError:
            return response
        return response.with_json(
            _map_json(payload, lambda key, value: str(value) if key == "id" and type(value) is int else value)
        )


class MissingRequiredField(Middleware):
    """Contact objects lose their ``email``, a field the spec requires."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        response = await call(self.app, scope, body)
        try:
            payload = response.json()
        except ValueError:
            return response

        def strip(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: strip(v) for k, v in node.items() if not (k == "email" and "hash" in node)}
            if isinstance(node, list):
                return [strip(item) for item in node]
            return node

        return response.with_json(strip(payload))


class UndocumentedStatus(Middleware):
    """Successful creations answer 201 Created; FluentCRM answers 200, and the spec documents only that."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        response = await call(self.app, scope, body)
        if scope["method"] == "POST" and response.status == 200:
            response.status = 201
        return response


class IgnoredAuth(Middleware):
    """Requests without valid credentials are served as if the administrator had sent them."""

    def __init__(self, app: ASGIApp, username: str, password: str) -> None:
        super().__init__(app)
        token = base64.b64encode(f"{username}:{password}".encode())
        self.header = (b"authorization", b"Basic " + token)

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
        return await call(self.app, {**scope, "headers": [*headers, self.header]}, body)


class DeletedStillServed(Middleware):
    """After ``DELETE /subscribers/{id}`` the contact is still served by ``GET /subscribers/{id}``."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self.tombstones: dict[str, Captured] = {}

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        match = CONTACT_PATH.match(scope["path"])
        if match is None:
            return await call(self.app, scope, body)
        contact_id = match.group(1)
        if scope["method"] == "DELETE":
            before = await call(self.app, {**scope, "method": "GET", "query_string": b""})
            response = await call(self.app, scope, body)
            if response.status == 200 and before.status == 200:
                self.tombstones[contact_id] = before
            return response
        if scope["method"] == "GET" and contact_id in self.tombstones:
            return self.tombstones[contact_id]
        return await call(self.app, scope, body)


# WordPress's answer to a PHP fatal in a REST request: JSON when the request sent or asked for JSON, else a page.
CRITICAL_MESSAGE = (
    '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/support/article/'
    'faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>'
)
CRITICAL_JSON = {
    "code": "internal_server_error",
    "message": CRITICAL_MESSAGE,
    "data": {"status": 500},
    "additional_errors": [],
}
CRITICAL_PAGE = (
    '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<title>WordPress &rsaquo; Error</title>\n</head>\n'
    f'<body id="error-page">\n<div class="wp-die-message">{CRITICAL_MESSAGE}</div></body>\n</html>\n'
)


def critical_error(scope: Scope, body: Any = None) -> Captured:
    """The 500 WordPress sends for a PHP fatal, rendered as it would be for this request (``body`` overrides)."""
    headers = {k.lower(): v.decode("latin-1").lower() for k, v in scope["headers"]}
    wants_json = "application/json" in headers.get("accept", "") or headers.get(
        "content-type", ""
    ).startswith("application/json")
    if body is not None or wants_json:
        payload = json.dumps(CRITICAL_JSON if body is None else body).encode()
        content_type = b"application/json; charset=UTF-8"
    else:
        payload = CRITICAL_PAGE.encode()
        content_type = b"text/html; charset=UTF-8"
    headers_out = [(b"content-type", content_type), (b"content-length", str(len(payload)).encode())]
    return Captured(500, headers_out, payload)


TAG_PATH = re.compile(rf"^{API}/tags/(\d+)$")


class FluentCrmTagFaults(Middleware):
    """The tag routes crash exactly where FluentCRM 2.9.84 does: the id ``0`` on read, update and delete, and a
    delete of a tag that does not exist. Everything else is the emulator's answer."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        match = TAG_PATH.match(scope["path"])
        if match is None:
            return await call(self.app, scope, body)
        if match.group(1) == "0":
            return critical_error(scope)
        if scope["method"] == "DELETE":
            before = await call(self.app, {**scope, "method": "GET", "query_string": b""})
            if before.status == 200 and before.json().get("tag") is None:
                return critical_error(scope)
        return await call(self.app, scope, body)


class TagFaultWithOtherBody(Middleware):
    """The id ``0`` crashes as documented, but the answer is not WordPress's critical-error body."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        match = TAG_PATH.match(scope["path"])
        if match is not None and match.group(1) == "0":
            return critical_error(scope, body={"message": "Something else broke"})
        return await call(self.app, scope, body)


class UpdateOfExistingTagCrashes(Middleware):
    """``PUT /tags/{id}`` crashes for tags that exist: a 500 on an operation with documented faults, on a request
    none of them covers."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        match = TAG_PATH.match(scope["path"])
        if match is not None and match.group(1) != "0" and scope["method"] == "PUT":
            before = await call(self.app, {**scope, "method": "GET", "query_string": b""})
            if before.status == 200 and before.json().get("tag") is not None:
                return critical_error(scope)
        return await call(self.app, scope, body)


class TagIndexCrashes(Middleware):
    """``GET /tags`` crashes whatever it is sent: a 500 that no documented fault covers."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        if scope["path"] == f"{API}/tags" and scope["method"] == "GET":
            return critical_error(scope)
        return await call(self.app, scope, body)


class EveryDocRefused(Middleware):
    """``GET /docs/{id}`` answers every id the way the emulator answers only ``0`` (where FluentCRM crashes): a
    400 naming ``id``. The stand-in is documented for ``0`` alone, so a valid id refused must still fail."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        response = await call(self.app, scope, body)
        if scope["method"] == "GET" and re.fullmatch(rf"{API}/docs/\d+", scope["path"]):
            refusal = {
                "code": "rest_invalid_param",
                "message": "Invalid parameter(s): id",
                "data": {"status": 400, "params": {"id": "id must be a documentation article id above 0."}},
            }
            return response.with_json(refusal, status=400)
        return response


class DuplicateLosesTemplates(Middleware):
    """Duplicating a template answers 404 even for one that exists: a record that went missing after creation."""

    async def exchange(self, scope: Scope, body: bytes) -> Captured:
        response = await call(self.app, scope, body)
        if scope["method"] == "POST" and re.fullmatch(rf"{API}/templates/duplicate/\d+", scope["path"]):
            lost = {"message": "No query results for model [FluentCrm\\\\App\\\\Models\\\\Template]."}
            return response.with_json(lost, status=404)
        return response
