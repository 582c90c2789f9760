"""The spec is precise: it rejects recorded bodies whose leaves have the wrong JSON type.

A spec that says `{}` everywhere would pass the truth check, so this check measures the opposite direction. It
takes the recorded bodies the truth check accepts (2xx and 4xx, JSON) and makes *mutants*, each changing the JSON
type of a single leaf (a string, number, boolean or null):

* string → number (the digits of a numeric string, otherwise 7), number → string (its digits), boolean → string,
  null → object;
* a mutant must give the leaf a type that the same field never has in any recording of the same operation and
  status. The field is identified by its path with array indices folded (`/subscribers/data/*/tags/*/id`). When
  the first choice is a type seen there (for example `null` for a nullable column), the next type of a fixed
  order (integer, string, boolean, object, null) that was never seen is used; a leaf for which no such type is left
  is not mutated. This way every mutant is wrong by the recordings' own evidence, and accepting it is a
  shortcoming of the spec.

Leaves are sampled deterministically (a fixed seed and a fixed number per exchange) to keep the check fast. At
least 95% of mutants must be rejected; the figure is printed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import json_type
from tests.spec._exchanges import described_exchanges
from tools.spec_match import SpecMatcher, normalise_request

THRESHOLD = 0.95
LEAVES_PER_EXCHANGE = 12
SEED = 20261126
FALLBACK_ORDER = ("integer", "string", "boolean", "object", "null")

Path = tuple[Any, ...]


def leaves(node: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, (*path, index))
    else:
        yield path, node


def field_of(path: Path) -> str:
    """The field a leaf belongs to: its path with array positions folded together."""
    return "/" + "/".join("*" if isinstance(part, int) else str(part) for part in path)


def value_of_type(kind: str, original: Any) -> Any:
    if kind == "integer":
        return int(original) if isinstance(original, str) and original.lstrip("-").isdigit() else 7
    if kind == "string":
        return str(original).lower() if isinstance(original, (bool, int, float)) else "text"
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    return None


def mutation(original: Any, seen: set[str]) -> Any:
    """A value of a type the field never had in any recording, or ``...`` when none is left."""
    first = {
        "string": "integer",
        "integer": "string",
        "number": "string",
        "boolean": "string",
        "null": "object",
    }
    kinds = [first[json_type(original)], *FALLBACK_ORDER]
    for kind in kinds:
        if kind not in seen and not (kind == "integer" and "number" in seen):
            return value_of_type(kind, original)
    return ...


def replaced(body: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(body, dict):
        return {**body, head: replaced(body[head], rest, value)}
    copy = list(body)
    copy[head] = replaced(body[head], rest, value)
    return copy


def operation_key(matcher: SpecMatcher, exchange: dict[str, Any]) -> tuple[str, int] | None:
    """`("METHOD /template", status)`: the unit whose recordings define which types a field may have."""
    request = exchange["request"]
    path, _ = normalise_request(request["path"], request["query"])
    found = matcher.find_operation(request["method"], path)
    if found is None:
        return None
    return f"{request['method'].upper()} {found[0]}", exchange["response"]["status"]


def test_type_flipped_leaves_are_rejected(matcher: SpecMatcher, capsys: pytest.CaptureFixture[str]) -> None:
    candidates = []
    for exchange in described_exchanges():
        response, request = exchange["response"], exchange["request"]
        if not (200 <= response["status"] < 500) or not isinstance(response["body"], (dict, list)):
            continue
        key = operation_key(matcher, exchange)
        if key is None:
            continue
        if matcher.validate(
            request["method"], request["path"], response["status"], response["body"], request["query"]
        ):
            continue  # the truth check reports it; a non-conforming original says nothing about precision
        candidates.append((key, exchange))

    seen_types: dict[tuple[tuple[str, int], str], set[str]] = defaultdict(set)
    for key, exchange in candidates:
        for path, value in leaves(exchange["response"]["body"]):
            seen_types[(key, field_of(path))].add(json_type(value))

    rng = random.Random(SEED)
    total = rejected = 0
    accepted: dict[str, int] = defaultdict(int)
    per_operation: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, exchange in candidates:
        request, response = exchange["request"], exchange["response"]
        body_leaves = list(leaves(response["body"]))
        sample = rng.sample(body_leaves, min(LEAVES_PER_EXCHANGE, len(body_leaves)))
        for path, value in sample:
            mutant_value = mutation(value, seen_types[(key, field_of(path))])
            if mutant_value is ...:
                continue
            mutant = replaced(response["body"], path, mutant_value)
            errors = matcher.validate(
                request["method"], request["path"], response["status"], mutant, request["query"]
            )
            total += 1
            per_operation[key[0]][1] += 1
            if errors:
                rejected += 1
                per_operation[key[0]][0] += 1
            else:
                accepted[
                    f"{key[0]} {key[1]} {field_of(path)}: {json_type(value)} -> {json_type(mutant_value)}"
                ] += 1

    assert total > 500, f"only {total} mutants: the sample is too small to mean anything"
    ratio = rejected / total
    with capsys.disabled():
        print(f"\nspec precision: {rejected}/{total} type-flipped leaves rejected ({ratio:.1%})")
        for operation, (bad, all_) in sorted(per_operation.items()):
            print(f"  {operation}: {bad}/{all_}")
        for description, count in sorted(accepted.items(), key=lambda item: -item[1])[:15]:
            print(f"  accepted x{count}: {description}")
    assert ratio >= THRESHOLD


def test_mutation_never_picks_a_type_seen_in_the_recordings() -> None:
    assert mutation("0", {"string"}) == 0
    assert mutation(None, {"null", "string"}) == {}
    assert mutation(None, {"null", "object", "string"}) == 7
    assert mutation(3, {"integer"}) == "3"
    assert mutation(True, {"boolean"}) == "true"
    assert mutation(1.5, {"number"}) == "1.5"
    assert mutation("x", set(FALLBACK_ORDER)) is ...
