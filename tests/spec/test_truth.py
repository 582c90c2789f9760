"""Every recorded exchange the spec must describe conforms to it.

An exchange must be described when an administrator made it, or when it is an authentication or permission
failure (401/403) whoever made it. It must match a documented operation and a documented status, and its body
must validate against that response's schema. Only `rest_no_route` answers may match no operation: they are what
WordPress says for paths and methods that do not exist.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec._exchanges import described_exchanges, is_no_route
from tools.spec_match import SpecMatcher

EXCHANGES = described_exchanges()


@pytest.mark.parametrize("exchange", EXCHANGES, ids=[exchange["name"] for exchange in EXCHANGES])
def test_recorded_exchange_conforms(matcher: SpecMatcher, exchange: dict[str, Any]) -> None:
    request, response = exchange["request"], exchange["response"]
    if is_no_route(exchange) and matcher.find_operation(request["method"], request["path"]) is None:
        return  # WordPress found no route, and the spec describes none: they agree.
    errors = matcher.validate(
        request["method"], request["path"], response["status"], response["body"], request["query"]
    )
    assert errors == [], "\n".join(errors)


def test_the_selection_covers_admin_and_auth_failures() -> None:
    """Guards the parametrisation: it must include the admin traffic and the 401/403 of other credentials."""
    auths = {exchange["request"]["auth"] for exchange in EXCHANGES}
    statuses = {exchange["response"]["status"] for exchange in EXCHANGES}
    assert {"admin", "admin_lower"} <= auths
    assert {"none", "bad", "doc_literal", "manager"} & auths
    assert {401, 403} <= statuses
    assert len(EXCHANGES) > 100
