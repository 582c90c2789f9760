"""Command line: run the benchmark sections and write the report.

A missing piece (no emulator, no generated client yet) turns its section into an explicit "not measured" entry
instead of an error, so ``make bench`` always produces a truthful report; a section that breaks for any other
reason is reported too, and makes the command exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import client, conformance, emulator_load, machine, regeneration, report
from bench.context import REPO, RunContext
from bench.model import MissingPrerequisite, SectionResult

SECTIONS: dict[str, tuple[str, Callable[[RunContext], SectionResult]]] = {
    regeneration.KEY: (regeneration.TITLE, regeneration.run),
    client.KEY: (client.TITLE, client.run),
    emulator_load.KEY: (emulator_load.TITLE, emulator_load.run),
    conformance.KEY: (conformance.TITLE, conformance.run),
}


def run_section(key: str, context: RunContext) -> tuple[SectionResult, bool]:
    """Run one section; returns its result and whether it broke unexpectedly."""
    title, runner = SECTIONS[key]
    started = time.perf_counter()
    broke = False
    try:
        result = runner(context)
    except MissingPrerequisite as exc:
        result = SectionResult(
            key, title, context.now(), skipped=f"Prerequisite missing: {str(exc).rstrip('.')}."
        )
    except Exception as exc:  # noqa: BLE001 - the report must still be written, with the reason
        traceback.print_exc()
        result = SectionResult(
            key, title, context.now(), skipped=f"The harness failed: {type(exc).__name__}: {exc}"
        )
        broke = True
    result.duration_s = time.perf_counter() - started
    return result, broke


def _previous(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only", action="append", choices=sorted(SECTIONS), help="run only this section (repeatable)"
    )
    parser.add_argument("--quick", action="store_true", help="shrink every workload to try the harness")
    parser.add_argument("--json", type=Path, default=REPO / "docs" / "benchmarks.json")
    parser.add_argument("--markdown", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)

    context = RunContext(quick=args.quick)
    keys = args.only or list(SECTIONS)
    document = _previous(args.json) if args.only else {}
    if document.get("quick", args.quick) != args.quick:
        document = {}  # never mix quick figures with full ones
    document.setdefault("sections", {})
    started = time.perf_counter()
    load_at_start = machine.load_average()
    broken = []
    for key in keys:
        print(f"bench: {key} ...", file=sys.stderr, flush=True)
        result, broke = run_section(key, context)
        document["sections"][key] = result.to_json()
        state = f"not measured ({result.skipped})" if result.skipped else "done"
        print(f"bench: {key} {state} in {result.duration_s:.1f} s", file=sys.stderr, flush=True)
        if broke:
            broken.append(key)
    document.update(
        {
            "generated_at": context.now(),
            "command": "python -m bench" + "".join(f" --only {key}" for key in args.only or []),
            "quick": args.quick,
            "machine": machine.describe(),
            "total_duration_s": time.perf_counter() - started,
            "load_average": {"start": load_at_start, "end": machine.load_average()},
        }
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(document, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    args.markdown.write_text(report.render(document), encoding="utf-8")
    print(f"bench: wrote {args.markdown} and {args.json}", file=sys.stderr)
    return 1 if broken else 0
