"""The generated models against what FluentCRM really sent: every recorded success body (the first recordings,
the ones across all routes and the project's own live ones) parses, and writing the model back gives the same
JSON, so ids keep their JSON types and timestamps, numeric strings and the other values the models hold as Python
types (``x-python-type``) go back as the exact text the server sent."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from fluentcrm_client.client import Client

from tests.conftest import load_core_exchanges, load_exchanges, load_live_exchanges
from tools.spec_match import SpecMatcher

REPO = Path(__file__).resolve().parents[2]
PUBLISHED = REPO / "generated" / "openapi" / "fluentcrm.openapi.json"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _modules() -> dict[str, Any]:
    from fluentcrm_client import api

    found = {}
    for group in Path(api.__file__).parent.iterdir():
        if group.is_dir() and (group / "__init__.py").exists():
            for module in group.glob("*.py"):
                if module.stem != "__init__":
                    found[module.stem] = importlib.import_module(
                        f"fluentcrm_client.api.{group.name}.{module.stem}"
                    )
    return found


def _recorded_successes() -> list[tuple[str, str, dict[str, Any] | list[Any]]]:
    matcher = SpecMatcher(json.loads(PUBLISHED.read_text(encoding="utf-8")))
    cases = []
    for exchange in [*load_exchanges(), *load_core_exchanges(), *load_live_exchanges()]:
        request, response = exchange["request"], exchange["response"]
        if request["auth"] != "admin" or not 200 <= response["status"] < 300:
            continue
        if not isinstance(response["body"], (dict, list)) or request["method"] == "OPTIONS":
            continue
        match = matcher.find_operation(request["method"], request["path"])
        if match is None:
            continue
        cases.append((exchange["name"], match[1]["operationId"], response["body"]))
    return cases


CASES = _recorded_successes()


def test_the_recordings_cover_most_operations() -> None:
    assert len({operation for _, operation, _ in CASES}) >= 150


@pytest.mark.parametrize(("name", "operation", "body"), CASES, ids=[case[0] for case in CASES])
def test_recorded_body_parses_and_round_trips(name: str, operation: str, body: Any) -> None:
    module = _modules()[_snake(operation)]
    response = httpx.Response(200, json=body, request=httpx.Request("GET", "http://127.0.0.1/"))
    parsed = module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)
    assert parsed is not None
    assert _empty_maps_as_objects(parsed.to_dict()) == _empty_maps_as_objects(body)


def _empty_maps_as_objects(value: Any) -> Any:
    """PHP encodes an empty map as ``[]``; the properties the client reads as dicts (``x-python-type: dict``)
    write it back as ``{}``. Both mean the same empty map. Likewise MySQL's zero date in a nullable time column
    reads as ``None`` and goes back as ``null``."""
    if value == []:
        return {}
    if value == "0000-00-00 00:00:00":
        return None
    if isinstance(value, dict):
        return {key: _empty_maps_as_objects(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_empty_maps_as_objects(item) for item in value]
    return value


def test_unknown_enum_values_do_not_fail_the_parse() -> None:
    """The spec keeps response enums open; the generated enum checks pass unknown strings through."""
    from fluentcrm_client.models.contact_input import ContactInput
    from fluentcrm_client.models.contact_status_input import check_contact_status_input

    parsed = ContactInput.from_dict({"email": "a@example.com", "status": "archived-by-a-newer-server"})
    assert parsed.status == "archived-by-a-newer-server"
    with pytest.raises(TypeError):
        check_contact_status_input(42)  # type: ignore[arg-type]


def test_php_form_encoding() -> None:
    from fluentcrm_client.php_form import php_form_fields

    assert php_form_fields(
        {
            "tags": [1, 2],
            "lists[]": [3],
            "custom_values": {"plan": "pro", "colors": ["red", "blue"]},
            "skip": None,
            "__force_update": True,
            "contacts": [{"email": "a@example.com"}],
        }
    ) == {
        "tags[]": ["1", "2"],
        "lists[]": ["3"],
        "custom_values[plan]": "pro",
        "custom_values[colors][]": ["red", "blue"],
        "__force_update": "1",
        "contacts[0][email]": "a@example.com",
    }
