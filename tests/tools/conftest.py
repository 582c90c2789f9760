"""Fixtures for the pipeline tests: a small split spec with its own overlays, copied so tests may change it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.layout import Layout

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


@pytest.fixture
def mini_layout(tmp_path: Path) -> Layout:
    """The mini spec and overlays in a scratch folder, generating into ``<tmp>/generated``."""
    shutil.copytree(MINI, tmp_path / "mini")
    return Layout(
        spec_root=tmp_path / "mini" / "spec" / "openapi.yaml",
        overlays_dir=tmp_path / "mini" / "overlays",
        generated_dir=tmp_path / "generated",
    )
