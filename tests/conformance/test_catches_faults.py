"""Proof that the suite bites: each deliberately broken emulator is reported by the check meant to catch it,
and the same run against the unmodified emulator does not report that check."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from conformance.report import markdown
from tests.conformance import variants
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(180)

# (variant id, middleware factory, operations to run, expected (operation, check) among the failures)
CASES: list[tuple[str, Any, tuple[str, ...], tuple[str, str]]] = [
    (
        "ids-as-strings",
        lambda app, user, password: variants.IdsAsStrings(app),
        ("createTag", "getTag"),
        ("getTag", "response_schema_conformance"),
    ),
    (
        "missing-required-field",
        lambda app, user, password: variants.MissingRequiredField(app),
        ("createContact", "getContact"),
        ("createContact", "response_schema_conformance"),
    ),
    (
        "undocumented-status",
        lambda app, user, password: variants.UndocumentedStatus(app),
        ("createTag",),
        ("createTag", "status_code_conformance"),
    ),
    (
        "ignored-auth",
        lambda app, user, password: variants.IgnoredAuth(app, user, password),
        ("listTags",),
        ("listTags", "ignored_auth"),
    ),
    (
        "deleted-still-served",
        lambda app, user, password: variants.DeletedStillServed(app),
        ("createContact", "getContact", "deleteContact"),
        ("getContact", "use_after_free"),
    ),
]


@pytest.mark.parametrize(("name", "wrap", "operations", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_variant_is_reported_by_the_right_check(
    name: str,
    wrap: Any,
    operations: tuple[str, ...],
    expected: tuple[str, str],
    spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    # The spec links each delete back to its read, so a plain seeded run follows create -> delete -> read.
    with emulator_target(wrap) as target:
        results = short_run(target, spec, operations, tmp_path)
    assert expected in results.failed_checks(), (
        f"{name}: expected {expected} among {sorted(results.failed_checks())}"
    )
    group = next(g for g in results.failures.values() if (g.operation, g.check) == expected)
    reproduction = group.examples[0].reproduction
    # One command a line; a stateful failure shows the chain that led to it, each step once.
    assert all(step.startswith("curl ") and "\n" not in step for step in reproduction), reproduction
    if expected[1] == "use_after_free":
        methods = [step.split()[2] for step in reproduction]
        assert methods[0] == "POST" and methods[-2:] == ["DELETE", "GET"], reproduction
        assert methods.count("POST") == methods.count("DELETE") == 1, reproduction
    # Reproductions name the credentials only through environment variables.
    secret = target.password.reveal()
    token = base64.b64encode(f"{target.username}:{secret}".encode()).decode()
    rendered = markdown(results)
    assert secret not in rendered and token not in rendered
    assert '-u "$FLUENTCRM_USERNAME:$FLUENTCRM_APP_PASSWORD"' in rendered
    assert not results.ok


def test_the_same_runs_pass_against_the_real_emulator(spec: dict[str, Any], tmp_path: Path) -> None:
    operations = tuple(sorted({op for case in CASES for op in case[2]}))
    with emulator_target() as target:
        results = short_run(target, spec, operations, tmp_path)
    caught = {case[3] for case in CASES}
    assert not caught & results.failed_checks()
    assert results.ok, sorted(results.failed_checks()) + results.errors
    assert results.cases > 0 and not results.cleanup_problems
    # The stateful phase followed the spec's links from a creation to reading the created record.
    assert any(
        link.startswith("POST /subscribers") and "GET /subscribers/{id}" in link
        for link in results.links_followed
    )
