"""Fixtures shared by every test package: the recorded exchanges and the bundled spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def json_type(value: Any) -> str:
    """The JSON Schema type name of a decoded JSON value (``bool`` is not an integer here, unlike in Python)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def load_exchanges() -> list[dict[str, Any]]:
    """The exchanges recorded against a live FluentCRM 2.9.84, in the order they were made."""
    with (DATA / "exchanges.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_core_exchanges() -> list[dict[str, Any]]:
    """The exchanges recorded across all 217 routes (``core/``); names get a ``core/`` prefix to stay unique."""
    with (DATA / "core" / "exchanges.jsonl").open(encoding="utf-8") as fh:
        loaded = [json.loads(line) for line in fh if line.strip()]
    return [{**exchange, "name": "core/" + exchange["name"]} for exchange in loaded]


def load_live_exchanges() -> list[dict[str, Any]]:
    """Exchanges recorded by this project against a live FluentCRM 2.9.84 (``live/<area>.jsonl``, same format).

    They settle what ``core/`` does not show; names get a ``live/`` prefix.
    """
    loaded = []
    for path in sorted((DATA / "live").glob("*.jsonl")):
        if path.name.endswith(DEBUGLOG_SUFFIX):
            continue
        with path.open(encoding="utf-8") as fh:
            loaded += [json.loads(line) for line in fh if line.strip()]
    return [{**exchange, "name": "live/" + exchange["name"]} for exchange in loaded]


DEBUGLOG_SUFFIX = ".debuglog.jsonl"


def load_debuglog() -> dict[str, str]:
    """Exchange name (``core/`` or ``live/`` prefixed) → what it wrote to the PHP debug log: the cause of a 500.

    ``core/debuglog.jsonl`` belongs to ``core/exchanges.jsonl``; ``live/<area>.debuglog.jsonl`` to
    ``live/<area>.jsonl``.
    """
    sources = [("core/", DATA / "core" / "debuglog.jsonl")]
    sources += [("live/", path) for path in sorted((DATA / "live").glob("*" + DEBUGLOG_SUFFIX))]
    found: dict[str, str] = {}
    for prefix, path in sources:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    entry = json.loads(line)
                    found[prefix + entry["name"]] = entry["wp_debug_log"]
    return found


@pytest.fixture(scope="session")
def exchanges() -> list[dict[str, Any]]:
    return load_exchanges()


@pytest.fixture(scope="session")
def bundled_spec() -> dict[str, Any]:
    from tools.bundle import bundle

    return bundle(REPO / "spec" / "openapi.yaml")
