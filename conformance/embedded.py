"""Serve any ASGI application on 127.0.0.1 in a background thread.

The emulator ships its own ``serve``; this helper exists for apps the emulator does not build, such as the emulator
wrapped in fault-injecting middleware by the suite's own tests.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from conformance.target import BASE_PATH


@contextmanager
def serve_asgi(app: Any, *, startup_timeout: float = 15.0) -> Iterator[str]:
    """Yield the API root URL (``http://127.0.0.1:<port>/wp-json/fluent-crm/v2``) while ``app`` is served."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="off"))
    started = threading.Event()

    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"asgi-{port}", daemon=True)
    thread.start()
    # `server.started` flips once the socket is listening; poll it with the thread's own liveness as a guard.
    waited = 0.0
    while not server.started and thread.is_alive() and waited < startup_timeout:
        started.wait(0.01)
        waited += 0.01
    if not server.started:
        server.should_exit = True
        raise RuntimeError("the ASGI server did not start")
    try:
        yield f"http://127.0.0.1:{port}{BASE_PATH}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
