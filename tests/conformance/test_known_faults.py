"""FluentCRM's documented faults are reported apart and pass; anything else that looks like them still fails.

Each server here is the emulator behind middleware that crashes the way WordPress does (`variants.critical_error`):
where the spec documents the crash as a known fault, and in three ways it does not (another operation, another
request, another body).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conformance.faults import FaultCatalogue, Request
from conformance.known_faults import KnownFaults
from conformance.report import junit_xml, markdown, terminal_summary
from tests.conformance import variants
from tests.conformance.conftest import emulator_target, short_run

pytestmark = pytest.mark.timeout(180)

TAG_OPERATIONS = ("createTag", "getTag", "updateTag", "deleteTag")


def test_documented_faults_are_listed_and_do_not_fail_the_run(spec: dict[str, Any], tmp_path: Path) -> None:
    with emulator_target(lambda app, user, password: variants.FluentCrmTagFaults(app)) as target:
        results = short_run(target, spec, TAG_OPERATIONS, tmp_path)
    assert results.ok, sorted(results.failed_checks()) + results.errors
    seen = set(results.known_faults)
    assert {("getTag", "id-zero"), ("deleteTag", "id-zero")} <= seen, seen
    assert ("deleteTag", "missing-tag") in seen, seen
    rendered = markdown(results)
    assert "## Known FluentCRM faults" in rendered
    assert "They do not fail the run" in rendered
    group = results.known_faults[("deleteTag", "id-zero")]
    assert group.count >= 1 and group.examples[0].reproduction.startswith("curl -X DELETE")
    assert "/tags/0" in group.examples[0].reproduction
    assert "$FLUENTCRM_APP_PASSWORD" in group.examples[0].reproduction
    assert target.password.reveal() not in rendered + terminal_summary(results) + junit_xml(results)
    assert 'name="known-fault id-zero"' in junit_xml(results)


def test_strict_faults_make_the_same_faults_fail(spec: dict[str, Any], tmp_path: Path) -> None:
    with emulator_target(lambda app, user, password: variants.FluentCrmTagFaults(app)) as target:
        results = short_run(target, spec, TAG_OPERATIONS, tmp_path, strict_faults=True)
    assert not results.ok
    assert ("deleteTag", "not_a_server_error") in results.failed_checks()
    assert ("deleteTag", "id-zero") in results.known_faults
    assert "They fail this run (`--strict-faults`)" in markdown(results)


@pytest.mark.parametrize(
    ("variant", "operations", "expected"),
    [
        (variants.TagIndexCrashes, ("listTags",), ("listTags", "not_a_server_error")),
        (
            variants.UpdateOfExistingTagCrashes,
            ("createTag", "updateTag"),
            ("updateTag", "not_a_server_error"),
        ),
        (variants.TagFaultWithOtherBody, ("getTag", "deleteTag"), ("deleteTag", "not_a_server_error")),
    ],
    ids=["undocumented-5xx", "request-not-covered", "documented-fault-other-body"],
)
def test_a_5xx_that_is_not_a_documented_fault_fails(
    variant: Any, operations: tuple[str, ...], expected: tuple[str, str], spec: dict[str, Any], tmp_path: Path
) -> None:
    with emulator_target(lambda app, user, password: variant(app)) as target:
        results = short_run(target, spec, operations, tmp_path)
    assert not results.ok
    assert expected in results.failed_checks(), sorted(results.failed_checks())
    assert expected[0] not in {operation for operation, _ in results.known_faults}


def test_the_emulator_answer_in_place_of_a_fault_is_known_only_for_the_faulting_request(
    spec: dict[str, Any],
) -> None:
    catalogue = FaultCatalogue(spec)
    zero = Request({"path.id": "0"})
    fault = catalogue.stand_in("getDoc", 400, zero)
    assert fault is not None and fault.id == "id-zero"
    assert catalogue.stand_in("getDoc", 400, Request({"path.id": "12"})) is None  # a valid id refused
    assert catalogue.stand_in("getDoc", 404, zero) is None  # not the documented answer
    assert catalogue.stand_in("getDocs", 400, zero) is None  # another operation


def test_a_valid_request_refused_like_a_fault_still_fails(spec: dict[str, Any], tmp_path: Path) -> None:
    with emulator_target(lambda app, user, password: variants.EveryDocRefused(app)) as target:
        results = short_run(target, spec, ("getDoc",), tmp_path, max_examples=15)
    assert ("getDoc", "positive_data_acceptance") in results.failed_checks(), sorted(results.failed_checks())


def test_the_guard_asks_for_the_stand_in_with_the_request_it_sent(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    import schemathesis

    from conformance.results import Results

    operation = schemathesis.openapi.from_dict(spec)["/docs/{id}"]["GET"]
    known = KnownFaults(FaultCatalogue(spec), Results(), strict=False)
    for sent, status, expected in (("0", 400, True), ("12", 400, False), ("0", 500, False)):
        case = operation.Case(path_parameters={"id": sent})
        answer = SimpleNamespace(status_code=status)
        assert known.is_stand_in("getDoc", case, answer) is expected, (sent, status)
