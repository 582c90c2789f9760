"""Which inputs of a bulk call the server rejected.

FluentCRM's bulk routes answer with the rows they stored and an echo of the rows they skipped, but the echo is the
row after sanitising (an invalid e-mail comes back as ``""``), so it cannot be matched to the input by its content.
The server walks the input in order, though: the inputs whose key it did not report as stored are, in order, the
rejected rows. Operations declare the pairing in ``x-python-sdk.rejects`` and return an :class:`Outcome`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

__all__ = ["Outcome", "Rejected", "match_rejects"]

R = TypeVar("R")
I = TypeVar("I")


@dataclass(frozen=True)
class Rejected(Generic[I]):
    """One rejected input: its position in the list sent, the input itself and what the server echoed for it."""

    index: int
    input: I
    answer: Any


@dataclass(frozen=True)
class Outcome(Generic[R, I]):
    """The parsed answer of a bulk call (``response``; its attributes are readable on the outcome too) and the
    inputs it rejected (``rejected``, in input order)."""

    response: R
    rejected: list[Rejected[I]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.response, name)


def _normal(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def match_rejects(
    inputs: Sequence[I], answers: Sequence[Any], stored: Iterable[Any], key: Callable[[I], Any]
) -> list[Rejected[I]]:
    """Pair each rejected answer with its input: the inputs whose key is not among the ``stored`` keys, in order.

    If the counts disagree (a row rejected for a reason other than its key), the pairing would be a guess, so every
    answer gets ``index == -1`` and the input ``None`` instead.
    """
    kept = {_normal(each) for each in stored}
    candidates = [(index, item) for index, item in enumerate(inputs) if _normal(key(item)) not in kept]
    if len(candidates) != len(answers):
        return [Rejected(-1, None, answer) for answer in answers]  # type: ignore[arg-type]
    return [Rejected(index, item, answer) for (index, item), answer in zip(candidates, answers)]
