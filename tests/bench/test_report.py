"""Rendering of docs/benchmarks.md from the JSON figures."""

from __future__ import annotations

import json

from bench import formatting as fmt
from bench.model import SectionResult, Table, Target
from bench.report import render, render_table


def _document(*sections: SectionResult, quick: bool = False) -> dict:
    return {
        "generated_at": "2026-01-02 03:04:05 UTC",
        "quick": quick,
        "total_duration_s": 12.5,
        "machine": {"cpu_model": "Test CPU", "cores": 2, "memory_mib": 2048, "python": "3.11.7"},
        "sections": {section.key: section.to_json() for section in sections},
    }


def test_table_cells_are_escaped() -> None:
    text = render_table(Table("Caption", ["a", "b"], [["x|y", "two\nlines"]]))
    assert "| x\\|y | two lines |" in text
    assert text.startswith("**Caption**")


def test_section_round_trips_through_json() -> None:
    section = SectionResult(
        "client",
        "Client overhead",
        "now",
        1.0,
        tables=[Table("t", ["c"], [["1"]])],
        targets=[Target("overhead", "≤ 1.2x", "1.05x", True)],
        raw={"figure": 1.5},
    )
    again = SectionResult.from_json(json.loads(json.dumps(section.to_json())))
    assert again == section


def test_render_lists_targets_with_verdicts_and_machine() -> None:
    met = SectionResult(
        "client", "Client overhead", "t1", targets=[Target("overhead", "≤ 1.2x", "1.05x", True)]
    )
    missed = SectionResult(
        "regeneration", "Regeneration", "t2", targets=[Target("no-op", "< 1 s", "1.40 s", False)]
    )
    text = render(_document(met, missed))
    assert "Test CPU, 2 cores, 2.0 GiB memory" in text
    assert "| Client overhead | overhead | ≤ 1.2x | 1.05x | met |" in text
    assert "| Regeneration | no-op | < 1 s | 1.40 s | **missed** |" in text
    assert text.index("## Regeneration") < text.index("## Client overhead")  # fixed section order


def test_render_says_when_a_section_was_not_measured() -> None:
    skipped = SectionResult(
        "emulator", "Emulator under load", "t", skipped="Prerequisite missing: no emulator."
    )
    text = render(_document(skipped))
    assert "**Not measured.** Prerequisite missing: no emulator." in text
    assert "| Emulator under load | — | — | not measured |" in text


def test_quick_runs_are_labelled() -> None:
    assert "Quick mode" in render(_document(quick=True))
    assert "Quick mode" not in render(_document(quick=False))


def test_formatting_of_figures() -> None:
    assert fmt.times(1.234) == "1.23x"
    assert fmt.times(23.45) == "23.4x"
    assert fmt.times(512.3) == "512x"
    assert fmt.seconds(0.4567) == "457 ms"
    assert fmt.seconds(2.5) == "2.50 s"
    assert fmt.ms(3.456) == "3.46 ms"
    assert fmt.rate(1234.5) == "1,234"
    assert fmt.verdict(None) == "not measured"
    assert fmt.mebibytes(2048) == "2.0 MiB"
