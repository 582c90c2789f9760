"""``generate`` and ``check-generated``: render every output into a fresh folder, then compare or install it.

Rendering always happens in a temporary folder: a failed run leaves ``generated/`` untouched, and
``check-generated`` compares exactly what ``generate`` would write.
"""

from __future__ import annotations

import difflib
import filecmp
import os
import shutil
import tempfile
from pathlib import Path

from tools import stamp
from tools.layout import PYTHON_CLIENT, Layout

OPENAPI_BASENAME = "fluentcrm.openapi"
MAX_DIFF_LINES = 40


def render(layout: Layout, out_dir: Path) -> None:
    """Write ``openapi/`` and ``python/`` for the current inputs into ``out_dir``.

    The OpenAPI documents are built, validated and written by a second process meanwhile; its failure (an invalid
    spec or variant, a broken overlay) is raised in place of the client generator's, as a sequential run would.
    """
    from tools.documents import variant_document
    from tools.openapi_alongside import openapi_alongside
    from tools.python_client import generate_python_client

    with openapi_alongside(layout, out_dir / "openapi"):
        python_dir = out_dir / "python"
        python_dir.mkdir(parents=True)
        generate_python_client(variant_document(layout, PYTHON_CLIENT), python_dir)


def _relative_files(root: Path, layout: Layout) -> set[str]:
    if not root.exists():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path != layout.stamp_file and not stamp.is_tool_artifact(path.relative_to(root))
    }


def _take(source: Path, destination: Path) -> None:
    """Move a rendered file into place; a rename where possible (creating files is the slow part), else a copy."""
    try:
        os.replace(source, destination)
    except OSError:  # another file system
        shutil.copyfile(source, destination)


def _sync(source: Path, target: Path, layout: Layout) -> int:
    """Make ``target`` hold exactly the files of the scratch folder ``source`` (which it empties of the files that
    changed); return how many files changed."""
    wanted = _relative_files(source, layout)
    present = _relative_files(target, layout)
    changed = 0
    for name in sorted(present - wanted):
        (target / name).unlink()
        changed += 1
    for name in sorted(wanted):
        destination = target / name
        if destination.exists() and filecmp.cmp(source / name, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        _take(source / name, destination)
        changed += 1
    for directory in sorted(
        (p for p in target.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True
    ):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changed


def generate(layout: Layout, force: bool = False) -> str:
    """Bring ``generated/`` up to date; return a one-line summary of what happened."""
    if not force and stamp.is_current(layout):
        return "generated/ is up to date (inputs unchanged)"
    layout.generated_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fluentcrm-generate-") as tmp:
        out_dir = Path(tmp) / "generated"
        render(layout, out_dir)
        changed = _sync(out_dir, layout.generated_dir, layout)
    stamp.write(layout)
    return f"generated/ regenerated: {changed} file(s) changed"


def _diff(expected: Path, actual: Path, name: str) -> list[str]:
    try:
        new = expected.read_text(encoding="utf-8").splitlines()
        old = actual.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return [f"    (binary file {name} differs)"]
    lines = list(difflib.unified_diff(old, new, f"committed/{name}", f"regenerated/{name}", lineterm="", n=1))
    shown = [f"    {line}" for line in lines[:MAX_DIFF_LINES]]
    if len(lines) > MAX_DIFF_LINES:
        shown.append(f"    ... {len(lines) - MAX_DIFF_LINES} more diff lines")
    return shown


def check_generated(layout: Layout) -> list[str]:
    """Regenerate into a temporary folder; return a readable report of every difference (empty when clean)."""
    with tempfile.TemporaryDirectory(prefix="fluentcrm-check-") as tmp:
        out_dir = Path(tmp) / "generated"
        render(layout, out_dir)
        wanted = _relative_files(out_dir, layout)
        present = _relative_files(layout.generated_dir, layout)
        report: list[str] = []
        for name in sorted(wanted - present):
            report.append(f"missing from generated/: {name}")
        for name in sorted(present - wanted):
            report.append(f"not produced by the pipeline (stale or hand-added): {name}")
        for name in sorted(wanted & present):
            if not filecmp.cmp(out_dir / name, layout.generated_dir / name, shallow=False):
                report.append(f"differs: {name}")
                report.extend(_diff(out_dir / name, layout.generated_dir / name, name))
        return report
