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


def profile_request(db: str, request: Request, repeat: int = 30, top: int = 6) -> list[str]:
    """The functions with the most own time over ``repeat`` replays of ``request``, as readable lines."""
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
            profiler.enable()
            for _ in range(repeat):
                await client.request(request.method, request.path, content=request.body, headers=headers)
            profiler.disable()

    profiler = cProfile.Profile()
    asyncio.run(replay(profiler))
    stats = pstats.Stats(profiler, stream=io.StringIO())
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _calls, _primitive, own, _cumulative, _callers in entries.values()) or 1.0
    ranked = sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [
        f"{_location(function)}: {own / total:.0%} of own time, {own / repeat * 1000:.2f} ms per request"
        for function, (_calls, _primitive, own, _cumulative, _callers) in ranked
    ]
