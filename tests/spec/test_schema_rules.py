"""The generator-friendly schema rules (``tools/schema_rules.py``) hold for the spec, and catch what they must."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tools.schema_rules import SchemaRuleViolation, check_schema_rules, name_inline_models, naming_problems

LIVE = Path(__file__).resolve().parents[1] / "data" / "live" / "empty-maps.jsonl"


def test_the_spec_follows_the_rules(bundled_spec: dict[str, Any]) -> None:
    assert naming_problems(name_inline_models(copy.deepcopy(bundled_spec))) == []


def test_the_published_document_names_every_inline_model() -> None:
    published = Path(__file__).resolve().parents[2] / "generated" / "openapi" / "fluentcrm.openapi.json"
    assert naming_problems(json.loads(published.read_text(encoding="utf-8"))) == []


def _with_inline_response(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(spec)
    broken["paths"]["/tags/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = schema
    return broken


def test_derived_titles_say_where_the_model_sits_and_never_clash(bundled_spec: dict[str, Any]) -> None:
    def untitled() -> dict[str, Any]:
        inner = {"type": "object", "properties": {"x": {"type": "string"}}}
        return {"type": "object", "properties": {"tag": inner}}

    named = name_inline_models(_with_inline_response(bundled_spec, untitled()))
    schema = named["paths"]["/tags/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["title"] == "GetTagResponse"
    assert schema["properties"]["tag"]["title"] == "GetTagResponseTag"
    again = name_inline_models(_with_inline_response(bundled_spec, untitled()))
    assert json.dumps(again, sort_keys=True) == json.dumps(named, sort_keys=True)
    hand = {"title": "UpdateTagResponse", "type": "object", "properties": {"y": {"type": "string"}}}
    both = _with_inline_response(bundled_spec, hand)
    put = both["paths"]["/tags/{id}"]["put"]["responses"]["200"]["content"]["application/json"]
    put["schema"] = untitled()
    name_inline_models(both)
    assert put["schema"]["title"] == "UpdateTagResponse2"  # the hand-written title elsewhere wins


def test_an_untitled_inline_model_stops_the_build(bundled_spec: dict[str, Any]) -> None:
    broken = _with_inline_response(
        bundled_spec, {"type": "object", "properties": {"tag": {"type": "string"}}}
    )
    with pytest.raises(SchemaRuleViolation, match=r"~1tags~1\{id\}/get/responses/200.*needs a `title`"):
        check_schema_rules(broken, "test")


def test_an_untitled_union_is_caught_but_a_nullable_reference_is_not(bundled_spec: dict[str, Any]) -> None:
    union = {"anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "array", "maxItems": 0}]}
    assert any("needs a `title`" in p for p in naming_problems(_with_inline_response(bundled_spec, union)))
    nullable = {"anyOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "null"}]}
    here = "~1tags~1{id}/get/responses/200"
    assert [p for p in naming_problems(_with_inline_response(bundled_spec, nullable)) if here in p] == []


def test_titles_must_not_clash(bundled_spec: dict[str, Any]) -> None:
    clash = {"title": "Tag", "type": "object", "properties": {"x": {"type": "string"}}}
    assert any(
        "name of a component" in p for p in naming_problems(_with_inline_response(bundled_spec, clash))
    )
    reused = {"title": "WpErrorData", "type": "object", "properties": {"other": {"type": "string"}}}
    assert any("already used" in p for p in naming_problems(_with_inline_response(bundled_spec, reused)))


def test_required_must_sit_next_to_its_properties(bundled_spec: dict[str, Any]) -> None:
    split = {
        "title": "Split",
        "allOf": [
            {"type": "object", "properties": {"status": {"type": "string"}}},
            {"type": "object", "required": ["status"], "properties": {"email": {"type": "string"}}},
        ],
    }
    problems = naming_problems(_with_inline_response(bundled_spec, split))
    assert any("required status not among the properties" in p for p in problems)


def _live(name: str) -> Any:
    for line in LIVE.read_text(encoding="utf-8").splitlines():
        exchange = json.loads(line)
        if exchange["name"] == f"empty-maps.{name}":
            return exchange["response"]["body"]
    raise AssertionError(f"no recorded exchange empty-maps.{name}")


def test_empty_maps_are_described_as_the_server_sends_them(bundled_spec: dict[str, Any]) -> None:
    """Only where FluentCRM really sends both `{}`-maps and `[]` does the spec keep a union."""
    schemas = bundled_spec["components"]["schemas"]
    assert _live("contact_custom_values_none")["subscriber"]["custom_values"] == {}
    assert schemas["CustomValues"]["type"] == "object" and "anyOf" not in schemas["CustomValues"]
    assert _live("contacts_list_custom_fields_no_values")["subscribers"]["data"][0]["custom_fields"] == []
    listed = schemas["ContactListItem"]["allOf"][1]["properties"]["custom_fields"]
    assert [branch.get("type") for branch in listed["anyOf"]] == [None, "array"]
    assert _live("report_stats_reversed_range")["stats"] == []
    assert _live("contact_commerce_stat_without_commerce")["subscriber"]["commerce_stat"] == []
    args = schemas["RouteDescription"]["properties"]["endpoints"]["items"]["properties"]["args"]
    assert all(endpoint["args"] == [] for endpoint in _live("options_route_args")["endpoints"])
    assert args["type"] == "array" and args["maxItems"] == 0
