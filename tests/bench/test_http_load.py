"""The load generator counts what the server answered (no timing is asserted)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.http_load import LoadTarget, Request, concurrent, sequential


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
