"""Validating the documents of one run: a schema that passed in one document is not re-checked in the next, the
validation running beside the generator reaches the verdict a sequential run reaches, and neither shortcut lets an
invalid document through."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.bundle import BundleError
from tools.documents import build_documents
from tools.generate import check_generated, generate
from tools.layout import Layout
from tools.overlay import OverlayError
from tools.validate import SpecInvalid, SpecValidation


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
