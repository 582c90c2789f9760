"""Authentication and authorisation on every FluentCRM route, as WordPress 6.1 answers them."""

from __future__ import annotations

import re

import pytest

from emulator.auth import Authenticator, make_user
from emulator.routes import routes
from tests.emulator.conftest import Api

FORBIDDEN = "Sorry, you are not allowed to do that."


def _concrete(pattern: str) -> str:
    """A path the route matches: every named parameter (digits, or the unconstrained contact id) becomes 1."""
    return re.sub(r"\(\?P<\w+>(?:\[\^\\s\(\?!/\)\]\+|[^)]*)\)", "1", pattern)


# Public routes (the bounce handler) let everyone in; tests/emulator/test_platform.py covers them.
ROUTE_CALLS = [
    (method, _concrete(route.pattern)) for route in routes() if not route.public for method in route.handlers
]


@pytest.mark.parametrize(("method", "path"), ROUTE_CALLS)
def test_anonymous_and_wrong_credentials_get_401_everywhere(api: Api, method: str, path: str) -> None:
    for headers in (
        {},
        api.auth(password="not-the-password"),
        api.auth(login="nobody"),
        {"Authorization": "Bearer abcdef"},
        {"Authorization": f"BASIC admin:{api.password}"},
        {"Authorization": "Basic !!!not-base64!!!"},
    ):
        response = api.request(method, path, headers=headers)
        assert response.status_code == 401, (method, path, headers.keys())
        assert response.json() == {"code": "rest_forbidden", "message": FORBIDDEN, "data": {"status": 401}}
        assert "allow" not in response.headers


@pytest.mark.parametrize(("method", "path"), ROUTE_CALLS)
def test_non_administrators_get_403_everywhere(
    api: Api, credentials: dict[str, str], method: str, path: str
) -> None:
    response = api.request(method, path, headers=api.auth("manager", credentials["manager"]))
    assert response.status_code == 403
    assert response.json() == {"code": "rest_forbidden", "message": FORBIDDEN, "data": {"status": 403}}


def test_lowercase_scheme_and_spaced_application_password_work(api: Api) -> None:
    assert api.get("/subscribers", headers=api.auth(scheme="basic")).status_code == 200
    spaced = " ".join(api.password[i : i + 4] for i in range(0, len(api.password), 4))
    assert api.get("/subscribers", headers=api.auth(password=spaced)).status_code == 200


def test_wrong_method_is_404_even_without_credentials(api: Api) -> None:
    response = api.request("PATCH", "/subscribers", headers={})
    assert response.status_code == 404
    assert response.json()["code"] == "rest_no_route"


def test_options_lists_methods_without_authentication(api: Api) -> None:
    response = api.request("OPTIONS", "/subscribers/5", headers={})
    assert response.status_code == 200
    assert response.headers["allow"] == "GET, DELETE, PUT"
    assert response.json()["methods"] == ["GET", "DELETE", "PUT"]


def test_namespace_index_has_no_permission_check(api: Api) -> None:
    response = api.get("/wp-json/fluent-crm/v2", headers=api.auth(password="wrong"))
    assert response.status_code == 200
    assert response.json()["namespace"] == "fluent-crm/v2"


def test_passwords_never_show_in_reprs() -> None:
    secret = "Sup3rSecretAppPassw0rd1"
    user = make_user("admin", secret)
    assert secret not in repr(user)
    assert secret not in repr(Authenticator([user]))
    assert user.check(secret) and not user.check(secret + "x")
    assert secret.encode() not in user.digest


def test_served_emulator_repr_hides_the_password() -> None:
    from emulator.testing import serve

    with serve() as srv:
        assert srv.password not in repr(srv)
        assert len(srv.password) == 24
        assert srv.base_url.endswith("/wp-json/fluent-crm/v2")
