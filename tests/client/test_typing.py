"""The generated package type-checks under ``mypy --strict``: users who run mypy get no errors from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "generated" / "python" / "fluentcrm_client"


def test_mypy_strict_passes_on_the_generated_package(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(PACKAGE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no project configuration: strict mode exactly as a user would run it
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
