"""Overlay loading, validation and application (tools/overlay.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.overlay import Overlay, OverlayError, apply_overlay, apply_overlays, load_overlay, validate_overlay


def _overlay(
    actions: list[dict[str, Any]], version: str = "1.1.0", source: str = "overlays/test.yaml"
) -> Overlay:
    return validate_overlay(
        {"overlay": version, "info": {"title": "t", "version": "1"}, "actions": actions}, source
    )


DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "x", "version": "1", "contact": {"name": "a"}},
    "tags": [{"name": "Contacts"}],
    "paths": {
        "/subscribers": {
            "get": {
                "operationId": "listContacts",
                "parameters": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
            },
            "options": {"operationId": "describe"},
        },
        "/lists": {"get": {"operationId": "listLists"}, "options": {"operationId": "describeLists"}},
    },
}


def test_update_merges_objects_recursively_and_appends_to_arrays() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            [
                {"target": "$.info", "update": {"contact": {"email": "e@x"}, "title": "new"}},
                {"target": "$.tags", "update": {"name": "Lists"}},
            ]
        ),
    )
    assert result["info"] == {"title": "new", "version": "1", "contact": {"name": "a", "email": "e@x"}}
    assert result["tags"] == [{"name": "Contacts"}, {"name": "Lists"}]
    assert DOC["info"]["title"] == "x", "the input document must not change"


def test_update_follows_the_overlay_merge_rules_for_nested_values() -> None:
    """Overlay 1.1: nested arrays are concatenated, primitives replaced, objects merged."""
    result = apply_overlay(
        DOC,
        _overlay(
            [
                {
                    "target": "$.paths['/subscribers'].get",
                    "update": {"parameters": [{"name": "d"}], "operationId": "listAll", "x-new": {"a": 1}},
                }
            ]
        ),
    )
    operation = result["paths"]["/subscribers"]["get"]
    assert [p["name"] for p in operation["parameters"]] == ["a", "b", "c", "d"]
    assert operation["operationId"] == "listAll"
    assert operation["x-new"] == {"a": 1}


@pytest.mark.parametrize(
    ("update", "shape"),
    [
        ({"info": {"title": {"text": "x"}}}, "an object into a primitive at @.info.title"),
        ({"info": ["x"]}, "an array into an object at @.info"),
        ({"tags": {"name": "x"}}, "an object into an array at @.tags"),
    ],
)
def test_incompatible_values_fail_instead_of_replacing(update: dict[str, Any], shape: str) -> None:
    with pytest.raises(
        OverlayError, match=rf"overlays/test.yaml: action 0 \('merge'\): cannot merge {shape}"
    ):
        apply_overlay(DOC, _overlay([{"target": "$", "description": "merge", "update": update}]))


def test_a_node_selected_twice_is_changed_once() -> None:
    twice = "$.paths['/subscribers','/subscribers'].get"
    updated = apply_overlay(DOC, _overlay([{"target": twice + ".parameters", "update": {"name": "d"}}]))
    assert [p["name"] for p in updated["paths"]["/subscribers"]["get"]["parameters"]] == ["a", "b", "c", "d"]
    removed = apply_overlay(DOC, _overlay([{"target": twice, "remove": True}]))
    assert "get" not in removed["paths"]["/subscribers"]


def test_remove_deletes_every_match_including_array_items() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            [
                {"target": "$.paths.*.options", "remove": True},
                {"target": "$.paths['/subscribers'].get.parameters[?@.name != 'b']", "remove": True},
            ]
        ),
    )
    assert all("options" not in item for item in result["paths"].values())
    assert result["paths"]["/subscribers"]["get"]["parameters"] == [{"name": "b"}]


def test_filter_targets_select_operations_by_id() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            [
                {
                    "target": "$.paths.*[?@.operationId == 'listLists']",
                    "update": {"x-python-sdk": {"method": "list"}},
                }
            ]
        ),
    )
    assert result["paths"]["/lists"]["get"]["x-python-sdk"] == {"method": "list"}
    assert "x-python-sdk" not in result["paths"]["/subscribers"]["get"]


def test_copy_merges_the_single_source_node() -> None:
    result = apply_overlay(DOC, _overlay([{"target": "$.paths['/lists'].get", "copy": "$.info.contact"}]))
    assert result["paths"]["/lists"]["get"] == {"operationId": "listLists", "name": "a"}


def test_copy_with_several_sources_fails() -> None:
    with pytest.raises(OverlayError, match="exactly one node"):
        apply_overlay(DOC, _overlay([{"target": "$.info", "copy": "$.paths.*.get"}]))


def test_unmatched_target_fails_naming_file_action_and_description() -> None:
    overlay = _overlay(
        [
            {"target": "$.info", "update": {"summary": "s"}},
            {
                "target": "$.paths['/gone'].get",
                "description": "Rename the vanished operation",
                "update": {"x": 1},
            },
        ],
        source="overlays/python-client.yaml",
    )
    with pytest.raises(OverlayError) as caught:
        apply_overlay(DOC, overlay)
    message = str(caught.value)
    assert message.startswith("overlays/python-client.yaml: action 1 ('Rename the vanished operation')")
    assert "matches nothing" in message and "/gone" in message


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"overlay": "1.1.0", "actions": [{"target": "$", "update": {}}]}, "'info' is a required property"),
        (
            {
                "overlay": "2.0.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$", "remove": True}],
            },
            "overlay",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.a", "update": {}, "remove": True}],
            },
            "action 0: an action needs exactly one of `update`, `copy` or `remove: true`",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.a", "description": "d"}],
            },
            "action 0 ('d'): an action needs exactly one",
        ),
        (
            {
                "overlay": "1.0.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.a", "copy": "$.b"}],
            },
            "`copy` needs `overlay: 1.1.0`",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "info", "remove": True}],
            },
            "does not match",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.paths[", "remove": True}],
            },
            "not an RFC 9535 JSONPath query",
        ),
        ({"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": []}, "should be non-empty"),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$", "remove": True, "oops": 1}],
            },
            "unknown field(s) 'oops'",
        ),
    ],
)
def test_schema_failures_name_the_file_and_the_problem(document: dict[str, Any], expected: str) -> None:
    with pytest.raises(OverlayError) as caught:
        validate_overlay(document, "overlays/broken.yaml")
    message = str(caught.value)
    assert message.startswith("overlays/broken.yaml: ")
    assert expected in message


def test_load_overlay_reports_paths_relative_to_the_project(tmp_path: Path) -> None:
    (tmp_path / "overlays").mkdir()
    path = tmp_path / "overlays" / "bad.yaml"
    path.write_text(
        "overlay: 1.1.0\ninfo: {title: t}\nactions: [{target: $, remove: true}]\n", encoding="utf-8"
    )
    with pytest.raises(OverlayError, match=r"^overlays/bad.yaml: .*'version' is a required property"):
        load_overlay(path, display_root=tmp_path)
    path.write_text("overlay: [unclosed\n", encoding="utf-8")
    with pytest.raises(OverlayError, match=r"^overlays/bad.yaml: invalid YAML"):
        load_overlay(path, display_root=tmp_path)


def test_order_matters() -> None:
    first = _overlay([{"target": "$.info", "update": {"x-audience": "everyone"}}], source="a.yaml")
    second = _overlay([{"target": "$.info", "update": {"x-audience": "python"}}], source="b.yaml")
    assert apply_overlays(DOC, [first, second])["info"]["x-audience"] == "python"
    assert apply_overlays(DOC, [second, first])["info"]["x-audience"] == "everyone"


def test_a_later_overlay_can_depend_on_an_earlier_one() -> None:
    adds = _overlay([{"target": "$.info", "update": {"x-group": {"name": "g"}}}], source="a.yaml")
    uses = _overlay([{"target": "$.info['x-group']", "update": {"extra": True}}], source="b.yaml")
    assert apply_overlays(DOC, [adds, uses])["info"]["x-group"] == {"name": "g", "extra": True}
    with pytest.raises(OverlayError, match="b.yaml: action 0"):
        apply_overlays(DOC, [uses, adds])


def test_every_project_overlay_is_valid() -> None:
    overlays = Path(__file__).resolve().parents[2] / "overlays"
    files = sorted(overlays.glob("*.yaml"))
    assert files
    for path in files:
        if path.name != "overlays.yaml":
            assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)
            load_overlay(path)


def test_the_published_tag_groups_cover_every_tag() -> None:
    """Documentation renderers hide a tag that is in no group, so all-languages.yaml must list every tag."""
    from tools.documents import build_documents
    from tools.layout import Layout

    published = build_documents(Layout())["published"]
    grouped = [tag for group in published["x-tagGroups"] for tag in group["tags"]]
    assert sorted(grouped) == sorted(tag["name"] for tag in published["tags"])
