"""Run the emulator on a free local port for the duration of a ``with`` block.

``serve`` starts uvicorn in a background thread and waits until it accepts connections, so client tests,
the conformance suite and benchmarks can talk real HTTP to it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from emulator.app import UserSpec, create_app
from emulator.auth import ADMINISTRATOR, generate_password
from emulator.routing import PREFIX


@dataclass
class RunningEmulator:
    """Where a served emulator listens and how to sign in. ``repr`` leaves the password out."""

    host: str
    port: int
    username: str
    password: str = field(repr=False)
    app: Starlette = field(repr=False)

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + PREFIX


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(
    db: str | Path = ":memory:",
    users: Sequence[UserSpec] | None = None,
    test_api: bool = True,
    host: str = "127.0.0.1",
    port: int | None = None,
    startup_timeout: float = 15.0,
) -> Iterator[RunningEmulator]:
    """Serve an emulator; with ``users=None`` one administrator with a random password is created."""
    if users is None:
        users = [("admin", generate_password(), ADMINISTRATOR)]
    users = list(users)
    app = create_app(db=db, users=users, test_api=test_api)
    chosen = port or free_port(host)
    config = uvicorn.Config(
        app, host=host, port=chosen, log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"emulator-{chosen}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the emulator did not start on {host}:{chosen}")
        time.sleep(0.01)
    login, password = users[0][0], users[0][1]
    try:
        yield RunningEmulator(host=host, port=chosen, username=login, password=password, app=app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.db.close()
