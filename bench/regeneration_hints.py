"""Where a slow from-scratch regeneration spends its time, for the report's hints.

Both helpers run inside the temporary copy of the repository. The profile shows which of the tool's functions
dominate (cProfile inflates the seconds, so only the shares count); the stage breakdown times the pipeline's
stages without a profiler, in a fresh interpreter. The breakdown calls the tool's internal functions, so it
reports why when a future version of ``tools/`` no longer has them.
"""

from __future__ import annotations

import io
import json
import pstats
import subprocess
import sys
from pathlib import Path
from typing import Any


def profile_hint(copy: Path, env: dict[str, str], top: int = 8) -> list[str]:
    """One profiled from-scratch run: the tool's own functions with the most cumulative time.

    Wrappers that contain nearly the whole run (``main``, ``generate``) are left out; the rest shows which stage
    (loading YAML, validation, the generator, formatting) dominates. Profiling slows everything down evenly, so
    the shares matter, not the seconds.
    """
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


def stage_breakdown(copy: Path, env: dict[str, str]) -> dict[str, float] | str:
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
