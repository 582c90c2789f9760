"""Which unions ``tools/wire_types.py`` converts: the shapes the ``x-python-type`` rules rely on."""

from __future__ import annotations

from typing import Any

from tools.wire_types import property_conversion

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "NumericString": {"type": "string", "pattern": "^-?[0-9]+$", "x-python-type": "int"},
            "Flag": {"type": "string", "x-python-type": "bool"},
        }
    }
}
NUMERIC = {"$ref": "#/components/schemas/NumericString"}


def test_numeric_text_or_null_is_a_nullable_int() -> None:
    conversion = property_conversion(DOCUMENT, {"anyOf": [NUMERIC, {"type": "null"}]})
    assert conversion is not None
    assert (conversion["annotation"], conversion["nullable"], conversion["kind"]) == ("int", "null", "int")


def test_numeric_text_or_a_plain_integer_keeps_the_form_it_came_in() -> None:
    conversion = property_conversion(DOCUMENT, {"anyOf": [{"type": "integer"}, NUMERIC, {"type": "null"}]})
    assert conversion is not None
    assert (conversion["kind"], conversion["nullable"]) == ("int_as_sent", "null")
    assert conversion["parse"] == "_wire.parse_int_as_sent(%s)"


def test_a_plain_integer_beside_another_kind_or_a_boolean_branch_is_left_alone() -> None:
    flag = {"$ref": "#/components/schemas/Flag"}
    assert property_conversion(DOCUMENT, {"anyOf": [{"type": "integer"}, flag]}) is None
    assert property_conversion(DOCUMENT, {"anyOf": [{"type": "integer"}, NUMERIC, {"type": "boolean"}]}) is None


def test_a_mark_on_the_property_beside_its_null_branch_is_nullable() -> None:
    schema = {"x-python-type": "bool", "anyOf": [NUMERIC, {"type": "null"}]}
    conversion = property_conversion(DOCUMENT, schema)
    assert conversion is not None
    assert (conversion["annotation"], conversion["nullable"]) == ("bool", "null")
