"""How long ``python -m tools generate`` takes, against bare ``openapi-python-client generate``.

Three commands are timed as whole processes, interleaved round by round so that a noisy neighbour hurts all of
them alike:

* a full regeneration from scratch, in a temporary copy of the repository with no ``generated/`` folder (and no
  cache the tool may have left beside it), so the real ``generated/`` is never touched;
* a no-op regeneration right after it, with nothing changed;
* the bare generator with its default settings on the same bundled document.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import formatting as fmt
from bench.context import RunContext
from bench.model import MissingPrerequisite, SectionResult, Table, Target
from bench.regeneration_hints import profile_hint, stage_breakdown
from bench.stats import median, ratio

KEY = "regeneration"
TITLE = "Regeneration"

NOOP_GOAL_S = 1.0
FULL_RATIO_GOAL = 1.5
BUNDLED_DOCUMENT = Path("generated/openapi/fluentcrm.openapi.json")
# The one setting the document needs: sort_type offers both `ASC` and `asc`, which the default StrEnum mode
# rejects as duplicate keys. Everything else (post hooks running ruff, package metadata) stays at its default.
BARE_CONFIG = "literal_enums: true\n"

_NEVER_COPIED = {
    ".git",
    ".venv",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
    ".emulator",
    "build",
    "dist",
    "conformance-report",
}


def _not_copied(repo: Path) -> Any:
    """``copytree`` filter: caches everywhere, and the top-level ``generated/`` the run must rebuild."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        skipped = {name for name in names if name in _NEVER_COPIED or name.endswith((".egg-info", ".pyc"))}
        if Path(directory) == repo:
            skipped.add("generated")
        return skipped

    return ignore


@dataclass(frozen=True)
class Timed:
    seconds: float
    returncode: int
    error: str


def _time(command: list[str], cwd: Path, env: dict[str, str], timeout_s: float = 300) -> Timed:
    started = time.perf_counter()
    completed = subprocess.run(
        command, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout_s
    )
    elapsed = time.perf_counter() - started
    error = "" if completed.returncode == 0 else (completed.stderr.strip() or completed.stdout.strip())[-600:]
    return Timed(elapsed, completed.returncode, error)


_VOLATILE = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"}


def _tree_snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every generated file's size and modification time: cheap, and enough to notice a benchmark that wrote
    into the real ``generated/`` by mistake. Caches that tools drop beside the files are ignored."""
    snapshot: dict[str, tuple[int, int]] = {}
    if root.exists():
        for path in root.rglob("*"):
            parts = set(path.relative_to(root).parts)
            if parts & _VOLATILE or any(part.endswith(".egg-info") for part in parts) or not path.is_file():
                continue
            stat = path.stat()
            snapshot[path.relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return snapshot


def _changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def _environment() -> dict[str, str]:
    """The venv's ``bin`` first on ``PATH`` so both generators find the same ``ruff``."""
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
    }


def _require(repo: Path) -> None:
    if not (repo / "tools" / "__main__.py").exists():
        raise MissingPrerequisite("`python -m tools` does not exist yet (no tools/__main__.py)")
    if not (repo / BUNDLED_DOCUMENT).exists():
        raise MissingPrerequisite(f"the bundled document {BUNDLED_DOCUMENT} has not been generated yet")
    if not Path(sys.executable).with_name("openapi-python-client").exists():
        raise MissingPrerequisite("the openapi-python-client command is not installed")


def _clear_outputs(copy: Path, original_entries: set[str]) -> None:
    """Remove ``generated/`` and anything else the tool created in the copy (caches), so the next run starts
    from scratch."""
    for entry in copy.iterdir():
        if entry.name not in original_entries:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()


def _bare_command(document: Path, output: Path, config: Path) -> list[str]:
    return [
        str(Path(sys.executable).with_name("openapi-python-client")),
        "generate",
        "--path",
        str(document),
        "--output-path",
        str(output),
        "--overwrite",
        "--config",
        str(config),
    ]


def measure(repo: Path, rounds: int, with_hints: bool) -> dict[str, Any]:
    """Time the three commands ``rounds`` times, interleaved; add hints when the full run misses its goal."""
    env = _environment()
    before = _tree_snapshot(repo / "generated")
    tool = [sys.executable, "-m", "tools", "generate"]
    samples: dict[str, list[Timed]] = {"full": [], "noop": [], "bare": []}
    created: set[str] = set()
    hints: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="fluentcrm-regen-") as scratch:
        copy = Path(scratch) / "repo"
        shutil.copytree(repo, copy, ignore=_not_copied(repo), symlinks=True)
        original_entries = {entry.name for entry in copy.iterdir()}
        document = Path(scratch) / "fluentcrm.openapi.json"
        shutil.copyfile(repo / BUNDLED_DOCUMENT, document)
        bare_config = Path(scratch) / "bare-config.yaml"
        bare_config.write_text(BARE_CONFIG, encoding="utf-8")
        bare = _bare_command(document, Path(scratch) / "bare", bare_config)
        for _ in range(rounds):
            _clear_outputs(copy, original_entries)
            samples["full"].append(_time(tool, copy, env))
            created |= {entry.name for entry in copy.iterdir()} - original_entries
            samples["noop"].append(_time(tool, copy, env))
            shutil.rmtree(Path(scratch) / "bare", ignore_errors=True)
            samples["bare"].append(_time(bare, Path(scratch), env))
        produced_client = (copy / "generated" / "python").exists()
        full_over_bare = ratio(
            median([t.seconds for t in samples["full"]]), median([t.seconds for t in samples["bare"]])
        )
        if with_hints and full_over_bare is not None and full_over_bare > FULL_RATIO_GOAL:
            _clear_outputs(copy, original_entries)
            hints["profile"] = profile_hint(copy, env)
            hints["stages_s"] = stage_breakdown(copy, env)
    changed = _changed(before, _tree_snapshot(repo / "generated"))
    return {
        "rounds": rounds,
        "runs_s": {name: [t.seconds for t in runs] for name, runs in samples.items()},
        "failures": {name: [t.error for t in runs if t.returncode] for name, runs in samples.items()},
        "median_s": {name: median([t.seconds for t in runs]) for name, runs in samples.items()},
        "full_over_bare": full_over_bare,
        "produced_client": produced_client,
        "created_in_copy": sorted(created),
        "real_generated_changed": changed[:20],
        "real_generated_changed_count": len(changed),
        **hints,
    }


LABELS = {
    "full": "`python -m tools generate` from scratch",
    "noop": "`python -m tools generate`, nothing changed",
    "bare": "`openapi-python-client generate` (defaults + `literal_enums`, same bundled document)",
}


def build_report(raw: dict[str, Any], result: SectionResult) -> None:
    medians = raw["median_s"]
    failed = {name for name, errors in raw["failures"].items() if errors}
    table = Table(
        f"Median of {raw['rounds']} interleaved runs, each a whole command",
        ["command", "median", "all runs", "ratio to bare", "exit"],
    )
    for name, label in LABELS.items():
        table.rows.append(
            [
                label,
                fmt.seconds(medians[name]),
                ", ".join(fmt.seconds(seconds) for seconds in raw["runs_s"][name]),
                fmt.times(ratio(medians[name], medians["bare"])),
                "ok" if name not in failed else "**failed**",
            ]
        )
    result.tables.append(table)
    result.targets.append(
        Target(
            "no-op regeneration",
            f"< {NOOP_GOAL_S:.0f} s",
            fmt.seconds(medians["noop"]),
            None if "noop" in failed else medians["noop"] < NOOP_GOAL_S,
        )
    )
    full_ratio = raw["full_over_bare"]
    result.targets.append(
        Target(
            "full regeneration versus the bare generator",
            f"≤ {FULL_RATIO_GOAL}x",
            fmt.times(full_ratio),
            None if failed & {"full", "bare"} or full_ratio is None else full_ratio <= FULL_RATIO_GOAL,
        )
    )
    for name in sorted(failed):
        result.notes.append(f"The {name} command failed: {raw['failures'][name][0]}")
    stages = raw.get("stages_s")
    if isinstance(stages, str):
        result.notes.append(stages)
    elif stages:
        total = sum(stages.values())
        breakdown = Table(
            "Where a from-scratch run spends its time (the stages run one after another, unprofiled, in a fresh "
            "interpreter; the tool itself may overlap some of them, and the machine's load differs from the timed "
            "runs, so compare shares)",
            ["stage", "time", "share of the stages"],
            [[name, fmt.seconds(seconds), f"{seconds / total:.0%}"] for name, seconds in stages.items()],
        )
        breakdown.rows.append(["**all stages**", fmt.seconds(total), "100%"])
        result.tables.append(breakdown)
    if raw.get("profile"):
        result.notes.append(
            "Profile hint for the from-scratch run (share of the whole run spent inside each function of `tools/`, "
            "one cProfile run): " + "; ".join(raw["profile"])
        )
    extra = sorted(set(raw["created_in_copy"]) - {"generated"})
    if extra:
        result.notes.append(
            "Besides `generated/`, the tool wrote "
            + ", ".join(f"`{name}`" for name in extra)
            + "; it was removed before every from-scratch run."
        )
    result.notes.append(_where_note(raw))


def _where_note(raw: dict[str, Any]) -> str:
    note = (
        "The full and no-op runs happen in a temporary copy of the repository (without `generated/`), and "
        + (
            "the copy received the output."
            if raw["produced_client"]
            else "**the copy did not receive the output**."
        )
    )
    changed = raw["real_generated_changed"]
    if not changed:
        return note + " The repository's own `generated/` was left untouched."
    shown = ", ".join(f"`{path}`" for path in changed[:5]) + (" ..." if len(changed) > 5 else "")
    if raw["produced_client"]:
        return note + (
            f" The repository's `generated/` changed during the run ({raw['real_generated_changed_count']} files, "
            f"e.g. {shown}); the commands timed here wrote only into the copy, so another process (a concurrent "
            "`make generate`?) changed it."
        )
    return note + f" The repository's `generated/` **changed during the run** ({shown})."


def run(context: RunContext) -> SectionResult:
    result = SectionResult(KEY, TITLE, context.now())
    _require(context.repo)
    result.raw = measure(context.repo, rounds=1 if context.quick else 5, with_hints=not context.quick)
    build_report(result.raw, result)
    return result
