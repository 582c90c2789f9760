"""Seed an emulator database and run ``fluentcrm-emulator serve`` as a separate process.

The emulator is measured through its command-line entry point, in its own process, so that the load generator
and the server do not share an interpreter lock and the figures describe what a user of ``make emulator`` gets.
Credentials are generated per run and never printed.
"""

from __future__ import annotations

import base64
import http.client
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.model import MissingPrerequisite

BASE_PATH = "/wp-json/fluent-crm/v2"


def emulator_command() -> list[str]:
    """The ``fluentcrm-emulator`` console script of this interpreter's environment."""
    beside_python = Path(sys.executable).with_name("fluentcrm-emulator")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("fluentcrm-emulator")
    if found:
        return [found]
    raise MissingPrerequisite("the fluentcrm-emulator command is not installed")


def require_emulator() -> None:
    """Fail early, with a readable reason, when the emulator package or its CLI is not there yet."""
    emulator_command()
    try:
        import emulator.cli  # noqa: F401
    except ImportError as exc:
        raise MissingPrerequisite(f"the emulator package cannot be imported ({exc})") from None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(text: str, lines: int = 1) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def seed(db_path: Path, contacts: int, timeout_s: float = 300) -> float:
    """Seed ``contacts`` contacts into a fresh database file; returns the wall time in seconds."""
    command = [*emulator_command(), "seed", "--db", str(db_path), "--contacts", str(contacts)]
    started = time.perf_counter()
    completed = subprocess.run(command, check=False, capture_output=True, text=True, timeout=timeout_s)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise MissingPrerequisite(
            f"fluentcrm-emulator seed exited with {completed.returncode}: {_tail(completed.stderr)}"
        )
    return elapsed


@dataclass(frozen=True)
class RunningEmulator:
    """Where a started emulator listens and how to authenticate against it."""

    host: str
    port: int
    username: str
    password: str
    pid: int

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}{BASE_PATH}"

    @property
    def authorization(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        return f"Basic {token}"

    def __repr__(self) -> str:  # the password must never reach a log line
        return f"RunningEmulator(base_url={self.base_url!r}, username={self.username!r}, pid={self.pid})"

    def peak_rss_kib(self) -> int | None:
        """The server's peak resident set size so far (``VmHWM``), read from ``/proc``."""
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text(encoding="utf-8").splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        return None


def _ready(host: str, port: int, authorization: str) -> bool:
    connection = http.client.HTTPConnection(host, port, timeout=2)
    try:
        connection.request(
            "GET", f"{BASE_PATH}/subscribers?per_page=1", headers={"Authorization": authorization}
        )
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except OSError:
        return False
    finally:
        connection.close()


@contextmanager
def running_emulator(db: str, startup_timeout_s: float = 30) -> Iterator[RunningEmulator]:
    """Serve ``db`` on a free loopback port until the block ends, then stop the process."""
    username = "bench"
    password = secrets.token_urlsafe(18)
    port = free_port()
    command = [
        *emulator_command(),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        db,
        "--user",
        f"{username}:{password}:administrator",
    ]
    # A file, not a pipe: an unread pipe fills up and would stall a server that logs every request.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        running = RunningEmulator("127.0.0.1", port, username, password, process.pid)
        try:
            deadline = time.monotonic() + startup_timeout_s
            while not _ready(running.host, port, running.authorization):
                if process.poll() is not None:
                    log.seek(0)
                    error = log.read().replace(password, "***")
                    raise MissingPrerequisite(
                        f"fluentcrm-emulator serve exited with {process.returncode}: {_tail(error)}"
                    )
                if time.monotonic() > deadline:
                    raise MissingPrerequisite(
                        f"fluentcrm-emulator serve did not answer within {startup_timeout_s} s"
                    )
                time.sleep(0.1)
            yield running
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
