"""The ASGI application: WordPress's REST dispatch in front of the FluentCRM handlers.

The order of checks follows WordPress: find the route (404 ``rest_no_route`` for an unknown path or method),
answer ``OPTIONS`` without authentication, reject a broken JSON body (400), then authenticate (401 for anonymous
callers, 403 for non-administrators) and only then run the handler. Every answer is JSON with
``charset=UTF-8``; routes that matched and were allowed carry an ``Allow`` header.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import Receive, Scope, Send

from emulator import errors
from emulator.auth import ADMINISTRATOR, Authenticator, User, make_user
from emulator.context import Context, Reply
from emulator.form_data import UploadedFile, multipart_files, multipart_query
from emulator.phpparams import parse_php_query
from emulator.response_cache import CachedBody, ResponseCache, with_bench
from emulator.routes import build_router, namespace_index, options_body
from emulator.routing import PREFIX, Router
from emulator.storage import Database

log = logging.getLogger("emulator")
MAX_BODY_BYTES = 16 * 1024 * 1024
JSON_TYPE = "application/json; charset=UTF-8"
UserSpec = tuple[str, str] | tuple[str, str, str]


def _json_bytes(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def php_json(value: Any) -> Any:
    """A JSON body as PHP's ``json_decode($body, true)`` holds it: an empty object becomes an empty array
    (both are ``[]`` to PHP), which is what FluentCRM later echoes back."""
    if isinstance(value, dict):
        return {key: php_json(item) for key, item in value.items()} if value else []
    if isinstance(value, list):
        return [php_json(item) for item in value]
    return value


def json_response(status: int, body: Any, allow: str | None = None, raw: bytes | None = None) -> Response:
    headers = {"Allow": allow} if allow else {}
    content = raw if raw is not None else _json_bytes(body)
    return Response(content=content, status_code=status, headers=headers, media_type=JSON_TYPE)


class FluentCrmEmulator:
    """The raw ASGI callable; :func:`create_app` wraps it in Starlette for lifespan and exception handling."""

    def __init__(
        self, db: Database, authenticator: Authenticator, *, test_api: bool, site_url: str | None
    ) -> None:
        self.db = db
        self.authenticator = authenticator
        self.router: Router = build_router()
        self.site_url = site_url
        self.responses = ResponseCache()
        self.test_api = None
        if test_api:
            from emulator.testapi import TestApi

            self.test_api = TestApi(db)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            response = await self.dispatch(request)
        except Exception:  # the server must stay up whatever a handler does
            log.exception("unhandled error for %s %s", request.method, request.url.path)
            response = json_response(
                500,
                {
                    "code": "internal_server_error",
                    "message": "The emulator could not complete the request.",
                    "data": {"status": 500},
                    "additional_errors": [],
                },
            )
        await response(scope, receive, send)

    def _site_url(self, request: Request) -> str:
        if self.site_url:
            return self.site_url.rstrip("/")
        host = request.headers.get("host") or "127.0.0.1"
        return f"{request.url.scheme}://{host}"

    async def dispatch(self, request: Request) -> Response:
        path = request.url.path
        raw_query = request.url.query
        fallback = False
        if path.rstrip("/") in ("", "/index.php") and "rest_route=" in raw_query:
            pairs = parse_qsl(raw_query, keep_blank_values=True)
            rest_route = next((value for key, value in pairs if key == "rest_route"), "")
            raw_query = urlencode([(k, v) for k, v in pairs if k != "rest_route"])
            path = "/wp-json" + ("/" + rest_route.lstrip("/") if rest_route else "/")
            fallback = True
        if self.test_api is not None and path.startswith(self.test_api.PREFIX):
            return await self.test_api.handle(
                request, path[len(self.test_api.PREFIX) :], self.authenticate(request)
            )
        if path.rstrip("/") == PREFIX:
            if request.method in ("GET", "HEAD"):
                return json_response(200, namespace_index(self._site_url(request)), allow="GET")
            raise_response = errors.no_route()
            return json_response(raise_response.status, raise_response.body)
        if not path.startswith(PREFIX + "/"):
            error = errors.no_route()
            return json_response(error.status, error.body)
        route_path = path[len(PREFIX) :]
        if len(route_path) > 1 and route_path.endswith("/"):
            route_path = route_path[:-1]
        matched = self.router.match(route_path)
        method = "GET" if request.method == "HEAD" else request.method
        if matched is None or (method not in matched[0].handlers and method != "OPTIONS"):
            error = errors.no_route()
            return json_response(error.status, error.body)
        route, path_params = matched
        if method == "OPTIONS":
            return json_response(
                200, options_body(route, self._site_url(request) + PREFIX + route_path), allow=route.allow
            )
        user = self.authenticate(request)
        allowed = route.public or (user is not None and user.is_admin)
        allow = route.allow if allowed else None
        try:
            context = await self._context(request, raw_query, path_params, user, fallback, route_path)
        except errors.ApiError as error:
            return json_response(error.status, error.body, allow=allow)
        if not allowed:
            denied = errors.forbidden(401 if user is None else 403)
            return json_response(denied.status, denied.body)
        cache_key: tuple[object, ...] | None = None
        self.db.notice_outside_writes()
        generation = self.db.generation
        if method == "GET" and route.cacheable and not context.body and context.json_body is None:
            login = user.login if user is not None else None
            cache_key = (route.pattern, route_path, raw_query, context.site_url, login, fallback)
            hit = self.responses.get(cache_key, generation)
            if hit is not None:
                return self._finish(hit.status, hit.content, hit.bench, context.started, route.allow)
        handler = route.handlers[method]
        try:
            # Handlers run on the event loop: their SQLite work takes well under a millisecond, and skipping the
            # hop to a worker thread is worth a quarter of the per-request time. Writers still take the lock.
            reply: Reply = handler(context)
        except errors.ApiError as error:
            return json_response(error.status, error.body, allow=route.allow if error.allow_header else None)
        content = reply.raw if reply.raw is not None else _json_bytes(reply.body)
        bench = reply.bench and isinstance(reply.body, dict)
        if cache_key is not None:
            self.responses.put(cache_key, CachedBody(generation, reply.status, content, bench))
        return self._finish(reply.status, content, bench, context.started, route.allow)

    @staticmethod
    def _finish(status: int, content: bytes, bench: bool, started: float, allow: str) -> Response:
        if bench:
            content = with_bench(content, round(time.perf_counter() - started, 6) or 0.000001)
        return Response(content=content, status_code=status, headers={"Allow": allow}, media_type=JSON_TYPE)

    def authenticate(self, request: Request) -> User | None:
        return self.authenticator.authenticate(request.headers.get("authorization"))

    async def _context(
        self,
        request: Request,
        raw_query: str,
        path_params: dict[str, str],
        user: User | None,
        fallback: bool,
        route_path: str,
    ) -> Context:
        started = time.perf_counter()
        query = parse_php_query(raw_query)
        received = bytearray()
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise errors.wp_error(413, "rest_request_too_large", "The request body is too large.")
        async for chunk in request.stream():
            received += chunk
            if len(received) > MAX_BODY_BYTES:
                raise errors.wp_error(413, "rest_request_too_large", "The request body is too large.")
        body_bytes = bytes(received)
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        body: dict[str, Any] = {}
        json_body: Any = None
        files: dict[str, UploadedFile] = {}
        if body_bytes.strip():
            if content_type == "application/json" or content_type.endswith("+json"):
                try:
                    json_body = php_json(json.loads(body_bytes))
                except (ValueError, UnicodeDecodeError, RecursionError):
                    # PHP's json_decode gives up beyond 512 levels of nesting, which WordPress reports the same way.
                    raise errors.invalid_json() from None
                if isinstance(json_body, dict):
                    body = json_body
                elif isinstance(json_body, list):
                    body = {str(index): value for index, value in enumerate(json_body)}
            elif content_type in ("application/x-www-form-urlencoded", ""):
                try:
                    body = parse_php_query(body_bytes.decode("utf-8"))
                except UnicodeDecodeError:
                    body = parse_php_query(body_bytes.decode("latin-1"))
            elif content_type == "multipart/form-data":
                body = parse_php_query(multipart_query(body_bytes, request.headers.get("content-type", "")))
                files = multipart_files(body_bytes, request.headers.get("content-type", ""))
        params = {**query, **body, **path_params}
        return Context(
            method=request.method,
            path_params=path_params,
            query=query,
            body=body,
            json_body=json_body,
            files=files,
            params=params,
            db=self.db,
            user=user,  # type: ignore[arg-type]  # checked before the handler runs (None only on public routes)
            site_url=self._site_url(request),
            paginator_path="" if fallback else PREFIX + route_path,
            started=started,
        )


def _users(specs: Iterable[UserSpec] | None) -> list[User]:
    users = []
    for spec in specs or ():
        login, password, *rest = spec
        users.append(make_user(login, password, rest[0] if rest else ADMINISTRATOR))
    return users


def register_wp_users(db: Database, users: Sequence[User]) -> None:
    """Mirror the configured users into ``wp_users`` so contacts with their e-mail link to them."""
    with db.write() as conn:
        for user in users:
            # Update in place when the login exists, so WordPress user ids stay stable across restarts.
            updated = conn.execute(
                "UPDATE wp_users SET email = ?, role = ? WHERE login = ?", (user.email, user.role, user.login)
            )
            if updated.rowcount == 0:
                conn.execute(
                    "INSERT INTO wp_users (login, email, role) VALUES (?, ?, ?)",
                    (user.login, user.email, user.role),
                )


def create_app(
    db: str | Path | Database = ":memory:",
    users: Iterable[UserSpec] | None = None,
    test_api: bool = False,
    site_url: str | None = None,
) -> Starlette:
    """Build the emulator.

    ``db`` is a SQLite path, ``":memory:"`` or an open :class:`Database`; ``users`` are
    ``(login, application_password[, role])`` tuples (role defaults to ``administrator``); ``test_api`` mounts the
    test-support routes under ``/wp-json/fluentcrm-emulator/v1``. ``site_url`` fixes the host used in ``photo``
    and link fields (default: the host the request was sent to).
    """
    database = db if isinstance(db, Database) else Database(db)
    user_list = _users(users)
    register_wp_users(database, user_list)
    emulator = FluentCrmEmulator(database, Authenticator(user_list), test_api=test_api, site_url=site_url)
    app = Starlette(routes=[Mount("/", app=emulator)])
    # Mount's pattern stops at a line break, so a path holding an encoded newline would get Starlette's plain-text
    # 404; the emulator answers it instead, like WordPress (JSON `rest_no_route`).
    app.router.default = emulator
    app.state.emulator = emulator
    app.state.db = database
    return app
