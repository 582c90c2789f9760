"""The server under test: a live site from ``FLUENTCRM_*`` settings, or an emulator the suite starts itself."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from conformance.credentials import Secret

BASE_PATH = "/wp-json/fluent-crm/v2"
ENV_BASE_URL = "FLUENTCRM_BASE_URL"
ENV_USERNAME = "FLUENTCRM_USERNAME"
ENV_PASSWORD = "FLUENTCRM_APP_PASSWORD"


class TargetError(Exception):
    """The target is incompletely or inconsistently specified."""


@dataclass(frozen=True)
class Target:
    """Where requests go and who sends them. ``embedded`` is true for a server this process started."""

    base_url: str
    username: str
    password: Secret
    embedded: bool = False

    @property
    def auth(self) -> tuple[str, str]:
        return (self.username, self.password.reveal())

    def describe(self) -> str:
        kind = "embedded emulator" if self.embedded else "live server"
        return f"{kind} at {self.base_url} as {self.username!r}"


def normalise_base_url(url: str) -> str:
    """Accept a site root (``https://crm.example.com``) or the full API root; return the API root."""
    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise TargetError(f"the base URL must start with http:// or https:// (got {url!r})")
    if not url.endswith(BASE_PATH):
        url += BASE_PATH
    return url


def live_target(
    *,
    base_url: str | None,
    username: str | None,
    password: Secret | None,
    environ: Mapping[str, str] = os.environ,
) -> Target | None:
    """The live target from explicit values, falling back to the environment; ``None`` when no URL is set."""
    url = base_url or environ.get(ENV_BASE_URL)
    if not url:
        return None
    user = username or environ.get(ENV_USERNAME)
    secret = password if password else Secret(environ.get(ENV_PASSWORD, ""))
    missing = [name for name, value in ((ENV_USERNAME, user), (ENV_PASSWORD, secret)) if not value]
    if missing:
        raise TargetError(f"a live target needs {' and '.join(missing)} as well as {ENV_BASE_URL}")
    assert user is not None
    return Target(base_url=normalise_base_url(url), username=user, password=secret)


class _ProbeNoise(logging.Filter):
    """Drops uvicorn's warning about the malformed request schemathesis' probing phase sends on purpose.

    The probe learns how the server treats such a request; the warning it leaves in the middle of the progress
    lines reads like a fault in the server under test, which it is not.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return "Invalid HTTP request received" not in record.getMessage()


@contextmanager
def embedded_emulator() -> Iterator[Target]:
    """Start the project's emulator on 127.0.0.1 with an in-memory database for the length of the block."""
    server_log = logging.getLogger("uvicorn.error")
    noise = _ProbeNoise()
    server_log.addFilter(noise)
    try:
        with _emulator() as target:
            yield target
    finally:
        server_log.removeFilter(noise)


@contextmanager
def _emulator() -> Iterator[Target]:
    try:
        from emulator.testing import serve
    except ImportError as exc:  # pragma: no cover - only when the emulator package is missing
        raise TargetError(
            f"the embedded emulator is not available ({exc}); set {ENV_BASE_URL} instead"
        ) from exc
    with serve(db=":memory:") as server:
        _switch_on_companies(server)
        yield Target(
            base_url=server.base_url.rstrip("/"),
            username=server.username,
            password=Secret(server.password),
            embedded=True,
        )


def _switch_on_companies(server: Any) -> None:
    """Turn on the experimental company module, so the company operations are exercised instead of all
    answering 403 (what a site with the module off says, and what the spec documents as well)."""
    import httpx

    response = httpx.post(
        server.root_url + "/wp-json/fluentcrm-emulator/v1/experiments",
        json={"company_module": "yes"},
        auth=(server.username, server.password),
        timeout=10,
    )
    response.raise_for_status()
