"""Every emulator response to the recorded requests conforms to the OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator.replay import Outcome, Replayer

spec_match = pytest.importorskip("tools.spec_match")


@pytest.fixture(scope="module")
def outcomes(exchanges: list[dict[str, Any]]) -> Iterator[list[Outcome]]:
    replayer = Replayer()
    try:
        yield [replayer.send(exchange) for exchange in exchanges]
    finally:
        replayer.close()


def test_emulator_responses_validate_against_the_spec(
    bundled_spec: dict[str, Any], outcomes: list[Outcome]
) -> None:
    matcher = spec_match.SpecMatcher(bundled_spec)
    problems: list[str] = []
    checked = 0
    for outcome in outcomes:
        method, path, query = outcome.request["method"], outcome.request["path"], outcome.request["query"]
        if matcher.find_operation(method.lower(), spec_match.normalise_request(path, query)[0]) is None:
            # Unknown routes and wrong methods (rest_no_route) have no operation to validate against.
            assert outcome.status == 404, f"{outcome.name}: no operation, yet status {outcome.status}"
            continue
        checked += 1
        for error in matcher.validate(method, path, outcome.status, outcome.body, query):
            problems.append(f"{outcome.name}: {error}")
    print(
        f"\nspec conformance: {checked - len({p.split(':')[0] for p in problems})}/{checked} responses conform"
    )
    assert not problems, "\n".join(problems[:40])
