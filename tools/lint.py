"""Lint the spec with Redocly CLI.

Redocly reads the *bundled* document rather than the split tree: the split files follow this project's own
bundling rules (registered components, inlined helper files) which Redocly's resolver does not know, and the
bundled document is what every consumer actually receives. The rule set lives in ``redocly.yaml`` at the
repository root.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.bundle import DEFAULT_ROOT, bundle

REPO = Path(__file__).resolve().parent.parent
REDOCLY = REPO / "node_modules" / ".bin" / "redocly"
CONFIG = REPO / "redocly.yaml"


def lint(document_path: Path | str = DEFAULT_ROOT) -> int:
    """Bundle the split spec rooted at ``document_path``, lint it with Redocly and return Redocly's exit code.

    Redocly's report is printed; a non-zero code means at least one rule at ``error`` level failed (or Redocly
    could not run).
    """
    if not REDOCLY.exists():
        print(f"redocly not found at {REDOCLY}; run `npm ci` first", file=sys.stderr)
        return 127
    document = bundle(Path(document_path))
    with tempfile.TemporaryDirectory(prefix="fluentcrm-lint-") as tmp:
        bundled = Path(tmp) / "fluentcrm.openapi.json"
        bundled.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
        result = subprocess.run(
            [str(REDOCLY), "lint", str(bundled), "--config", str(CONFIG), "--format", "stylish"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
    print(_without_banner(result.stdout + result.stderr))
    return result.returncode


def _without_banner(output: str) -> str:
    """Drop Redocly's boxed Node.js deprecation notice, which says nothing about the spec."""
    return "\n".join(line for line in output.splitlines() if not line.lstrip().startswith(("╔", "║", "╚")))
