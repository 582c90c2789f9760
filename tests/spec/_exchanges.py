"""Which recorded exchanges the spec must describe, shared by the truth and precision checks."""

from __future__ import annotations

from functools import cache
from typing import Any

from tests.conftest import REPO, load_core_exchanges, load_exchanges, load_live_exchanges
from tests.spec._routes import COMPLETE_PREFIXES, described_pairs, prefix_of, route_of, template_key

#: Credentials that authenticate as an administrator, the only role the free plugin lets in.
ADMIN_AUTH = frozenset({"admin", "admin_lower"})


def is_no_route(exchange: dict[str, Any]) -> bool:
    body = exchange["response"]["body"]
    return isinstance(body, dict) and body.get("code") == "rest_no_route"


def must_be_described(exchange: dict[str, Any]) -> bool:
    """Administrator exchanges and every authentication/permission failure, whoever sent it."""
    return exchange["request"]["auth"] in ADMIN_AUTH or exchange["response"]["status"] in (401, 403)


@cache
def _described_routes() -> frozenset[tuple[str, str]]:
    from tools.bundle import bundle

    return frozenset(described_pairs(bundle(REPO / "spec" / "openapi.yaml")))


def core_exchange_in_scope(exchange: dict[str, Any]) -> bool:
    """A core exchange counts once its route is an operation of the spec or its route group is finished.

    Exchanges that reach no registered route always count: WordPress's ``rest_no_route`` is described.
    """
    request = exchange["request"]
    route = route_of(request["method"], request["path"])
    if route is None:
        return True
    key = (route["method"], template_key(route["path"]))
    return key in _described_routes() or prefix_of(route["path"]) in COMPLETE_PREFIXES


def described_exchanges() -> list[dict[str, Any]]:
    """The exchanges of ``exchanges.jsonl``, and those of ``core/`` and ``live/`` whose route is in scope."""
    selected = [exchange for exchange in load_exchanges() if must_be_described(exchange)]
    selected += [
        exchange
        for exchange in [*load_core_exchanges(), *load_live_exchanges()]
        if must_be_described(exchange) and core_exchange_in_scope(exchange)
    ]
    return selected
