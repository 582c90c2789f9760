"""Render ``docs/benchmarks.md`` from the raw figures in ``docs/benchmarks.json``.

The Markdown is a pure function of the JSON document, so a partial run (``--only``) can merge its section into
the previous figures and re-render everything consistently.
"""

from __future__ import annotations

from typing import Any

from bench import formatting as fmt
from bench.model import SectionResult, Table

SECTION_ORDER = ("regeneration", "client", "emulator", "conformance")


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def render_table(table: Table) -> str:
    lines = [f"**{table.caption}**", "", "| " + " | ".join(_escape(c) for c in table.columns) + " |"]
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    for row in table.rows:
        lines.append("| " + " | ".join(_escape(cell) for cell in row) + " |")
    return "\n".join(lines)


def _machine(machine: dict[str, Any]) -> str:
    memory = f"{machine['memory_mib'] / 1024:.1f} GiB" if machine.get("memory_mib") else "unknown"
    return (
        f"{machine.get('cpu_model', 'unknown CPU')}, {machine.get('cores', '?')} cores, {memory} memory, "
        f"{machine.get('implementation', 'Python')} {machine.get('python', '?')} on {machine.get('platform', '?')}"
    )


def _load(document: dict[str, Any]) -> str:
    load = document.get("load_average") or {}
    if load.get("start") is None:
        return ""
    return (
        f"; one-minute load average {load['start']} at the start and {load.get('end')} at the end "
        f"({document.get('machine', {}).get('cores', '?')} cores): other work on the machine shows up as noise"
    )


def ordered_sections(document: dict[str, Any]) -> list[SectionResult]:
    sections = document.get("sections", {})
    keys = [key for key in SECTION_ORDER if key in sections] + sorted(set(sections) - set(SECTION_ORDER))
    return [SectionResult.from_json(sections[key]) for key in keys]


def render_section(section: SectionResult) -> str:
    parts = [f"## {section.title}", ""]
    if section.skipped:
        parts += [f"**Not measured.** {section.skipped}", "", f"_Attempted {section.measured_at}._", ""]
        return "\n".join(parts)
    parts += [f"_Measured {section.measured_at}, in {fmt.seconds(section.duration_s)}._", ""]
    for line in section.summary:
        parts += [line, ""]
    for table in section.tables:
        parts += [render_table(table), ""]
    if section.targets:
        parts.append("Targets:")
        parts.append("")
        for target in section.targets:
            parts.append(
                f"- {target.name}: goal {target.goal}; measured {target.measured} — {fmt.verdict(target.met)}"
            )
        parts.append("")
    for note in section.notes:
        parts += [f"> {note}", ""]
    return "\n".join(parts)


def _summary(sections: list[SectionResult]) -> str:
    table = Table("Targets at a glance", ["section", "target", "goal", "measured", "verdict"])
    for section in sections:
        if section.skipped:
            table.rows.append([section.title, "—", "—", "not measured", section.skipped])
            continue
        if not section.targets:
            figure = section.summary[0] if section.summary else "see below"
            table.rows.append([section.title, "—", "no target set", figure, "reported"])
        for target in section.targets:
            table.rows.append(
                [section.title, target.name, target.goal, target.measured, fmt.verdict(target.met)]
            )
    return render_table(table)


def render(document: dict[str, Any]) -> str:
    sections = ordered_sections(document)
    quick = (
        "\n**Quick mode**: every workload was shrunk to try the harness; these figures are not comparable with a "
        "full run.\n"
        if document.get("quick")
        else ""
    )
    header = f"""# Benchmarks

Speed and scale figures for the toolkit, produced by `make bench` (`python -m bench`); the raw figures are in
[`benchmarks.json`](benchmarks.json). Every comparison is measured side by side in one run and stated as a ratio,
so it stays meaningful on another machine even when the absolute numbers do not.
{quick}
- Machine: {_machine(document.get("machine", {}))}
- Run: {document.get("generated_at", "?")} (total {fmt.seconds(document.get("total_duration_s"))}){_load(document)}
- Rerun one section: `python -m bench --only regeneration|client|emulator|conformance` (the others keep their
  figures from the previous run, with their own dates). This file is written by the benchmark; edit `bench/`
  instead.

How each figure is taken:

- **Regeneration**: whole commands timed with `time.perf_counter` around `subprocess.run`, interleaved round by
  round, median reported. `python -m tools generate` runs in a temporary copy of the repository, first without
  `generated/` (from scratch), then again with nothing changed (no-op); the bare `openapi-python-client generate`
  reads the same bundled document.
- **Client overhead**: the same four requests (list 15 contacts, get one, create a tag, delete it) through raw
  httpx and through the generated client, one persistent connection each, rounds alternating A-B / B-A, against
  the emulator running as a separate process on 127.0.0.1.
- **Emulator under load**: `fluentcrm-emulator seed` fills a temporary database, `fluentcrm-emulator serve` runs
  it as a separate process, and a small `http.client` load generator replays the real server's method (10
  warm-up requests, then 200 sequential requests, a new TCP connection each), plus a kept-alive connection,
  4 concurrent clients, and reads that each follow an untimed write. The emulator keeps counts, id lists and
  finished GET responses until the next write, so the reference method's 200 identical requests mostly measure
  that cache; the reads after a write measure the work a first request really costs. Both are compared with the
  real server, whose figures are copied from the FluentCRM 2.9.84 recordings' findings.
- **Conformance**: one `python -m conformance` run with a fixed seed and example budget; the case count comes
  from the suite's own summary.
"""
    body = "\n".join(render_section(section) for section in sections)
    return f"{header}\n{_summary(sections)}\n\n{body}".rstrip() + "\n"
