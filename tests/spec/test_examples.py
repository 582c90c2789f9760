"""Every example in the spec is valid against the schema it illustrates, and every operation has examples.

Examples are what readers copy first and what schemathesis sends in its examples phase; an example that its own
schema rejects misleads both. The walk covers request bodies, parameters and responses, following references
to shared examples, parameters and responses.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tools.bundle import bundle

DOCUMENT = bundle()
URI = "urn:fluentcrm:examples"
REGISTRY: Registry[Any] = Registry().with_resource(
    URI, Resource.from_contents(DOCUMENT, default_specification=DRAFT202012)
)
METHODS = ("get", "put", "post", "delete", "options")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _deref(node: Any) -> tuple[Any, str | None]:
    """Follow a local reference; return the target and its pointer (None when the node was inline)."""
    pointer = None
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"][1:]
        node = DOCUMENT
        for raw in pointer.lstrip("/").split("/"):
            node = node[raw.replace("~1", "/").replace("~0", "~")]
    return node, pointer


def _example_values(holder: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in holder:
        yield "example", holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        example, _ = _deref(example)
        if "value" in example:
            yield name, example["value"]


def _cases() -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example value) for every example in the document."""
    for path, item in DOCUMENT["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            base = f"/paths/{_escape(path)}/{method}"
            name = operation["operationId"]
            parameters = [
                *(
                    (f"/paths/{_escape(path)}/parameters/{i}", p)
                    for i, p in enumerate(item.get("parameters", []))
                ),
                *((f"{base}/parameters/{i}", p) for i, p in enumerate(operation.get("parameters", []))),
            ]
            for inline_pointer, parameter in parameters:
                parameter, pointer = _deref(parameter)
                pointer = pointer or inline_pointer
                for label, value in _example_values(parameter):
                    yield f"{name} parameter {parameter['name']} {label}", f"{pointer}/schema", value
            body, pointer = _deref(operation.get("requestBody", {}))
            for media, content in (body.get("content") or {}).items():
                schema_pointer = f"{pointer or base + '/requestBody'}/content/{_escape(media)}/schema"
                for label, value in _example_values(content):
                    yield f"{name} request {media} {label}", schema_pointer, value
            for status, response in operation["responses"].items():
                response, pointer = _deref(response)
                for media, content in (response.get("content") or {}).items():
                    if "schema" not in content:
                        continue
                    schema_pointer = (
                        f"{pointer or base + '/responses/' + status}/content/{_escape(media)}/schema"
                    )
                    for label, value in _example_values(content):
                        yield f"{name} {status} {media} {label}", schema_pointer, value


CASES = list(_cases())


@pytest.mark.parametrize(("pointer", "value"), [(p, v) for _, p, v in CASES], ids=[w for w, _, _ in CASES])
def test_example_matches_its_schema(pointer: str, value: Any) -> None:
    validator = Draft202012Validator({"$ref": f"{URI}#{pointer}"}, registry=REGISTRY)
    errors = [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(value)
    ]
    assert not errors, errors


def test_a_wrong_example_would_be_caught() -> None:
    where, pointer, value = next(case for case in CASES if " 200 " in case[0] and isinstance(case[2], dict))
    broken = {**value, next(iter(value)): {"unexpected": ["shape"]}}
    validator = Draft202012Validator({"$ref": f"{URI}#{pointer}"}, registry=REGISTRY)
    assert list(validator.iter_errors(broken)), where


OPERATIONS = {
    op["operationId"]: (item, op)
    for item in DOCUMENT["paths"].values()
    for m, op in item.items()
    if m in METHODS
}


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_has_request_and_success_examples(operation_id: str) -> None:
    item, operation = OPERATIONS[operation_id]
    mine = [where for where, _, _ in CASES if where.split(" ", 1)[0] == operation_id]
    assert any(" 200 " in where for where in mine), f"{operation_id} has no 200 example"
    takes_input = item.get("parameters") or operation.get("parameters") or operation.get("requestBody")
    if takes_input:
        assert any(" request " in where or " parameter " in where for where in mine), (
            f"{operation_id} has no request example (body or parameter)"
        )
