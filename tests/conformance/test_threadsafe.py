"""Parallel workers must never run two of schemathesis' single-value hypothesis draws at the same time."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from schemathesis.generation.hypothesis import examples

from conformance import threadsafe


def test_single_draws_never_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    met: list[bool] = []
    barrier = threading.Barrier(2, timeout=0.2)

    def probe(*args: Any, **kwargs: Any) -> None:
        # Two unserialised callers meet here; serialised ones never do (the first one gives up waiting).
        try:
            barrier.wait()
            met.append(True)
        except threading.BrokenBarrierError:
            met.append(False)

    monkeypatch.setattr(examples, "_add_examples", probe)
    assert threadsafe.serialise_single_draws()
    assert threadsafe.serialise_single_draws()  # a second call does not wrap twice
    threads = [threading.Thread(target=examples._add_examples, args=(None, [], None, 1)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert met == [False, False]


def test_draws_still_produce_values() -> None:
    from hypothesis import strategies as st

    threadsafe.serialise_single_draws()
    assert examples.generate_one(st.just(3)) == 3
