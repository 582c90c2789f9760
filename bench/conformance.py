"""Conformance cases per second: the schemathesis suite against the embedded emulator.

The suite is run as users run it (``python -m conformance``), with a fixed seed and example budget so two runs
do the same work, and the number of cases is read from the suite's own summary rather than assumed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from typing import Any

from bench import formatting as fmt
from bench.context import RunContext
from bench.model import MissingPrerequisite, SectionResult, Table

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


_SUMMARY = re.compile(
    r"(?P<cases>\d[\d,]*) cases \((?P<requests>\d[\d,]*) requests\) in (?P<seconds>[\d.]+) s"
)
_CASE_COUNT = re.compile(r"(?<![\d.])(\d[\d,]*)\s+(?:test\s+)?cases?\b", re.IGNORECASE)


def suite_summary(output: str) -> dict[str, float] | None:
    """The suite's own closing line: ``<n> cases (<m> requests) in <s> s``."""
    match = _SUMMARY.search(output)
    if match is None:
        return None
    return {
        "cases": int(match["cases"].replace(",", "")),
        "requests": int(match["requests"].replace(",", "")),
        "seconds": float(match["seconds"]),
    }


def count_cases(output: str) -> int | None:
    """The number of cases: from the suite's summary line, else the largest "<n> cases" figure printed."""
    summary = suite_summary(output)
    if summary is not None:
        return int(summary["cases"])
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
    if "--quiet" in help_text:
        options.append("--quiet")
    with tempfile.TemporaryDirectory(prefix="fluentcrm-bench-conformance-") as report_dir:
        extra = ["--report-dir", report_dir] if "--report-dir" in help_text else []
        started = time.perf_counter()
        completed = subprocess.run(
            [*base, *options, *extra],
            check=False,
            capture_output=True,
            text=True,
            cwd=context.repo,
            timeout=600,
        )
        elapsed = time.perf_counter() - started
    output = completed.stdout + "\n" + completed.stderr
    cases = count_cases(output)
    if cases is None and completed.returncode != 0:
        last = (output.strip().splitlines() or ["no output"])[-1]
        raise MissingPrerequisite(
            f"`python -m conformance` exited with {completed.returncode} before running a case ({last})"
        )
    summary = suite_summary(output)
    raw: dict[str, Any] = {
        "command": " ".join(["python -m conformance", *options]),
        "exit_code": completed.returncode,
        "wall_s": elapsed,
        "cases": cases,
        "cases_per_s_wall": cases / elapsed if cases else None,
        "suite_summary": summary,
        "cases_per_s_suite": summary["cases"] / summary["seconds"]
        if summary and summary["seconds"]
        else None,
    }
    result.raw = raw
    table = Table(
        "One run of the suite against its embedded emulator (fixed seed and example budget)",
        [
            "command",
            "exit",
            "cases",
            "requests",
            "suite time",
            "cases/s (suite)",
            "whole command",
            "cases/s (whole)",
        ],
    )
    table.rows.append(
        [
            f"`{raw['command']}`",
            str(completed.returncode),
            f"{cases:,}" if cases else "—",
            f"{int(summary['requests']):,}" if summary else "—",
            fmt.seconds(summary["seconds"]) if summary else "—",
            fmt.rate(raw["cases_per_s_suite"]),
            fmt.seconds(elapsed),
            fmt.rate(raw["cases_per_s_wall"]),
        ]
    )
    result.tables.append(table)
    result.summary.append(
        f"{fmt.rate(raw['cases_per_s_suite'] or raw['cases_per_s_wall'])} cases/s "
        f"({cases:,} cases in one seeded run)"
        if cases
        else "no case count"
    )
    result.notes.append(
        '"Suite time" is the suite\'s own measurement of its test phase; "whole command" adds interpreter '
        "start-up, schema loading and starting the embedded emulator."
    )
    if cases is None:
        result.notes.append("The suite printed no case count, so cases per second could not be derived.")
    if completed.returncode != 0:
        result.notes.append(
            f"The suite exited with {completed.returncode}: it found conformance failures (see `make conformance`); "
            "they do not invalidate the timing."
        )
    return result
