"""Redocly CLI finds no error in the bundled document (rules: redocly.yaml)."""

from __future__ import annotations

import pytest

from tools.lint import REDOCLY, lint


@pytest.mark.skipif(
    not REDOCLY.exists(), reason="Redocly CLI is not installed: run `npm ci` to create node_modules"
)
@pytest.mark.timeout(180)
def test_redocly_reports_no_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code = lint()
    output = capsys.readouterr().out
    assert code == 0, output
    assert "valid" in output.lower()
