"""Validating the documents of one run: a schema that passed in one document is not re-checked in the next, the
validation running beside the generator reaches the verdict a sequential run reaches, and neither shortcut lets an
invalid document through."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tools.bundle import BundleError
from tools.documents import build_documents
from tools.generate import check_generated, generate
from tools.layout import Layout
from tools.overlay import OverlayError
from tools.validate import SpecInvalid, SpecValidation, passes_dialect_quickly

REPO = Path(__file__).resolve().parents[2]
DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"


def document_with(schema: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": schema}},
    }


def test_an_overlay_that_breaks_a_schema_fails_its_variant(mini_layout: Layout) -> None:
    """Tag passes in the bundle and the published variant; the python-client variant changes it and must fail."""
    python = mini_layout.overlays_dir / "python.yaml"
    python.write_text(
        python.read_text(encoding="utf-8")
        + "  - target: $.components.schemas.Tag.properties.id\n"
        + "    description: A broken type.\n"
        + "    update: {type: integr}\n",
        encoding="utf-8",
    )
    with pytest.raises(
        SpecInvalid, match=r"the 'python-client' variant document .*\n  - #/components/schemas/Tag"
    ):
        build_documents(mini_layout)


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ({"type": "integer", "minimum": 1}, {"type": "integer", "minimum": "1"}),
        ({"type": "object", "additionalProperties": True}, {"type": "object", "additionalProperties": 1}),
        (
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"type": "object", "properties": {"a": 1}},
        ),
    ],
    ids=["number-versus-string", "true-versus-one", "nested"],
)
def test_a_schema_equal_only_in_python_is_checked_again(valid: Any, invalid: Any) -> None:
    """``1 == True`` and similar must not let the second document reuse the first one's verdict."""
    validation = SpecValidation()
    validation.validate(document_with(valid), "first")
    with pytest.raises(SpecInvalid, match="the second document"):
        validation.validate(document_with(invalid), "second")


def test_the_same_invalid_schema_fails_every_document_of_a_run() -> None:
    validation = SpecValidation()
    invalid = document_with({"type": "objekt"})
    for name in ("first", "second"):
        with pytest.raises(SpecInvalid, match=rf"(?s)the {name} document .*'objekt'"):
            validation.validate(copy.deepcopy(invalid), name)


def test_an_unusable_dialect_is_reported() -> None:
    with pytest.raises(SpecInvalid, match="Unknown JSON Schema dialect"):
        SpecValidation().validate(document_with({"$schema": "https://example.com/no-such-dialect"}), "odd")


def _library_accepts(schema: Any) -> bool:
    from openapi_schema_validator import OAS31Validator
    from openapi_schema_validator.validators import check_openapi_schema

    try:
        check_openapi_schema(OAS31Validator, schema)
    except Exception:  # noqa: BLE001 - any complaint is a "no"
        return False
    return True


BROKEN_SCHEMAS = [
    {"type": "strin"},
    {"type": ["string", 5]},
    {"pattern": "("},
    {"pattern": "\\p{L}"},  # ECMA-262 accepts it, Python's `re` does not: the library's verdict stands
    {"patternProperties": {"(": {}}},
    {"properties": {"a": {"pattern": "[a-"}}},
    {"minimum": "1"},
    {"minLength": -1},
    {"required": "a"},
    {"properties": []},
    {"additionalProperties": 1},
    {"anyOf": []},
    {"items": {"type": "nope"}},
    {"discriminator": {}},
    {"discriminator": 5},
    {"xml": 1},
    {"externalDocs": {}},
    {"format": 5},
    {"enum": "a"},
    {"$defs": {"a": 1}},
]


@pytest.mark.parametrize("schema", BROKEN_SCHEMAS, ids=[json.dumps(schema) for schema in BROKEN_SCHEMAS])
def test_the_quick_dialect_check_never_passes_a_schema_the_library_rejects(schema: Any) -> None:
    assert not _library_accepts(schema)
    assert not passes_dialect_quickly(DIALECT, schema)
    with pytest.raises(SpecInvalid, match="the odd document"):
        SpecValidation().validate(document_with(schema), "odd")


def test_the_quick_dialect_check_passes_what_the_library_passes_in_the_published_documents() -> None:
    """Where both agree the schema is fine the quick check is the one that answers; the library is asked for the
    rest. Every schema of the published documents is one the quick check must accept."""
    for name in ("fluentcrm.openapi.json", "fluentcrm.single-body.openapi.json"):
        document = json.loads((REPO / "generated" / "openapi" / name).read_text(encoding="utf-8"))
        schemas = list(document["components"]["schemas"].values())
        assert schemas
        for schema in schemas:
            assert passes_dialect_quickly(DIALECT, schema) == _library_accepts(schema) is True


def test_the_quick_dialect_check_answers_only_for_its_own_dialect() -> None:
    assert not passes_dialect_quickly("https://json-schema.org/draft/2020-12/schema", {"type": "string"})


# --- generate and check-generated validate in a second process; the verdict must be the sequential one ----------


def _break_tag_type(layout: Layout) -> None:
    tag = layout.spec_root.parent / "components" / "schemas" / "Tag.yaml"
    tag.write_text(tag.read_text(encoding="utf-8").replace("type: object", "type: objekt"), encoding="utf-8")


def test_generate_stops_on_an_invalid_spec_and_writes_nothing(mini_layout: Layout) -> None:
    _break_tag_type(mini_layout)
    with pytest.raises(SpecInvalid, match=r"bundled spec .*\n  - #/components/schemas/Tag/type: 'objekt'"):
        generate(mini_layout)
    assert not any(mini_layout.generated_dir.rglob("*")), "a failed run must not write anything"


def test_check_generated_stops_on_an_invalid_variant(mini_layout: Layout) -> None:
    python = mini_layout.overlays_dir / "python.yaml"
    python.write_text(
        python.read_text(encoding="utf-8")
        + "  - target: $.components.schemas.Tag.properties.title\n"
        + "    description: A negative length.\n"
        + "    update: {minLength: -1}\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecInvalid, match=r"the 'python-client' variant document"):
        check_generated(mini_layout)


def test_an_invalid_spec_is_reported_before_a_broken_overlay(mini_layout: Layout) -> None:
    _break_tag_type(mini_layout)
    paths = mini_layout.spec_root.parent / "paths" / "tags.yaml"
    paths.write_text(paths.read_text(encoding="utf-8").replace("listTags", "listAllTags"), encoding="utf-8")
    with pytest.raises(SpecInvalid, match="bundled spec"):
        generate(mini_layout)


def test_a_broken_overlay_on_a_valid_spec_is_reported_as_such(mini_layout: Layout) -> None:
    paths = mini_layout.spec_root.parent / "paths" / "tags.yaml"
    paths.write_text(paths.read_text(encoding="utf-8").replace("listTags", "listAllTags"), encoding="utf-8")
    with pytest.raises(OverlayError, match="matches nothing"):
        generate(mini_layout)


def test_a_bundle_error_reaches_the_caller_of_generate_unchanged(mini_layout: Layout) -> None:
    root = mini_layout.spec_root
    root.write_text(
        root.read_text(encoding="utf-8").replace("schemas/Tag.yaml", "schemas/Gone.yaml"), encoding="utf-8"
    )
    with pytest.raises(BundleError, match=r"Gone.yaml"):
        generate(mini_layout)
    assert not any(mini_layout.generated_dir.rglob("*")), "a failed run must not write anything"
