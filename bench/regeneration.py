"""How long ``python -m tools generate`` takes, against bare ``openapi-python-client generate``.

Three commands are timed as whole processes, interleaved round by round so that a noisy neighbour hurts all of
them alike:

* a full regeneration from scratch, in a temporary copy of the repository with no ``generated/`` folder (and no
  cache the tool may have left beside it), so the real ``generated/`` is never touched;
* a no-op regeneration right after it, with nothing changed;
* the bare generator with its default settings on the same bundled document.
"""

from __future__ import annotations

import io
import json
import os
import pstats
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
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def _require(repo: Path) -> None:
    if not (repo / "tools" / "__main__.py").exists():
        raise MissingPrerequisite("`python -m tools` does not exist yet (no tools/__main__.py)")
    if not (repo / BUNDLED_DOCUMENT).exists():
        raise MissingPrerequisite(f"the bundled document {BUNDLED_DOCUMENT} has not been generated yet")
    if not Path(sys.executable).with_name("openapi-python-client").exists():
        raise MissingPrerequisite("the openapi-python-client command is not installed")


def _profile_hint(copy: Path, env: dict[str, str], original_entries: set[str], top: int = 8) -> list[str]:
    """One profiled from-scratch run: the tool's own functions with the most cumulative time.

    Wrappers that contain nearly the whole run (``main``, ``generate``) are left out; the rest shows which stage
    (loading YAML, validation, the generator, formatting) dominates. Profiling slows everything down evenly, so
    the shares matter, not the seconds.
    """
    _clear_outputs(copy, original_entries)
    profile = copy.parent / "generate.prof"
    completed = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "tools", "generate"],
        check=False,
        cwd=copy,
        env=env,
        capture_output=True,
        timeout=600,
    )
    if completed.returncode != 0 or not profile.exists():
        return [f"profiling failed (exit {completed.returncode})"]
    entries: dict[Any, Any] = pstats.Stats(str(profile), stream=io.StringIO()).stats  # type: ignore[attr-defined]
    total = max(cumulative for _c, _p, _own, cumulative, _callers in entries.values())
    tools_dir = str(copy / "tools")
    ranked = sorted(
        (
            (cumulative, f"tools/{Path(filename).relative_to(tools_dir).as_posix()}:{line}({name})")
            for (filename, line, name), (_c, _p, _own, cumulative, _callers) in entries.items()
            if filename.startswith(tools_dir) and cumulative < 0.9 * total and name != "<module>"
        ),
        reverse=True,
    )[:top]
    return [f"{label} {cumulative / total:.0%}" for cumulative, label in ranked]


# Runs in a fresh interpreter inside the copy: the pipeline's stages timed one by one, without a profiler.
_STAGES_SCRIPT = """
import json, sys, tempfile, time
from pathlib import Path
marks = {}
started = time.perf_counter()
from tools.layout import Layout, PUBLISHED, PYTHON_CLIENT
from tools.documents import build_documents
from tools.publish import to_json, to_yaml
from tools.python_client import generate_python_client
marks["imports"] = time.perf_counter() - started
layout = Layout()
step = time.perf_counter()
documents = build_documents(layout)
marks["bundle, overlays and validation (build_documents)"] = time.perf_counter() - step
step = time.perf_counter()
to_json(documents[PUBLISHED]); to_yaml(documents[PUBLISHED])
marks["publishing JSON and YAML"] = time.perf_counter() - step
with tempfile.TemporaryDirectory() as out:
    step = time.perf_counter()
    generate_python_client(documents[PYTHON_CLIENT], Path(out))
    marks["Python client (generator, package templates, ruff)"] = time.perf_counter() - step
print(json.dumps(marks))
"""


def _stage_breakdown(copy: Path, env: dict[str, str]) -> dict[str, float] | str:
    """Seconds per pipeline stage, or why they could not be taken (the stages are the tool's internals)."""
    completed = subprocess.run(
        [sys.executable, "-c", _STAGES_SCRIPT],
        check=False,
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        return f"the stage breakdown could not run against this version of tools/ ({last})"
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def _clear_outputs(copy: Path, original_entries: set[str]) -> None:
    """Remove ``generated/`` and anything else the tool created in the copy (caches), so the next run starts
    from scratch."""
    for entry in copy.iterdir():
        if entry.name not in original_entries:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()


def run(context: RunContext) -> SectionResult:
    result = SectionResult(KEY, TITLE, context.now())
    repo = context.repo
    _require(repo)
    rounds = 1 if context.quick else 5
    env = _environment()
    before = _tree_snapshot(repo / "generated")
    tool = [sys.executable, "-m", "tools", "generate"]
    bare_generator = str(Path(sys.executable).with_name("openapi-python-client"))
    samples: dict[str, list[Timed]] = {"full": [], "noop": [], "bare": []}
    created: set[str] = set()

    with tempfile.TemporaryDirectory(prefix="fluentcrm-regen-") as scratch:
        copy = Path(scratch) / "repo"
        shutil.copytree(repo, copy, ignore=_not_copied(repo), symlinks=True)
        original_entries = {entry.name for entry in copy.iterdir()}
        document = Path(scratch) / "fluentcrm.openapi.json"
        shutil.copyfile(repo / BUNDLED_DOCUMENT, document)
        bare_output = Path(scratch) / "bare"
        bare_config = Path(scratch) / "bare-config.yaml"
        bare_config.write_text(BARE_CONFIG, encoding="utf-8")
        for _ in range(rounds):
            _clear_outputs(copy, original_entries)
            samples["full"].append(_time(tool, copy, env))
            created |= {entry.name for entry in copy.iterdir()} - original_entries
            samples["noop"].append(_time(tool, copy, env))
            shutil.rmtree(bare_output, ignore_errors=True)
            samples["bare"].append(
                _time(
                    [
                        bare_generator,
                        "generate",
                        "--path",
                        str(document),
                        "--output-path",
                        str(bare_output),
                        "--overwrite",
                        "--config",
                        str(bare_config),
                    ],
                    Path(scratch),
                    env,
                )
            )
        produced_client = (copy / "generated" / "python").exists()
        full_misses = ratio(
            median([t.seconds for t in samples["full"]]), median([t.seconds for t in samples["bare"]])
        )
        misses = not context.quick and full_misses is not None and full_misses > FULL_RATIO_GOAL
        profile = _profile_hint(copy, env, original_entries) if misses else []
        stages = _stage_breakdown(copy, env) if misses else {}

    changed = _changed(before, _tree_snapshot(repo / "generated"))
    untouched = not changed
    figures: dict[str, Any] = {
        "rounds": rounds,
        "runs_s": {name: [t.seconds for t in runs] for name, runs in samples.items()},
        "failures": {name: [t.error for t in runs if t.returncode] for name, runs in samples.items()},
        "created_in_copy": sorted(created),
        "real_generated_untouched": untouched,
        "real_generated_changed": changed[:20],
    }
    failed = {name for name, runs in samples.items() if any(t.returncode for t in runs)}
    medians = {name: median([t.seconds for t in runs]) for name, runs in samples.items()}
    figures["median_s"] = medians
    full_ratio = ratio(medians["full"], medians["bare"])
    figures["full_over_bare"] = full_ratio
    result.raw = figures

    table = Table(
        f"Median of {rounds} interleaved runs, each a whole command",
        ["command", "median", "all runs", "ratio to bare", "exit"],
    )
    labels = {
        "full": "`python -m tools generate` from scratch",
        "noop": "`python -m tools generate`, nothing changed",
        "bare": "`openapi-python-client generate` (defaults + `literal_enums`, same bundled document)",
    }
    for name, label in labels.items():
        table.rows.append(
            [
                label,
                fmt.seconds(medians[name]),
                ", ".join(fmt.seconds(t.seconds) for t in samples[name]),
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
    result.targets.append(
        Target(
            "full regeneration versus the bare generator",
            f"≤ {FULL_RATIO_GOAL}x",
            fmt.times(full_ratio),
            None if failed & {"full", "bare"} else full_ratio is not None and full_ratio <= FULL_RATIO_GOAL,
        )
    )
    if failed:
        for name in sorted(failed):
            result.notes.append(f"The {name} command failed: {figures['failures'][name][0]}")
    if not produced_client:
        result.notes.append("The full regeneration did not produce `generated/python` in the temporary copy.")
    if created - {"generated"}:
        result.notes.append(
            "Besides `generated/`, the tool wrote "
            + ", ".join(f"`{name}`" for name in sorted(created - {"generated"}))
            + "; it was removed before every from-scratch run."
        )
    if isinstance(stages, str):
        result.notes.append(stages)
    elif stages:
        figures["stages_s"] = stages
        breakdown = Table(
            "Where a from-scratch run spends its time (one unprofiled run of the stages, fresh interpreter)",
            ["stage", "time", "share of the median full run"],
            [
                [name, fmt.seconds(seconds), f"{seconds / medians['full']:.0%}"]
                for name, seconds in stages.items()
            ],
        )
        breakdown.rows.append(
            [
                "bare generator, for comparison",
                fmt.seconds(medians["bare"]),
                f"{medians['bare'] / medians['full']:.0%}",
            ]
        )
        result.tables.append(breakdown)
    if profile:
        figures["profile_hint"] = profile
        result.notes.append(
            "Profile hint for the from-scratch run (share of the whole run spent inside each function of `tools/`, "
            "one cProfile run): " + "; ".join(profile)
        )
    where = (
        "The full and no-op runs happen in a temporary copy of the repository (without `generated/`), and "
        + ("the copy received the output." if produced_client else "**the copy did not receive the output**.")
    )
    if untouched:
        where += " The repository's own `generated/` was left untouched."
    else:
        shown = ", ".join(f"`{path}`" for path in changed[:5]) + (" ..." if len(changed) > 5 else "")
        where += (
            f" The repository's `generated/` changed during the run ({len(changed)} files, e.g. {shown}); "
            "the commands timed here wrote only into the copy, so another process (a concurrent "
            "`make generate`?) changed it."
            if produced_client
            else f" The repository's `generated/` **changed during the run** ({shown})."
        )
    result.notes.append(where)
    return result
