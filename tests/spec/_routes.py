"""FluentCRM 2.9.84's route table (``tests/data/core/routes.json``) and how much of it the spec describes.

The table is the plugin's own ``app/Http/Routes/api.php`` at v2.9.84: 217 method/path pairs, ``ANY`` expanded to
WordPress's five methods. It is split into the three route groups the description grows by. A group whose
prefixes are listed in ``COMPLETE_PREFIXES`` must be described in full; the others are checked as far as they go.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from tests.conftest import DATA

#: Route groups by first path segment.
GROUPS: dict[str, tuple[str, ...]] = {
    "contacts": ("subscribers", "companies", "labels", "custom-fields", "tags", "lists", "users"),
    "marketing": ("campaigns", "templates", "funnels", "webhooks", "forms"),
    "platform": ("setting", "reports", "import", "migrators", "docs", "public"),
}

#: First path segments whose every route must be an operation of the spec. Add a prefix when its routes are done.
COMPLETE_PREFIXES: frozenset[str] = frozenset(
    {
        "setting", "reports", "import", "migrators", "docs", "public", "campaigns", "templates",
        "companies", "labels", "custom-fields", "tags", "lists", "users", "subscribers",
        "funnels", "webhooks", "forms",
    }
)

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def template_key(path: str) -> str:
    """A path template with its parameter names dropped, so ``/a/{id}`` and ``/a/{note_id}`` compare equal."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def prefix_of(path: str) -> str:
    return path.strip("/").split("/", 1)[0]


def group_of(path: str) -> str:
    prefix = prefix_of(path)
    return next(group for group, prefixes in GROUPS.items() if prefix in prefixes)


@cache
def route_table() -> tuple[dict[str, Any], ...]:
    """Every registered route, one entry per method (``ANY`` routes give five)."""
    document = json.loads((DATA / "core" / "routes.json").read_text(encoding="utf-8"))
    return tuple({**route, "method": method} for route in document["routes"] for method in route["methods"])


def registered_pairs() -> set[tuple[str, str]]:
    """``(METHOD, template_key)`` of every registered route."""
    return {(route["method"], template_key(route["path"])) for route in route_table()}


def described_pairs(document: dict[str, Any]) -> set[tuple[str, str]]:
    """``(METHOD, template_key)`` of every operation of a bundled document, OPTIONS aside."""
    return {
        (method.upper(), template_key(path))
        for path, item in document["paths"].items()
        for method in item
        if method.upper() in HTTP_METHODS
    }


@cache
def _route_regexes() -> tuple[tuple[re.Pattern[str], dict[str, Any]], ...]:
    compiled = []
    for route in route_table():
        pattern = route["wp_route_regex"].removeprefix("/fluent-crm/v2")
        compiled.append((re.compile("^" + pattern + "$", re.IGNORECASE), route))
    return tuple(compiled)


def route_of(method: str, path: str) -> dict[str, Any] | None:
    """The registered route WordPress would dispatch ``METHOD path`` to, or ``None`` (``rest_no_route``)."""
    bare = path.split("?", 1)[0].rstrip("/") or "/"
    for regex, route in _route_regexes():
        if route["method"] == method.upper() and regex.match(bare):
            return route
    return None
