"""The load generator counts what the server answered (no timing is asserted)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.http_load import LoadTarget, ProtocolError, Request, concurrent, sequential


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        ok = self.path == "/ok" and self.headers.get("Authorization") == "Basic dGVzdA=="
        body = b'{"ok": true}' if ok else b"{}"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def target() -> Iterator[LoadTarget]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield LoadTarget("127.0.0.1", server.server_address[1], "Basic dGVzdA==")
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("keep_alive", [False, True])
def test_sequential_measures_count_requests_after_warmup(target: LoadTarget, keep_alive: bool) -> None:
    paths = []

    def factory(n: int) -> Request:
        paths.append(n)
        return Request("GET", "/ok" if n % 4 else "/missing")

    result = sequential(target, factory, 12, warmup=3, keep_alive=keep_alive)
    assert paths == list(range(15))  # warm-up requests are built too, but not measured
    assert result.summary.count == 12
    assert result.statuses == {200: 9, 404: 3}  # n = 4, 8, 12 miss
    assert result.summary.errors == 3
    assert not result.stopped_early


def test_concurrent_shares_the_requests_between_clients(target: LoadTarget) -> None:
    result = concurrent(target, lambda n: Request("GET", "/ok"), 20, clients=4, warmup=2)
    assert result.summary.count == 20
    assert result.statuses == {200: 20}
    assert result.summary.requests_per_s > 0


def _one_shot_server(response: bytes) -> tuple[socket.socket, threading.Thread]:
    listener = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(response)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    return listener, thread


def test_a_body_without_content_length_ends_when_the_server_closes() -> None:
    listener, thread = _one_shot_server(b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"a": 1}')
    with listener:
        status, body = LoadTarget("127.0.0.1", listener.getsockname()[1], "Basic x").fetch(
            Request("GET", "/")
        )
    thread.join(5)
    assert (status, body) == (200, b'{"a": 1}')


def test_chunked_responses_are_refused_rather_than_misread() -> None:
    listener, thread = _one_shot_server(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    )
    with listener, pytest.raises(ProtocolError):
        LoadTarget("127.0.0.1", listener.getsockname()[1], "Basic x").fetch(Request("GET", "/"))
    thread.join(5)


def test_requests_carry_length_and_close_headers() -> None:
    target = LoadTarget("example.test", 80, "Basic x")
    encoded = target.encode(Request("POST", "/p", b"{}", "application/json"), close=True)
    head, _, body = encoded.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /p HTTP/1.1\r\nHost: example.test:80\r\n")
    assert b"Content-Length: 2" in head and b"Connection: close" in head
    assert b"Content-Type: application/json" in head
    assert body == b"{}"
