"""Where the emulator spends its time on one request, for cases that miss their target.

The request is replayed in-process against ``emulator.app.create_app`` (no sockets, one thread) under
``cProfile``, so the profile shows the application's own functions and SQLite calls rather than the event loop.
Only a hint: the absolute times differ from the served figures, the proportions are what matter.
"""

from __future__ import annotations

import asyncio
import base64
import cProfile
import io
import pstats
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench.http_load import Request


def _location(function: tuple[str, int, str]) -> str:
    filename, line, name = function
    if filename == "~":
        return name  # a builtin such as {method 'execute' of 'sqlite3.Cursor' objects}
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("emulator", "starlette", "uvicorn", "sqlite3", "json"):
        if anchor in parts:
            filename = "/".join(parts[parts.index(anchor) :])
            break
    else:
        filename = parts[-1]
    return f"{filename}:{line}({name})"


def _numbered(body: bytes | None, n: int) -> bytes | None:
    return None if body is None else body.replace(b"@", f"-{n}@".encode(), 1)


_CLIENT_SIDE = ("httpx", "httpcore", "asyncio", "anyio", "selectors", "threading", "bench", "sniffio")
_WAITING = ("poll", "acquire", "release", "get_running_loop")


def _is_client_side(function: tuple[str, int, str]) -> bool:
    """The replaying client, the event loop and lock waits: not what the emulator spends its time on."""
    filename, _line, name = function
    if filename == "~":
        return any(word in name for word in _WAITING)
    parts = filename.replace("\\", "/").split("/")
    return any(part in _CLIENT_SIDE for part in parts)


@contextmanager
def _handlers_inline() -> Iterator[None]:
    """Run work that Starlette would hand to a thread pool on the event loop's thread instead.

    ``cProfile`` sees only the thread it was enabled in; the emulator's handlers run through
    ``anyio.to_thread.run_sync``, so without this the profile would show little more than lock waits.
    """
    import anyio.to_thread

    original = anyio.to_thread.run_sync

    async def inline(func: Any, *args: Any, **_options: Any) -> Any:
        return func(*args)

    anyio.to_thread.run_sync = inline  # type: ignore[assignment]
    try:
        yield
    finally:
        anyio.to_thread.run_sync = original


def profile_request(
    db: str, request: Request, repeat: int = 30, top: int = 6, write_between: Request | None = None
) -> list[str]:
    """The functions with the most own time over ``repeat`` replays of ``request``, as readable lines.

    ``write_between`` is sent, unprofiled, before each replay, to profile the path a read takes right after a
    write. Its body may carry an e-mail address: a numbered suffix keeps every write unique.
    """
    import httpx

    from emulator.app import create_app

    password = secrets.token_urlsafe(12)
    app: Any = create_app(db=db, users=[("profiler", password, "administrator")])
    token = base64.b64encode(f"profiler:{password}".encode()).decode()
    headers = {"Authorization": f"Basic {token}"}
    if request.content_type:
        headers["Content-Type"] = request.content_type

    async def replay(profiler: cProfile.Profile) -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
            await client.request(request.method, request.path, content=request.body, headers=headers)  # warm
            for n in range(repeat):
                if write_between is not None:
                    await client.request(
                        write_between.method,
                        write_between.path,
                        content=_numbered(write_between.body, n),
                        headers={**headers, "Content-Type": write_between.content_type or "application/json"},
                    )
                profiler.enable()
                await client.request(request.method, request.path, content=request.body, headers=headers)
                profiler.disable()

    profiler = cProfile.Profile()
    with _handlers_inline():
        asyncio.run(replay(profiler))
    stats = pstats.Stats(profiler, stream=io.StringIO())
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _calls, _primitive, own, _cumulative, _callers in entries.values()) or 1.0
    server_side = {
        function: figures for function, figures in entries.items() if not _is_client_side(function)
    }
    ranked = sorted(server_side.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [f"{total / repeat * 1000:.2f} ms of emulator work per request under the profiler (inflated)"] + [
        f"{_location(function)}: {own / total:.0%} of the emulator's time, {own / repeat * 1000:.2f} ms per request"
        for function, (_calls, _primitive, own, _cumulative, _callers) in ranked
    ]
