"""Decide quickly whether ``generated/`` is already what the current inputs produce.

The stamp records a hash of every input (spec, overlays, the tool itself with its templates and configuration,
the versions of the libraries that shape the output) and a hash of the outputs. ``generate`` is skipped only when
both still match, so a hand-edited or deleted generated file is regenerated too. Only the standard library is
imported here: the no-op path has to stay well under a second.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from tools.layout import Layout

#: Libraries whose version changes the generated files.
OUTPUT_SHAPING_DISTRIBUTIONS = (
    "openapi-python-client",
    "ruff",
    "Jinja2",
    "PyYAML",
    "jsonpath-rfc9535",
    "openapi-spec-validator",
    "jsonschema",
)
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def is_tool_artifact(relative: Path) -> bool:
    """Caches and build metadata that tools leave beside sources (``pip install -e`` writes ``*.egg-info`` into
    ``generated/python``): neither inputs nor outputs of the pipeline."""
    return (
        bool(_IGNORED_PARTS.intersection(relative.parts))
        or relative.suffix == ".pyc"
        or any(part.endswith(".egg-info") for part in relative.parts)
    )


def _files(root: Path, exclude: Path | None = None) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and path != exclude and not is_tool_artifact(path.relative_to(root)):
            yield path


def _hash_tree(digest: hashlib._Hash, root: Path, label: str, exclude: Path | None = None) -> None:
    for path in _files(root, exclude):
        digest.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def inputs_hash(layout: Layout) -> str:
    digest = hashlib.sha256()
    _hash_tree(digest, layout.spec_root.parent, "spec")
    _hash_tree(digest, layout.overlays_dir, "overlays")
    _hash_tree(digest, layout.tools_dir, "tools")
    for name in OUTPUT_SHAPING_DISTRIBUTIONS:
        digest.update(f"{name}=={metadata.version(name)}\0".encode())
    digest.update(f"python{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()


def outputs_hash(layout: Layout) -> str:
    digest = hashlib.sha256()
    if layout.generated_dir.exists():
        _hash_tree(digest, layout.generated_dir, "generated", exclude=layout.stamp_file)
    return digest.hexdigest()


def is_current(layout: Layout) -> bool:
    """True when the stamp matches both the current inputs and the files in ``generated/``."""
    try:
        stamp = json.loads(layout.stamp_file.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    return bool(stamp == {"inputs": inputs_hash(layout), "outputs": outputs_hash(layout)})


def write(layout: Layout) -> None:
    stamp = {"inputs": inputs_hash(layout), "outputs": outputs_hash(layout)}
    layout.stamp_file.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
