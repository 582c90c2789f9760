"""The schemathesis configuration a run is built with, and cleanup when a run is interrupted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance import collect
from conformance.credentials import Secret
from conformance.options import PROFILES, RunOptions
from conformance.settings import build_config
from conformance.target import Target
from tests.conformance.conftest import emulator_target, short_run

TARGET = Target("http://127.0.0.1:1/wp-json/fluent-crm/v2", "u", Secret("not-a-real-password"))


def test_safe_defaults_and_opt_in_modes() -> None:
    safe = build_config(RunOptions(), TARGET).projects.default
    assert [mode.value for mode in safe.generation.modes] == ["positive"]
    assert safe.generation.allow_extra_parameters is False
    assert not safe.checks.unsupported_method.enabled
    assert not safe.checks.negative_data_rejection.enabled
    assert safe.phases.coverage.unexpected_methods == {"get", "options", "patch"}

    bold = build_config(RunOptions(negative=True, destructive=True, rate_limit="5/s", workers=2), TARGET)
    project = bold.projects.default
    assert {mode.value for mode in project.generation.modes} == {"positive", "negative"}
    assert project.rate_limit is not None and project.workers == 2
    assert "delete" in project.phases.coverage.unexpected_methods


def test_ci_profile_is_seeded() -> None:
    ci = PROFILES["ci"]
    assert ci.seed is not None and ci.destructive and ci.negative
    assert build_config(ci, TARGET).seed == ci.seed


@pytest.mark.timeout(120)
def test_interrupted_run_still_removes_what_it_created(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handled = 0
    original = collect.Collector.handle

    def interrupt_after_a_while(self: collect.Collector, event: Any) -> None:
        nonlocal handled
        handled += 1
        if handled == 40:
            raise KeyboardInterrupt
        original(self, event)

    monkeypatch.setattr(collect.Collector, "handle", interrupt_after_a_while)
    with emulator_target() as target:
        results = short_run(target, spec, ("createContact", "createTag", "createList"), tmp_path)
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        contacts = client.get("/subscribers", params={"search": "conformance+"}).json()["subscribers"][
            "total"
        ]
        tags = client.get("/tags").json()["tags"]["total"]
        lists = len(client.get("/lists").json()["lists"])
        client.close()
    assert results.interrupted and not results.ok
    assert sum(results.created.values()) > 0
    assert results.cleanup_problems == []
    assert (contacts, tags, lists) == (0, 0, 0)


def test_operation_selection_drops_operations_and_dangling_links(spec: dict[str, Any]) -> None:
    from conformance.runner import select_operations

    only = select_operations(spec, keep={"createTag", "getTag"}, drop=set())
    ids = {
        op["operationId"] for item in only["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    assert ids == {"createTag", "getTag"}
    links = only["paths"]["/tags"]["post"]["responses"]["200"].get("links", {})
    assert {link["operationId"] for link in links.values()} <= {"getTag"}
    safe = select_operations(spec, keep=None, drop={"updateContactCustomFields"})
    assert "put" not in safe["paths"]["/custom-fields/contacts"]


def test_embedded_emulator_hides_only_the_probe_warning() -> None:
    import logging

    from conformance.target import embedded_emulator

    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    server_log = logging.getLogger("uvicorn.error")
    handler = Keep()
    try:
        with embedded_emulator():
            # Attached once the server runs: uvicorn's logging set-up replaces the logger's handlers.
            server_log.addHandler(handler)
            server_log.warning("Invalid HTTP request received.")
            server_log.warning("something else")
        server_log.warning("Invalid HTTP request received.")
    finally:
        server_log.removeHandler(handler)
    assert seen == ["something else", "Invalid HTTP request received."]
