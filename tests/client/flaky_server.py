"""A tiny HTTP server on 127.0.0.1 that answers from a script, for retry and credential tests.

Each request takes the next scripted answer: a status with headers and a JSON body, or ``DROP`` to close the
connection without answering. When the script is used up it answers ``200`` with ``final_body``. Every request is
recorded with its method, path and headers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DROP = "drop"

EMPTY_TAG_PAGE: dict[str, Any] = {
    "tags": {
        "total": 0,
        "per_page": 15,
        "current_page": 1,
        "last_page": 1,
        "next_page_url": None,
        "prev_page_url": None,
        "from": None,
        "to": None,
        "data": [],
    },
    "__bench": 0.001,
}


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class FlakyServer:
    script: list[Answer | str]
    final_body: Any
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/wp-json/fluent-crm/v2"

    def next_answer(self) -> Answer | str:
        return self.script.pop(0) if self.script else Answer(200, body=self.final_body)


def _handler(state: FlakyServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            state.requests.append(Recorded(self.command, self.path, dict(self.headers.items())))
            answer = state.next_answer()
            if answer == DROP:
                self.close_connection = True
                self.connection.close()
                return
            assert isinstance(answer, Answer)
            payload = json.dumps(answer.body if answer.body is not None else {"message": "scripted"}).encode()
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    return Handler


@contextmanager
def flaky_server(script: list[Answer | str], final_body: Any = None) -> Iterator[FlakyServer]:
    state = FlakyServer(script=list(script), final_body=EMPTY_TAG_PAGE if final_body is None else final_body)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
