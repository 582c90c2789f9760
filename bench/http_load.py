"""A minimal HTTP/1.1 load generator on raw sockets.

The emulator answers in well under a millisecond, so the load generator's own work is part of every figure.
Writing the request bytes directly and reading exactly ``Content-Length`` bytes back skips ``http.client``'s
header objects and ``email.parser``; on the development machine that saves about 25 µs of the ~0.4 ms a
new-connection request takes against an empty emulator, roughly 6%. Each run chooses between a new TCP
connection per request (how the real server's reference figures were taken) and one kept-alive connection.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.stats import LatencySummary


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: bytes | None = None
    content_type: str | None = None


RequestFactory = Callable[[int], Request]
"""Builds the ``n``-th request of a run, so runs can vary ids or e-mail addresses per request."""


@dataclass
class LoadResult:
    summary: LatencySummary
    statuses: Counter[int] = field(default_factory=Counter)
    stopped_early: bool = False
    repeats_requests_per_s: list[float] = field(default_factory=list)


class ProtocolError(Exception):
    """The server's answer is not an HTTP/1.1 response this generator can delimit."""


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            raise ProtocolError("chunked responses are not supported by the load generator")
    return None


class Connection:
    """One TCP connection, Nagle's algorithm off so small writes are not held back waiting for an ACK."""

    def __init__(self, host: str, port: int, timeout_s: float = 60) -> None:
        self._sock = socket.create_connection((host, port), timeout=timeout_s)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._pending = b""

    def exchange(self, payload: bytes) -> tuple[int, bytes]:
        """Send one request and read exactly one response: its status and body."""
        self._sock.sendall(payload)
        buffer = self._pending
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ProtocolError("the connection closed before the response headers")
            buffer += chunk
        head, body = buffer[:end], buffer[end + 4 :]
        if not head.startswith(b"HTTP/1."):
            raise ProtocolError(f"not an HTTP/1.x response: {head[:40]!r}")
        status = int(head[9:12])
        length = _content_length(head)
        if length is None:  # delimited by the server closing the connection
            while chunk := self._sock.recv(65536):
                body += chunk
            length = len(body)
        while len(body) < length:
            chunk = self._sock.recv(max(65536, length - len(body)))
            if not chunk:
                raise ProtocolError("the connection closed in the middle of the response body")
            body += chunk
        self._pending = body[length:]
        return status, body[:length]

    def close(self) -> None:
        self._sock.close()


class LoadTarget:
    """A server address plus the headers every request carries."""

    def __init__(self, host: str, port: int, authorization: str) -> None:
        self.host = host
        self.port = port
        self._fixed_headers = (
            f"Host: {host}:{port}\r\nAuthorization: {authorization}\r\nAccept: application/json\r\n"
        )

    def __repr__(self) -> str:  # the authorization header stays out of reprs
        return f"LoadTarget({self.host}:{self.port})"

    def connect(self) -> Connection:
        return Connection(self.host, self.port)

    def encode(self, request: Request, close: bool) -> bytes:
        body = request.body or b""
        lines = [f"{request.method} {request.path} HTTP/1.1\r\n", self._fixed_headers]
        if request.content_type:
            lines.append(f"Content-Type: {request.content_type}\r\n")
        if body or request.method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(body)}\r\n")
        if close:
            lines.append("Connection: close\r\n")
        lines.append("\r\n")
        return "".join(lines).encode("latin-1") + body

    def send(self, connection: Connection, request: Request, close: bool) -> tuple[int, bytes]:
        return connection.exchange(self.encode(request, close))

    def fetch(self, request: Request) -> tuple[int, bytes]:
        """One request on its own connection, for discovery rather than measurement."""
        connection = self.connect()
        try:
            return self.send(connection, request, close=True)
        finally:
            connection.close()


def _one_on_new_connection(target: LoadTarget, request: Request) -> int:
    connection = target.connect()
    try:
        status, _ = target.send(connection, request, close=True)
        return status
    finally:
        connection.close()


def sequential(
    target: LoadTarget,
    factory: RequestFactory,
    count: int,
    *,
    warmup: int = 10,
    keep_alive: bool = False,
    budget_s: float | None = None,
    before_each: Callable[[int], object] | None = None,
) -> LoadResult:
    """``warmup`` unmeasured requests, then ``count`` measured ones, one after another.

    ``budget_s`` stops a run that would take far longer than planned; the result then says how many requests
    were measured instead of silently blowing the time budget of ``make bench``. ``before_each`` runs, untimed,
    before every measured request (for example a write that invalidates the server's caches).
    """
    connection = target.connect() if keep_alive else None
    statuses: Counter[int] = Counter()
    latencies: list[float] = []

    def send(request: Request) -> int:
        if connection is None:
            return _one_on_new_connection(target, request)
        return target.send(connection, request, close=False)[0]

    try:
        for n in range(warmup):
            send(factory(n))
        started = time.perf_counter()
        stopped_early = False
        paused = 0.0
        for n in range(warmup, warmup + count):
            request = factory(n)
            if before_each is not None:
                pause_started = time.perf_counter()
                before_each(n)
                paused += time.perf_counter() - pause_started
            before = time.perf_counter()
            status = send(request)
            latencies.append(time.perf_counter() - before)
            statuses[status] += 1
            if budget_s is not None and time.perf_counter() - started > budget_s and len(latencies) >= 20:
                stopped_early = len(latencies) < count
                break
        wall = time.perf_counter() - started - paused
    finally:
        if connection is not None:
            connection.close()
    errors = sum(n for status, n in statuses.items() if status >= 300)
    return LoadResult(LatencySummary.from_samples(latencies, wall, errors), statuses, stopped_early)


def concurrent(
    target: LoadTarget,
    factory: RequestFactory,
    count: int,
    *,
    clients: int = 4,
    warmup: int = 10,
    keep_alive: bool = False,
    budget_s: float | None = None,
) -> LoadResult:
    """``clients`` threads sharing ``count`` requests; throughput is completed requests over wall time."""
    for n in range(warmup):
        _one_on_new_connection(target, factory(n))
    lock = threading.Lock()
    next_index = [warmup]
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    failures: list[Exception] = []
    deadline = [float("inf")]

    def claim() -> int | None:
        with lock:
            if next_index[0] >= warmup + count or time.perf_counter() > deadline[0]:
                return None
            next_index[0] += 1
            return next_index[0] - 1

    def worker() -> None:
        connection = target.connect() if keep_alive else None
        try:
            while (index := claim()) is not None:
                request = factory(index)
                before = time.perf_counter()
                if connection is None:
                    status = _one_on_new_connection(target, request)
                else:
                    status = target.send(connection, request, close=False)[0]
                elapsed = time.perf_counter() - before
                with lock:
                    latencies.append(elapsed)
                    statuses[status] += 1
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread below
            failures.append(exc)
        finally:
            if connection is not None:
                connection.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    started = time.perf_counter()
    if budget_s is not None:
        deadline[0] = started + budget_s
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        raise failures[0]
    errors = sum(n for status, n in statuses.items() if status >= 300)
    return LoadResult(LatencySummary.from_samples(latencies, wall, errors), statuses, len(latencies) < count)
