"""Which recorded exchanges the spec must describe, shared by the truth and precision checks."""

from __future__ import annotations

from typing import Any

from tests.conftest import load_exchanges

#: Credentials that authenticate as an administrator, the only role the free plugin lets in.
ADMIN_AUTH = frozenset({"admin", "admin_lower"})


def is_no_route(exchange: dict[str, Any]) -> bool:
    body = exchange["response"]["body"]
    return isinstance(body, dict) and body.get("code") == "rest_no_route"


def must_be_described(exchange: dict[str, Any]) -> bool:
    """Administrator exchanges and every authentication/permission failure, whoever sent it."""
    return exchange["request"]["auth"] in ADMIN_AUTH or exchange["response"]["status"] in (401, 403)


def described_exchanges() -> list[dict[str, Any]]:
    return [exchange for exchange in load_exchanges() if must_be_described(exchange)]
