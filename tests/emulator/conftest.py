"""Fixtures for the emulator tests: an in-process emulator with an administrator signed in."""

from __future__ import annotations

import base64
import secrets
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette suggests httpx2; httpx is the pinned client
    from starlette.testclient import TestClient

from emulator.app import create_app

PREFIX = "/wp-json/fluent-crm/v2"


class Api:
    """A TestClient bound to the namespace, signed in as an administrator unless told otherwise."""

    def __init__(self, client: TestClient, login: str, password: str) -> None:
        self.client = client
        self.login = login
        self.password = password

    def auth(
        self, login: str | None = None, password: str | None = None, scheme: str = "Basic"
    ) -> dict[str, str]:
        token = f"{login or self.login}:{password or self.password}".encode()
        return {"Authorization": f"{scheme} {base64.b64encode(token).decode()}"}

    def request(self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        url = path if path.startswith(("/wp-json", "/?")) else PREFIX + path
        return self.client.request(
            method, url, headers=headers if headers is not None else self.auth(), **kwargs
        )

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> Any:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def credentials() -> dict[str, str]:
    return {"admin": secrets.token_urlsafe(18), "manager": secrets.token_urlsafe(18)}


@pytest.fixture
def api(credentials: dict[str, str]) -> Iterator[Api]:
    app = create_app(
        db=":memory:",
        users=[
            ("admin", credentials["admin"], "administrator"),
            ("manager", credentials["manager"], "editor"),
        ],
        test_api=True,
        site_url="http://127.0.0.1:8088",
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client, "admin", credentials["admin"])
    app.state.db.close()
