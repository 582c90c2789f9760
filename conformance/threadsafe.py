"""Locks around two things that are not safe to run in parallel, so ``--workers N`` runs do not trip over them.

schemathesis 4.32.5 draws one-off values (coverage-phase templates, explicit examples) by running a tiny seeded
``@given`` test in ``schemathesis.generation.hypothesis.examples._add_examples``. Hypothesis does not support two
of those running at the same time in one process: with two workers about every other run reported "Inconsistent
results: A test case failed on the first run but now succeeds" from the coverage phase, and the run failed with an
engine error although the server was fine. Serialising only those draws removes the overlap; requests, checks and
the fuzzing phase still run in parallel.

Hypothesis also parses source code (``ast.parse``) to describe the lambdas in strategies, and on Python 3.11 two
threads converting syntax trees at once can fail with "AST constructor recursion depth mismatch". Those parses
are short and rare, so they share the same lock.
"""

from __future__ import annotations

import ast
import functools
import threading
from typing import Any

from schemathesis.generation.hypothesis import examples

_DRAW_LOCK = threading.RLock()
_MARK = "_conformance_serialised"


def serialise_single_draws() -> bool:
    """Wrap the draw helper and ``ast.parse`` in a process-wide lock (idempotent).

    ``False`` when this schemathesis lacks the draw helper (``ast.parse`` is wrapped either way).
    """
    _lock_attribute(ast, "parse")
    return _lock_attribute(examples, "_add_examples")


def _lock_attribute(owner: Any, name: str) -> bool:
    original = getattr(owner, name, None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    @functools.wraps(original)
    def locked(*args: Any, **kwargs: Any) -> Any:
        with _DRAW_LOCK:
            return original(*args, **kwargs)

    setattr(locked, _MARK, True)
    setattr(owner, name, locked)
    return True
