"""Conformance cases per second: the schemathesis suite against the embedded emulator.

The suite is run as users run it (``python -m conformance``), with a fixed seed and example budget so two runs
do the same work, and the number of cases is read from the suite's own summary rather than assumed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from typing import Any

from bench import formatting as fmt
from bench.context import RunContext
from bench.model import MissingPrerequisite, SectionResult, Table, Target

KEY = "conformance"
TITLE = "Conformance suite"

SEED = 1
MAX_EXAMPLES = 25


def _require(context: RunContext) -> None:
    if not (context.repo / "conformance" / "__main__.py").exists():
        raise MissingPrerequisite("`python -m conformance` does not exist yet (no conformance/__main__.py)")


def _options(help_text: str, max_examples: int) -> list[str]:
    """The fixed-budget options this version of the suite understands."""
    options = []
    if "--seed" in help_text:
        options += ["--seed", str(SEED)]
    if "--max-examples" in help_text:
        options += ["--max-examples", str(max_examples)]
    return options


_CASE_COUNT = re.compile(r"(\d[\d,]*)\s+(?:test\s+)?cases?\b", re.IGNORECASE)


def count_cases(output: str) -> int | None:
    """The largest "<n> cases" figure the suite printed, or ``None`` when it printed none."""
    counts = [int(match.group(1).replace(",", "")) for match in _CASE_COUNT.finditer(output)]
    return max(counts) if counts else None


def run(context: RunContext) -> SectionResult:
    result = SectionResult(KEY, TITLE, context.now())
    _require(context)
    base = [sys.executable, "-m", "conformance"]
    help_text = subprocess.run(
        [*base, "--help"], check=False, capture_output=True, text=True, cwd=context.repo
    ).stdout
    options = _options(help_text, 5 if context.quick else MAX_EXAMPLES)
    command = [*base, *options]
    started = time.perf_counter()
    completed = subprocess.run(
        command, check=False, capture_output=True, text=True, cwd=context.repo, timeout=600
    )
    elapsed = time.perf_counter() - started
    output = completed.stdout + "\n" + completed.stderr
    cases = count_cases(output)
    if cases is None and completed.returncode != 0:
        last = (output.strip().splitlines() or ["no output"])[-1]
        raise MissingPrerequisite(
            f"`python -m conformance` exited with {completed.returncode} before running a case ({last})"
        )
    raw: dict[str, Any] = {
        "command": " ".join(["python -m conformance", *options]),
        "exit_code": completed.returncode,
        "seconds": elapsed,
        "cases": cases,
        "cases_per_s": cases / elapsed if cases else None,
        "output_tail": output.strip().splitlines()[-15:],
    }
    result.raw = raw
    table = Table(
        "One run of the suite against the embedded emulator", ["command", "exit", "cases", "time", "cases/s"]
    )
    table.rows.append(
        [
            f"`{raw['command']}`",
            str(completed.returncode),
            str(cases or "—"),
            fmt.seconds(elapsed),
            fmt.rate(raw["cases_per_s"]),
        ]
    )
    result.tables.append(table)
    result.targets.append(
        Target(
            "conformance throughput",
            "reported (no fixed goal)",
            f"{fmt.rate(raw['cases_per_s'])} cases/s",
            None,
        )
    )
    if cases is None:
        result.notes.append("The suite printed no case count, so cases per second could not be derived.")
    if completed.returncode != 0:
        result.notes.append(
            f"The suite exited with {completed.returncode} (conformance failures do not invalidate the timing)."
        )
    return result
