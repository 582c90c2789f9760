"""The shape every benchmark section hands to the report.

Sections return plain data (tables, targets, notes, raw figures) rather than text so that one renderer decides
how Markdown looks, and so that a section's result survives a round trip through ``benchmarks.json``: a run of
one section can then be merged with the other sections of an earlier run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Table:
    """A Markdown table: a caption, column headings and rows of already formatted cells."""

    caption: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Target:
    """A goal the project set itself, with the figure that decides it.

    ``met`` is ``None`` when the figure could not be measured: the report then says so instead of guessing.
    """

    name: str
    goal: str
    measured: str
    met: bool | None


@dataclass
class SectionResult:
    """Everything one section measured, or why it could not measure it."""

    key: str
    title: str
    measured_at: str
    duration_s: float = 0.0
    skipped: str | None = None
    summary: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SectionResult:
        fields = dict(data)
        fields["tables"] = [Table(**table) for table in data.get("tables", [])]
        fields["targets"] = [Target(**target) for target in data.get("targets", [])]
        return cls(**fields)


class MissingPrerequisite(Exception):
    """A piece the section measures (emulator, generated client, conformance suite) is not there yet."""
