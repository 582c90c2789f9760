"""What a run found, grouped the way a reader wants it: by operation, then by check."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conformance.faults import Fault

EXAMPLES_PER_FAILURE = 3


@dataclass
class FailureExample:
    phase: str
    title: str
    message: str
    status_code: int | None
    # The requests that reproduce the failure, oldest first, as curl commands with credentials redacted.
    reproduction: list[str]


@dataclass
class FailureGroup:
    """All failures of one check on one operation that share a title (e.g. "Undocumented status code")."""

    operation: str
    check: str
    title: str
    count: int = 0
    examples: list[FailureExample] = field(default_factory=list)

    def add(self, example: FailureExample) -> None:
        self.count += 1
        known = {(e.message, tuple(e.reproduction)) for e in self.examples}
        if (
            len(self.examples) < EXAMPLES_PER_FAILURE
            and (example.message, tuple(example.reproduction)) not in known
        ):
            self.examples.append(example)


@dataclass
class KnownFaultExample:
    status_code: int
    # The request, as a curl command with credentials redacted.
    reproduction: str


@dataclass
class KnownFaultGroup:
    """Every answer of one operation that was one documented FluentCRM fault."""

    fault: Fault
    count: int = 0
    examples: list[KnownFaultExample] = field(default_factory=list)

    def add(self, example: KnownFaultExample) -> None:
        self.count += 1
        if len(self.examples) < EXAMPLES_PER_FAILURE and example not in self.examples:
            self.examples.append(example)


@dataclass
class Results:
    target: str = ""
    run_id: str = ""
    seed: int | None = None
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: dict[tuple[str, str, str], FailureGroup] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    operations: dict[str, str] = field(default_factory=dict)  # label -> "METHOD /path"
    requests: int = 0
    cases: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    created: dict[str, int] = field(default_factory=dict)
    cleanup_problems: list[str] = field(default_factory=list)
    guard_notes: list[str] = field(default_factory=list)
    # Stateful phase: how often each OpenAPI link was followed, by its transition id.
    links_followed: Counter[str] = field(default_factory=Counter)
    # Documented FluentCRM faults that occurred, by (operation, fault id). They fail the run only when
    # `strict_faults` is set, and then through the failures the guard keeps.
    known_faults: dict[tuple[str, str], KnownFaultGroup] = field(default_factory=dict)
    strict_faults: bool = False

    def record_check(self, operation: str, check: str, ok: bool) -> None:
        (self.passed if ok else self.failed)[(operation, check)] += 1

    def record_failure(self, operation: str, check: str, example: FailureExample) -> None:
        key = (operation, check, example.title)
        group = self.failures.get(key)
        if group is None:
            group = self.failures[key] = FailureGroup(operation=operation, check=check, title=example.title)
        group.add(example)

    def record_known_fault(self, fault: Fault, example: KnownFaultExample) -> None:
        key = (fault.operation, fault.id)
        group = self.known_faults.get(key)
        if group is None:
            group = self.known_faults[key] = KnownFaultGroup(fault=fault)
        group.add(example)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors and not self.interrupted and not self.cleanup_problems

    def failed_checks(self) -> set[tuple[str, str]]:
        """(operation, check) pairs with at least one failure, the unit the suite's own tests assert on."""
        return {(group.operation, group.check) for group in self.failures.values()}

    def checks_by_operation(self) -> dict[str, dict[str, tuple[int, int]]]:
        table: dict[str, dict[str, tuple[int, int]]] = {}
        for key in sorted(set(self.passed) | set(self.failed)):
            operation, check = key
            table.setdefault(operation, {})[check] = (self.passed[key], self.failed[key])
        return table

    @property
    def cases_per_second(self) -> float:
        return self.cases / self.elapsed if self.elapsed else 0.0
