"""What a run does, independent of where the values came from (command line, environment or a test)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

DEFAULT_REPORT_DIR = Path("conformance-report")


@dataclass(frozen=True)
class RunOptions:
    """Everything that shapes a run except the target.

    ``destructive`` lets the suite update and delete records it did not create (only sensible against a disposable
    server such as the embedded emulator). ``negative`` adds schema-violating requests and the
    ``negative_data_rejection`` check on the operations whose constraints the server enforces.
    """

    max_examples: int = 25
    seed: int | None = None
    workers: int = 1
    rate_limit: str | None = None
    destructive: bool = False
    negative: bool = False
    # Fail on documented FluentCRM faults (`x-fluentcrm-faults`) instead of listing them apart.
    strict_faults: bool = False
    stateful: bool = True
    # Unit phases to run (the stateful phase is governed by `stateful`).
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing")
    stateful_steps: int = 12
    report_dir: Path = DEFAULT_REPORT_DIR
    # None: bundle `spec/` in memory; otherwise a bundled JSON/YAML file such as generated/openapi/*.json.
    spec_path: Path | None = None
    operations: tuple[str, ...] = ()
    request_timeout: float = 30.0
    progress: bool = True
    cleanup: bool = True
    label: str = "default"

    def replace(self, **changes: object) -> RunOptions:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


# The `ci` profile is what `make test` runs: the embedded emulator (disposable, so destructive and negative
# requests are fine), a fixed seed so two runs send the same requests, and an example budget sized for the whole
# `make test` to stay under ten minutes on two cores. With 225 operations the fuzzing phase dominates and grows with
# `max_examples`: at 50 the run took 220 s (23,603 cases; 155 s of it fuzzing), so 30 saves about a minute, the time
# the openapi-generator check (`python -m sdks`) added to `make test`.
PROFILES: dict[str, RunOptions] = {
    "default": RunOptions(),
    "ci": RunOptions(
        max_examples=30,
        seed=20261126,
        workers=1,
        destructive=True,
        negative=True,
        stateful_steps=10,
        label="ci",
    ),
}
