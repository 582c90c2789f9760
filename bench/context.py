"""Settings shared by every section of one benchmark run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class RunContext:
    """``quick`` shrinks every workload so the harness itself can be tried in seconds; its figures are not
    comparable with a full run and the report says so."""

    repo: Path = REPO
    quick: bool = False

    @staticmethod
    def now() -> str:
        return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
