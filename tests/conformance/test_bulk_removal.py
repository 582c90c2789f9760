"""A record the run deletes with a bulk action is gone on purpose: its 404 afterwards is no lost resource, while a
record that vanishes without being deleted still fails ``ensure_resource_availability``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conformance import variants
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(300)

TEMPLATE_OPERATIONS = (
    "listTemplates",
    "createTemplate",
    "getTemplate",
    "duplicateTemplate",
    "deleteTemplate",
    "templateBulkAction",
    "updateTemplate",
)


def test_templates_deleted_in_bulk_are_not_reported_missing(spec: dict[str, Any], tmp_path: Path) -> None:
    # With this seed the stateful phase creates a template, deletes it with `delete_templates` and then follows
    # the creation's link to duplicate it (a run that ignores bulk deletions fails here).
    with emulator_target() as target:
        results = short_run(
            target, spec, TEMPLATE_OPERATIONS, tmp_path, max_examples=25, seed=1, destructive=False
        )
    assert results.ok, sorted(results.failed_checks()) + results.errors


def test_a_template_that_vanishes_still_fails(spec: dict[str, Any], tmp_path: Path) -> None:
    with emulator_target(lambda app, user, password: variants.DuplicateLosesTemplates(app)) as target:
        results = short_run(
            target,
            spec,
            ("createTemplate", "duplicateTemplate"),
            tmp_path,
            max_examples=10,
            destructive=False,
        )
    assert ("duplicateTemplate", "ensure_resource_availability") in results.failed_checks(), sorted(
        results.failed_checks()
    )
