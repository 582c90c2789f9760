"""Parallel workers must never run two single-value hypothesis draws, or two syntax-tree parses, at once."""

from __future__ import annotations

import ast
import threading
from typing import Any

import pytest
from schemathesis.generation.hypothesis import examples

from conformance import threadsafe


@pytest.mark.parametrize(("owner", "name"), [(examples, "_add_examples"), (ast, "parse")])
def test_locked_calls_never_overlap(owner: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    met: list[bool] = []
    barrier = threading.Barrier(2, timeout=0.2)

    def probe(*args: Any, **kwargs: Any) -> None:
        # Two unserialised callers meet here; serialised ones never do (the first one gives up waiting).
        try:
            barrier.wait()
            met.append(True)
        except threading.BrokenBarrierError:
            met.append(False)

    monkeypatch.setattr(owner, name, probe)
    assert threadsafe.serialise_single_draws()
    assert threadsafe.serialise_single_draws()  # a second call does not wrap twice
    threads = [threading.Thread(target=getattr(owner, name)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert met == [False, False]


def test_draws_still_produce_values() -> None:
    from hypothesis import strategies as st

    threadsafe.serialise_single_draws()
    assert examples.generate_one(st.just(3)) == 3
    assert isinstance(ast.parse("x = 1"), ast.Module)
