"""Fixtures of the spec checks: one matcher over the bundled document for the whole session."""

from __future__ import annotations

from typing import Any

import pytest

from tools.spec_match import SpecMatcher


@pytest.fixture(scope="session")
def matcher(bundled_spec: dict[str, Any]) -> SpecMatcher:
    return SpecMatcher(bundled_spec)
