"""Fixtures for the generated client: an emulator over real HTTP on loopback, and clients pointed at it.

The client under test is ``generated/python`` exactly as committed. ``make test`` installs it; when it is not
installed (a plain ``pytest`` run in a fresh checkout) the folder is put on ``sys.path`` instead.
"""

from __future__ import annotations

import importlib.util
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("fluentcrm_client") is None:
    sys.path.insert(0, str(REPO / "generated" / "python"))

from fluentcrm_client import FluentCRM, RetryPolicy

from emulator.testing import RunningEmulator, serve

#: No waiting in tests: backoff delays of a few milliseconds keep retry behaviour observable but fast.
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_factor=0.001, jitter=0.0)


@pytest.fixture(scope="session")
def admin_password() -> str:
    return "pw-" + secrets.token_urlsafe(18)


@pytest.fixture(scope="session")
def manager_password() -> str:
    return "pw-" + secrets.token_urlsafe(18)


@pytest.fixture(scope="session")
def emulator(admin_password: str, manager_password: str) -> Iterator[RunningEmulator]:
    users = [("admin", admin_password, "administrator"), ("manager", manager_password, "editor")]
    with serve(db=":memory:", users=users, test_api=True) as running:
        yield running


@pytest.fixture
def crm(emulator: RunningEmulator) -> Iterator[FluentCRM]:
    with FluentCRM(emulator.base_url, emulator.username, emulator.password, retry=FAST_RETRIES) as client:
        yield client


def unique(prefix: str) -> str:
    """A value no other test uses: tests share one emulator and must not collide on unique slugs or e-mails."""
    return f"{prefix}-{secrets.token_hex(4)}"
