"""Helpers for running the suite against the emulator (plain or wrapped in a fault) inside a test."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from conformance.credentials import Secret
from conformance.embedded import serve_asgi
from conformance.options import RunOptions
from conformance.results import Results
from conformance.runner import run_suite
from conformance.target import Target

SEED = 424242
Wrapper = Callable[[Any, str, str], Any]


def _plain(app: Any, username: str, password: str) -> Any:
    return app


@contextmanager
def emulator_target(wrap: Wrapper = _plain) -> Iterator[Target]:
    """The emulator (optionally wrapped in middleware) served on 127.0.0.1 with a password made up for this test."""
    create_app = pytest.importorskip("emulator.app").create_app
    password = secrets.token_urlsafe(18)
    app = wrap(create_app(db=":memory:", users=[("admin", password, "administrator")]), "admin", password)
    with serve_asgi(app) as url:
        yield Target(url, "admin", Secret(password), embedded=True)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    from tools.bundle import bundle

    return bundle()


def short_run(
    target: Target,
    spec: dict[str, Any],
    operations: tuple[str, ...],
    report_dir: Path,
    **changes: Any,
) -> Results:
    """A quick seeded run: few examples, only the operations the test is about."""
    options = RunOptions(
        max_examples=5,
        seed=SEED,
        destructive=True,
        operations=operations,
        stateful_steps=6,
        progress=False,
        report_dir=report_dir,
    ).replace(**changes)
    return run_suite(options, target, spec=spec)
