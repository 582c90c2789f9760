"""Finished GET bodies, reused until the next write.

Between two writes the same read request always produces the same body (apart from ``__bench``), so the
emulator keeps the encoded bytes per database generation and only splices a fresh ``__bench`` in. Entries are
keyed by everything the body depends on (route, path, query, site URL, the signed-in user) and bounded in
total size; any write starts a new generation and makes every entry stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

MAX_BODY_BYTES = 512 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class CachedBody:
    generation: int
    status: int
    content: bytes
    bench: bool


def with_bench(content: bytes, seconds: float) -> bytes:
    """Add FluentCRM's ``__bench`` member at the end of an encoded JSON object."""
    member = b'"__bench":' + repr(seconds).encode()
    if content == b"{}":
        return b"{" + member + b"}"
    return content[:-1] + b"," + member + b"}"


class ResponseCache:
    def __init__(self, max_total_bytes: int = MAX_TOTAL_BYTES) -> None:
        self._entries: OrderedDict[tuple[object, ...], CachedBody] = OrderedDict()
        self._size = 0
        self._max_total = max_total_bytes
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], generation: int) -> CachedBody | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.generation != generation:
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: tuple[object, ...], entry: CachedBody) -> None:
        if len(entry.content) > MAX_BODY_BYTES:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._size -= len(previous.content)
            self._entries[key] = entry
            self._size += len(entry.content)
            while self._size > self._max_total and self._entries:
                _, evicted = self._entries.popitem(last=False)
                self._size -= len(evicted.content)
