"""Validating the documents of one run: a schema that passed in one document is not re-checked in the next, and
that shortcut never lets an invalid schema through."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.documents import build_documents
from tools.layout import Layout
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
