"""Fixtures shared by every test package: the recorded exchanges and the bundled spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def load_exchanges() -> list[dict[str, Any]]:
    """The exchanges recorded against a live FluentCRM 2.9.84, in the order they were made."""
    with (DATA / "exchanges.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def exchanges() -> list[dict[str, Any]]:
    return load_exchanges()


@pytest.fixture(scope="session")
def bundled_spec() -> dict[str, Any]:
    from tools.bundle import bundle

    return bundle(REPO / "spec" / "openapi.yaml")
