"""The reshapings of ``tools/generator_shapes.py`` change how a schema is written, never what it accepts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.generator_shapes import (
    inline_alias_references,
    lift_component_members,
    lift_named_examples,
    null_properties_as_const,
    open_enum_as_union,
    reshape_for_generators,
    split_type_list,
    write_out_awkward_components,
)
from tools.schema_rules import naming_problems

REPO = Path(__file__).resolve().parents[2]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)

MIXED = [
    {"type": ["integer", "string"], "pattern": "^[0-9]+$", "minimum": 1, "description": "an id"},
    {
        "type": ["object", "array", "null"],
        "properties": {"a": {"type": "integer"}},
        "required": ["a"],
        "maxItems": 0,
    },
    {"type": ["string", "number", "boolean"], "minLength": 2, "maximum": 10, "enum": ["ab", 3, True, "x"]},
    {"type": ["array", "string", "null"], "items": {"type": "integer"}, "format": "uri"},
]


@pytest.mark.parametrize(
    "schema", MIXED, ids=["int-or-digits", "object-or-empty-array", "enum", "array-or-uri"]
)
@settings(max_examples=300, deadline=None)
@given(instance=json_values)
def test_a_split_type_list_accepts_exactly_what_it_accepted(schema: dict[str, Any], instance: Any) -> None:
    split = copy.deepcopy(schema)
    split_type_list(split)
    assert "type" not in split and "anyOf" in split
    before = jsonschema.Draft202012Validator(schema).is_valid(instance)
    after = jsonschema.Draft202012Validator(split).is_valid(instance)
    assert before == after


def test_a_split_puts_each_keyword_on_the_branch_it_constrains() -> None:
    schema = copy.deepcopy(MIXED[0])
    split_type_list(schema)
    assert schema == {
        "description": "an id",
        "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^[0-9]+$"}],
    }
    nullable = {"type": ["object", "string", "null"]}
    split_type_list(nullable)
    assert nullable == {"anyOf": [{"type": "object"}, {"type": ["string", "null"]}]}


OPEN_ENUMS = [
    {"type": "string", "x-fluentcrm-open-enum": ["ab", "b"], "examples": ["ab"], "description": "a status"},
    {"type": ["string", "null"], "x-fluentcrm-open-enum": ["ab", ""], "maxLength": 2},
]
#: Mostly the known values, a few other strings and other JSON values.
open_enum_instances = st.sampled_from(["ab", "b", "", "abc", "B"]) | st.text(max_size=3) | json_values


@pytest.mark.parametrize("schema", OPEN_ENUMS, ids=["string", "nullable-with-bound"])
@settings(max_examples=300, deadline=None)
@given(instance=open_enum_instances)
def test_an_open_enum_union_accepts_exactly_what_the_string_accepted(
    schema: dict[str, Any], instance: Any
) -> None:
    union = copy.deepcopy(schema)
    open_enum_as_union(union)
    assert "type" not in union
    assert union["anyOf"][0] == {"type": "string", "enum": schema["x-fluentcrm-open-enum"]}
    before = jsonschema.Draft202012Validator(schema).is_valid(instance)
    after = jsonschema.Draft202012Validator(union).is_valid(instance)
    assert before == after


def test_an_open_enum_keeps_its_annotations_and_puts_string_keywords_on_the_open_branch() -> None:
    schema = copy.deepcopy(OPEN_ENUMS[1])
    open_enum_as_union(schema)
    assert schema == {
        "x-fluentcrm-open-enum": ["ab", ""],
        "anyOf": [{"type": "string", "enum": ["ab", ""]}, {"type": ["string", "null"], "maxLength": 2}],
    }


def test_an_open_enum_component_becomes_a_known_and_an_other_component() -> None:
    document = _document(
        {
            "Status": {"title": "Status", "type": "string", "x-fluentcrm-open-enum": ["on", "off"]},
            "Row": {
                "type": "object",
                "properties": {
                    "status": {"$ref": "#/components/schemas/Status"},
                    "kind": {"type": "string", "x-fluentcrm-open-enum": ["a"]},
                },
            },
        }
    )
    reshape_for_generators(document)
    schemas = document["components"]["schemas"]
    assert schemas["Status"]["anyOf"] == [
        {"$ref": "#/components/schemas/StatusKnown"},
        {"$ref": "#/components/schemas/StatusOther"},
    ]
    assert schemas["StatusKnown"] == {"title": "StatusKnown", "type": "string", "enum": ["on", "off"]}
    assert schemas["StatusOther"] == {"title": "StatusOther", "type": "string"}
    row = schemas["Row"]["properties"]
    assert row["status"] == {"$ref": "#/components/schemas/Status"}
    assert row["kind"]["anyOf"] == [{"type": "string", "enum": ["a"]}, {"type": "string"}]
    assert row["kind"]["title"]  # an inline union is a model generators name: it gets a stable title


def _document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def test_inline_schemas_at_the_top_of_a_component_get_components_of_their_own() -> None:
    document = _document(
        {
            "Value": {
                "anyOf": [{"type": "object", "title": "Named", "properties": {"a": {}}}, {"type": "string"}]
            },
            "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
            "Rows": {"type": "array", "items": {"type": "object", "properties": {"b": {}}}},
            "Loose": {"type": "object", "additionalProperties": True},
            "Maybe": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
        }
    )
    lift_component_members(document)
    schemas = document["components"]["schemas"]
    assert schemas["Value"]["anyOf"] == [
        {"$ref": "#/components/schemas/Named"},
        {"$ref": "#/components/schemas/ValueOption2"},
    ]
    assert schemas["ValueOption2"] == {"type": "string"}
    assert schemas["Counts"]["additionalProperties"] == {"$ref": "#/components/schemas/CountsValue"}
    assert schemas["Rows"]["items"] == {"$ref": "#/components/schemas/RowsItem"}
    assert schemas["Loose"] == {"type": "object"}  # `additionalProperties: true` is the default
    assert schemas["Maybe"] == {"type": ["integer", "null"], "minimum": 1}


def test_a_referenced_primitive_is_written_out_where_it_is_a_member_and_dropped_when_unused() -> None:
    document = _document(
        {
            "Digits": {"type": "string", "pattern": "^[0-9]+$"},
            "Kept": {"type": "string", "format": "date"},
            "Holder": {
                "type": "object",
                "properties": {
                    "either": {"anyOf": [{"$ref": "#/components/schemas/Digits"}, {"type": "integer"}]},
                    "list": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Digits", "description": "d"},
                    },
                    "day": {"$ref": "#/components/schemas/Kept"},
                },
            },
        }
    )
    inline_alias_references(document)
    schemas = document["components"]["schemas"]
    holder = schemas["Holder"]["properties"]
    assert holder["either"]["anyOf"][0] == {"type": "string", "pattern": "^[0-9]+$"}
    assert holder["list"]["items"] == {"type": "string", "pattern": "^[0-9]+$", "description": "d"}
    assert holder["day"] == {"$ref": "#/components/schemas/Kept"}  # a property reference is read fine
    assert "Digits" not in schemas and "Kept" in schemas


def test_named_examples_move_to_components_once() -> None:
    example = {"summary": "one", "value": {"id": 1}}
    response = {"description": "ok", "content": {"application/json": {"examples": {"found": example}}}}
    document = _document(
        {},
        {
            "/a": {"get": {"operationId": "getA", "responses": {"200": copy.deepcopy(response)}}},
            "/b": {"get": {"operationId": "getB", "responses": {"200": copy.deepcopy(response)}}},
        },
    )
    lift_named_examples(document)
    assert document["components"]["examples"] == {
        "GetAResponseFound": example,
        "GetBResponseFound": example,
    }
    content = document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["examples"] == {"found": {"$ref": "#/components/examples/GetAResponseFound"}}


def test_an_always_null_property_becomes_const_null_but_a_nullable_branch_stays() -> None:
    document = _document(
        {
            "Row": {
                "type": "object",
                "properties": {
                    "gone": {"type": "null"},
                    "maybe": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                },
            }
        }
    )
    null_properties_as_const(document)
    properties = document["components"]["schemas"]["Row"]["properties"]
    assert properties["gone"] == {"const": None}
    assert properties["maybe"]["anyOf"][1] == {"type": "null"}


def test_a_32_bit_overflowing_bound_needs_int64() -> None:
    document = _document({"Days": {"type": "integer", "maximum": 2**40}})
    assert any("format: int64" in problem for problem in naming_problems(document))
    document["components"]["schemas"]["Days"]["format"] = "int64"
    assert not naming_problems(document)


def test_the_published_document_has_none_of_the_shapes_generators_stumble_over() -> None:
    published = json.loads(
        (REPO / "generated" / "openapi" / "fluentcrm.openapi.json").read_text(encoding="utf-8")
    )
    again = reshape_for_generators(copy.deepcopy(published))
    assert again == published, "reshaping is idempotent on its own output"
    schemas = published["components"]["schemas"]
    for name, schema in schemas.items():
        for keyword in ("anyOf", "oneOf"):
            for member in schema.get(keyword) or []:
                assert "$ref" in member, f"{name}: inline {keyword} member at the top of a component"
        for keyword in ("items", "additionalProperties"):
            member = schema.get(keyword)
            assert member is not True and (not isinstance(member, dict) or "$ref" in member), (
                f"{name}.{keyword}"
            )
    text = json.dumps(published)
    assert '"type": ["integer", "string"]' not in text


def _awkward_fixture() -> dict[str, Any]:
    choice = {"$ref": "#/components/schemas/Choice"}
    return _document(
        {
            "Choice": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "minLength": 1}]},
            "Wrapper": {"type": "array", "items": choice},
            "Loop": {
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/Loop"}},
                ]
            },
            "Base": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "Model": {
                "type": "object",
                "required": ["c"],
                "properties": {
                    "c": {**choice, "description": "at the site"},
                    "w": {"$ref": "#/components/schemas/Wrapper", "description": "a wrapper"},
                    "n": {"anyOf": [choice, {"type": "null"}]},
                    "loop": {"$ref": "#/components/schemas/Loop"},
                    "open": {"type": "object", "properties": {"a": {}}, "additionalProperties": True},
                },
            },
            "Derived": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "properties": {"m": {"type": "object", "additionalProperties": choice}},
                    },
                ]
            },
            "Plain": {
                "allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"k": {"type": "string"}}}]
            },
        }
    )


def test_a_component_the_normalizer_and_typescript_fetch_disagree_on_is_written_out_where_it_is_used() -> (
    None
):
    document = _awkward_fixture()
    write_out_awkward_components(document)
    schemas = document["components"]["schemas"]
    assert "Choice" not in schemas and "Wrapper" not in schemas
    written = {
        "title": "Choice",
        "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "minLength": 1}],
    }
    model = schemas["Model"]["properties"]
    # A union copy carries no annotation of its site, so that every copy is the same model.
    assert model["c"] == written
    # A copy of an array is no model: it keeps what its site said.
    assert model["w"] == {"title": "Wrapper", "type": "array", "items": written, "description": "a wrapper"}
    assert model["n"]["anyOf"] == [{**written, "title": "NullableChoice"}, {"type": "null"}]
    # A component that refers to itself cannot be written out; it stays.
    assert "Loop" in schemas and model["loop"] == {"$ref": "#/components/schemas/Loop"}
    # An allOf member holding a union becomes a component; one without stays inline.
    assert schemas["Derived"]["allOf"][1] == {"$ref": "#/components/schemas/DerivedOwn"}
    assert schemas["DerivedOwn"]["properties"]["m"]["additionalProperties"] == written
    assert "$ref" not in schemas["Plain"]["allOf"][1]
    assert model["open"]["additionalProperties"] is True  # not a copy: left as written


def test_written_out_copies_turn_open_maps_into_empty_schemas() -> None:
    # `additionalProperties: true` at the top makes the component awkward; its copies say `{}` instead.
    document = _document(
        {
            "Settings": {"type": "object", "properties": {"a": {}}, "additionalProperties": True},
            "Holder": {"type": "object", "properties": {"s": {"$ref": "#/components/schemas/Settings"}}},
        }
    )
    write_out_awkward_components(document)
    schemas = document["components"]["schemas"]
    assert "Settings" not in schemas
    assert schemas["Holder"]["properties"]["s"] == {
        "title": "Settings",
        "type": "object",
        "properties": {"a": {}},
        "additionalProperties": {},
    }


model_instances = st.fixed_dictionaries(
    {},
    optional={
        "c": json_values,
        "w": st.lists(json_values, max_size=3) | json_values,
        "n": json_values,
        "loop": st.lists(st.text(max_size=2) | st.lists(st.text(max_size=2), max_size=2), max_size=2)
        | json_values,
        "open": st.dictionaries(st.text(max_size=3), json_values, max_size=3),
    },
)


@settings(max_examples=300, deadline=None)
@given(
    instance=model_instances | json_values,
    derived=st.dictionaries(st.sampled_from(["id", "m", "x"]), json_values),
)
def test_writing_out_components_accepts_exactly_what_the_references_accepted(
    instance: Any, derived: Any
) -> None:
    before = _awkward_fixture()
    after = copy.deepcopy(before)
    write_out_awkward_components(after)
    for name, value in (("Model", instance), ("Derived", derived)):
        verdicts = [
            jsonschema.Draft202012Validator({**document, "$ref": f"#/components/schemas/{name}"}).is_valid(
                value
            )
            for document in (before, after)
        ]
        assert verdicts[0] == verdicts[1], (name, value)


def test_the_single_body_document_gives_typescript_fetch_no_reference_to_look_through() -> None:
    single_body = json.loads(
        (REPO / "generated" / "openapi" / "fluentcrm.single-body.openapi.json").read_text(encoding="utf-8")
    )
    again = reshape_for_generators(copy.deepcopy(single_body), unions_in_place=True)
    assert again == single_body, "reshaping is idempotent on its own output"
    schemas = single_body["components"]["schemas"]
    aliases = {
        name
        for name, schema in schemas.items()
        if not (schema.get("properties") or any(key in schema for key in ("anyOf", "oneOf", "allOf", "enum")))
    }
    for name, schema in schemas.items():
        members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
        # `additionalProperties: false` is no schema to look up.
        members += [
            schema[key] for key in ("items", "additionalProperties") if schema.get(key) not in (None, False)
        ]
        for member in members:
            assert isinstance(member, dict) and "$ref" in member, f"{name}: inline member at the top"
            target = member["$ref"].rsplit("/", 1)[1]
            assert target not in aliases, f"{name}: refers to {target}, which generators look through"
