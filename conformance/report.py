"""Render :class:`Results` for people (terminal, Markdown) and for CI (JUnit XML)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conformance import policy
from conformance.results import FailureGroup, Results

MARKDOWN_NAME = "report.md"
JUNIT_NAME = "junit.xml"


def _verdict(results: Results) -> str:
    if results.interrupted:
        return "INTERRUPTED"
    return "PASSED" if results.ok else "FAILED"


def _headline(results: Results) -> str:
    return (
        f"{results.cases} cases ({results.requests} requests) in {results.elapsed:.1f} s, "
        f"{results.cases_per_second:.1f} cases/s; {len(results.failures)} distinct failures"
    )


def terminal_summary(results: Results) -> str:
    lines = ["", f"Conformance {_verdict(results)}: {_headline(results)}", f"  target: {results.target}"]
    lines.append(
        f"  run id: {results.run_id}   seed: {results.seed if results.seed is not None else 'random'}"
    )
    lines.append("")
    table = results.checks_by_operation()
    width = max((len(op) for op in table), default=10)
    for operation, checks in table.items():
        failed = [check for check, (_, bad) in checks.items() if bad]
        total = sum(good + bad for good, bad in checks.values())
        mark = "FAIL" if failed else "ok  "
        detail = f"failing: {', '.join(failed)}" if failed else f"{len(checks)} checks, {total} verdicts"
        lines.append(f"  {mark} {operation:<{width}}  {results.operations.get(operation, ''):<36} {detail}")
    for group in _ordered(results):
        example = group.examples[0]
        lines += ["", f"  [{group.check}] {group.operation}: {group.title} ({group.count}x, {example.phase})"]
        lines += [f"      {line}" for line in example.message.splitlines()[:6]]
        lines += ["      reproduce:"] + [f"        {step}" for step in example.reproduction]
    lines += _known_faults_terminal(results)
    for error in results.errors:
        lines += ["", f"  error: {error.splitlines()[0] if error else ''}"]
    lines += ["", _housekeeping_line(results)]
    return "\n".join(lines)


# The terminal names this many cleanup problems; report.md lists them all.
TERMINAL_CLEANUP_PROBLEMS = 5


def _housekeeping_line(results: Results, *, limit: int | None = TERMINAL_CLEANUP_PROBLEMS) -> str:
    created = ", ".join(f"{count} {kind}" for kind, count in results.created.items())
    problems = results.cleanup_problems
    if problems:
        shown = problems if limit is None else problems[:limit]
        more = len(problems) - len(shown)
        tail = f"; ... {more} more in {MARKDOWN_NAME}" if more else ""
        return f"  cleanup INCOMPLETE (created {created}): " + "; ".join(shown) + tail
    return f"  created and removed: {created}"


def _fault_verdict(results: Results) -> str:
    return (
        "they fail this run (`--strict-faults`)"
        if results.strict_faults
        else "they do not fail the run; `--strict-faults` makes them fail"
    )


def _known_faults_terminal(results: Results) -> list[str]:
    if not results.known_faults:
        return []
    total = sum(group.count for group in results.known_faults.values())
    lines = [
        "",
        f"  known FluentCRM faults: {total} answers, {len(results.known_faults)} faults ({_fault_verdict(results)})",
    ]
    for (operation, fault_id), group in sorted(results.known_faults.items()):
        lines.append(f"    {operation} · {fault_id} ({group.count}x): {group.fault.summary}")
        lines.append(f"      reproduce: {group.examples[0].reproduction}")
    return lines


def _known_faults_markdown(results: Results) -> list[str]:
    out = ["## Known FluentCRM faults", ""]
    if not results.known_faults:
        return [*out, "None occurred.", ""]
    out += [
        "Answers that the spec documents as faults of FluentCRM itself (`x-fluentcrm-faults`): the request is one the",
        f"fault is known to crash on and the answer is the documented one. {_fault_verdict(results).capitalize()}.",
        "",
        "| operation | fault | trigger | cause | seen on | count |",
        "|---|---|---|---|---|---|",
    ]
    ordered = sorted(results.known_faults.items())
    for (operation, fault_id), group in ordered:
        fault = group.fault
        out.append(
            f"| `{operation}` | `{fault_id}`: {fault.summary} | {fault.describe_trigger()} | {fault.cause} | "
            f"{', '.join(fault.seen_on)} | {group.count} |"
        )
    out.append("")
    for (operation, fault_id), group in ordered:
        out += [f"### `{operation}` · `{fault_id}`", ""]
        for example in group.examples:
            out += [f"HTTP {example.status_code}:", "", "```sh", example.reproduction, "```", ""]
    return out


def _ordered(results: Results) -> list[FailureGroup]:
    return sorted(results.failures.values(), key=lambda g: (g.operation, g.check, g.title))


def markdown(results: Results) -> str:
    out = [
        "# Conformance report",
        "",
        f"**{_verdict(results)}**: {_headline(results)}.",
        "",
        f"- Target: {results.target}",
        f"- Run id: `{results.run_id}` (every record the run created carries it)",
        f"- Seed: `{results.seed}`" if results.seed is not None else "- Seed: random",
        "",
        "## Checks by operation",
        "",
        "Each cell is *passed / failed* verdicts of that check on that operation.",
        "",
    ]
    table = results.checks_by_operation()
    checks = sorted({check for row in table.values() for check in row})
    out.append("| operation | request | " + " | ".join(f"`{c}`" for c in checks) + " |")
    out.append("|---|---|" + "---|" * len(checks))
    for operation, row in table.items():
        cells = []
        for check in checks:
            good, bad = row.get(check, (0, 0))
            cells.append("–" if not (good or bad) else (f"**{good} / {bad}**" if bad else f"{good} / 0"))
        out.append(
            f"| `{operation}` | `{results.operations.get(operation, '')}` | " + " | ".join(cells) + " |"
        )
    out += ["", "## Failures", ""]
    if not results.failures:
        out.append("None.")
    for group in _ordered(results):
        out += [f"### `{group.operation}` · `{group.check}` · {group.title} ({group.count}×)", ""]
        for number, example in enumerate(group.examples, 1):
            status = f"HTTP {example.status_code}" if example.status_code is not None else "no response"
            out += [
                f"Example {number} ({example.phase} phase, {status}):",
                "",
                "```text",
                example.message,
                "```",
                "",
            ]
            out += ["```sh", *example.reproduction, "```", ""]
    out += _known_faults_markdown(results)
    out += ["## Links followed in the stateful phase", ""]
    if results.links_followed:
        out += ["| link | times |", "|---|---|"]
        out += [f"| `{link}` | {count} |" for link, count in sorted(results.links_followed.items())]
    else:
        out.append("None (the stateful phase was off or the spec has no links).")
    out.append("")
    if results.errors:
        out += ["## Errors", ""] + [f"- {error}" for error in results.errors] + [""]
    out += ["## Check policy", "", "| deviation from the defaults | why |", "|---|---|"]
    out += [f"| {what} | {why} |" for what, why in policy.describe()]
    out += ["", "## Housekeeping", "", _housekeeping_line(results, limit=None).strip()]
    out += [f"- {note}" for note in results.guard_notes]
    out += [
        "",
        "The curl commands read the credentials from `FLUENTCRM_USERNAME` and `FLUENTCRM_APP_PASSWORD`;",
        "no credential is written to this report.",
        "",
    ]
    return "\n".join(out)


def junit_xml(results: Results) -> str:
    suite = ET.Element(
        "testsuite",
        name="fluentcrm-conformance",
        time=f"{results.elapsed:.3f}",
    )
    tests = failures = errors = 0
    for operation, row in results.checks_by_operation().items():
        for check, (_good, bad) in row.items():
            tests += 1
            case = ET.SubElement(suite, "testcase", classname=f"conformance.{operation}", name=check)
            if bad:
                failures += 1
                groups = [
                    g for g in results.failures.values() if g.operation == operation and g.check == check
                ]
                text = []
                for group in groups:
                    example = group.examples[0]
                    text += [f"{group.title} ({group.count}x)", example.message, *example.reproduction, ""]
                element = ET.SubElement(case, "failure", message="; ".join(g.title for g in groups))
                element.text = "\n".join(text)
    for (operation, fault_id), fault_group in sorted(results.known_faults.items()):
        tests += 1
        case = ET.SubElement(
            suite, "testcase", classname=f"conformance.{operation}", name=f"known-fault {fault_id}"
        )
        # A documented fault is listed as skipped (it is the server's bug, not drift) unless the run is strict,
        # where the failures it caused are already counted above.
        ET.SubElement(
            case,
            "skipped",
            message=f"known FluentCRM fault, {fault_group.count}x: {fault_group.fault.summary}",
        )
    for name, problems in (("run", results.errors), ("cleanup", results.cleanup_problems)):
        tests += 1
        case = ET.SubElement(suite, "testcase", classname="conformance.housekeeping", name=name)
        if problems:
            errors += 1
            ET.SubElement(case, "error", message=problems[0].splitlines()[0]).text = "\n".join(problems)
    if results.interrupted:
        tests += 1
        errors += 1
        case = ET.SubElement(suite, "testcase", classname="conformance.housekeeping", name="completed")
        ET.SubElement(case, "error", message="the run was interrupted")
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def write_reports(results: Results, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ((MARKDOWN_NAME, markdown(results)), (JUNIT_NAME, junit_xml(results))):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
