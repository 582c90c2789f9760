"""The command line turns missing pieces into "not measured" and merges partial runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import cli
from bench.context import RunContext
from bench.model import MissingPrerequisite, SectionResult, Target


def _measured(context: RunContext) -> SectionResult:
    return SectionResult("client", "Client overhead", context.now(), targets=[Target("t", "g", "1.0x", True)])


def _missing(context: RunContext) -> SectionResult:
    raise MissingPrerequisite("the generated client is not there")


def _broken(context: RunContext) -> SectionResult:
    raise RuntimeError("boom")


@pytest.fixture
def sections(monkeypatch: pytest.MonkeyPatch) -> dict:
    table = {
        "client": ("Client overhead", _measured),
        "emulator": ("Emulator under load", _missing),
        "conformance": ("Conformance suite", _broken),
    }
    monkeypatch.setattr(cli, "SECTIONS", table)
    monkeypatch.setattr(cli.machine, "describe", lambda: {"cpu_model": "Test CPU", "cores": 2})
    return table


def test_missing_prerequisite_is_reported_not_raised(sections: dict, tmp_path: Path) -> None:
    code = cli.main(
        ["--only", "emulator", "--json", str(tmp_path / "b.json"), "--markdown", str(tmp_path / "b.md")]
    )
    assert code == 0
    document = json.loads((tmp_path / "b.json").read_text())
    assert (
        document["sections"]["emulator"]["skipped"]
        == "Prerequisite missing: the generated client is not there."
    )
    assert "**Not measured.** Prerequisite missing" in (tmp_path / "b.md").read_text()


def test_a_broken_section_is_reported_and_fails_the_run(sections: dict, tmp_path: Path) -> None:
    code = cli.main(
        ["--only", "conformance", "--json", str(tmp_path / "b.json"), "--markdown", str(tmp_path / "b.md")]
    )
    assert code == 1
    document = json.loads((tmp_path / "b.json").read_text())
    assert "RuntimeError: boom" in document["sections"]["conformance"]["skipped"]


def test_only_keeps_the_other_sections_of_the_previous_run(sections: dict, tmp_path: Path) -> None:
    paths = ["--json", str(tmp_path / "b.json"), "--markdown", str(tmp_path / "b.md")]
    cli.main(["--only", "client", *paths])
    cli.main(["--only", "emulator", *paths])
    document = json.loads((tmp_path / "b.json").read_text())
    assert set(document["sections"]) == {"client", "emulator"}
    assert document["sections"]["client"]["targets"][0]["measured"] == "1.0x"
