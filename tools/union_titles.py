"""Class names for the inline branches of unions, so the Python client has no ``...Type0`` models.

openapi-python-client names a model made from an untitled ``anyOf``/``oneOf`` branch (or from one member of
``type: [object, 'null']``) after its position: ``CompanyMetaCustomValuesType0``. A branch with a ``title`` is
named after the title instead. This rule gives every such branch of the python-client variant a title from what it
is, before the generator runs, so no operation or schema needs a hand-written name:

- the one object branch of a property is named after the property: ``CompanyMeta.custom_values`` gives
  ``CompanyMetaCustomValues``, the class a plain inline object in that place would get;
- the items of an array branch are ``<property>Item`` (``FormFieldDescriptionOptionsItem``), an enum branch is
  ``<property>Value``;
- several object branches are told apart by the first required property only that branch has
  (``GetCampaignResponse200WithTemplates``, ``...WithEmails``);
- a branch at the top of a component or a body (no property around it) is prefixed with the component's or the
  body's own name, which the generator would otherwise take from its position; the one object branch of a
  component is ``<component>Object`` (``TemplateConfigObject``).

A title already in the document wins. The spec and the published documents are not changed.
"""

from __future__ import annotations

import copy
from typing import Any

from openapi_python_client import strings


def _pascal(value: str) -> str:
    return strings.pascal_case(value)


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and (
        schema.get("type") == "object" or "properties" in schema
    )


def _distinguishing(branch: dict[str, Any], siblings: list[dict[str, Any]]) -> str:
    """The first required (else declared) property of ``branch`` that no other object branch declares."""
    others: set[str] = set()
    for sibling in siblings:
        if sibling is not branch:
            others |= set(sibling.get("properties") or {})
    for name in [*(branch.get("required") or []), *(branch.get("properties") or {})]:
        if name not in others:
            return "With" + _pascal(name)
    return ""


def _split_type_list(schema: dict[str, Any]) -> None:
    """``type: [object, 'null']`` (or with more types) becomes ``anyOf`` with one branch per type, so the object
    part can be titled: the generator copies the union's own title onto each member of a type list."""
    types = schema.get("type")
    if not (isinstance(types, list) and "object" in types and len(types) > 1):
        return
    keep = {"description", "title", "default", "examples", "deprecated", "readOnly", "writeOnly"}
    obj = {k: v for k, v in schema.items() if k not in keep and k != "type"}
    for key in [*obj, "type"]:
        del schema[key]
    schema["anyOf"] = [{"type": "object", **obj} if kind == "object" else {"type": kind} for kind in types]


def _title_branches(schema: dict[str, Any], stem: str, top: bool) -> None:
    """Title the untitled inline branches of the union ``schema``; ``stem`` is what names it (PascalCase). At the
    top of a component a branch must differ from the component's own title, which the generator would ignore."""
    _split_type_list(schema)
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if not isinstance(branches, list):
            continue
        objects = [b for b in branches if _is_object(b)]
        for branch in branches:
            if not isinstance(branch, dict) or "$ref" in branch or "title" in branch:
                continue
            if _is_object(branch):
                suffix = _distinguishing(branch, objects) if len(objects) > 1 else ""
                branch["title"] = stem + (suffix or ("Object" if top else ""))
            elif branch.get("type") == "array" and _is_object(branch.get("items")):
                branch["items"].setdefault("title", stem + "Item")
            elif "enum" in branch and len(branches) > 1:
                branch["title"] = stem + "Value"


def _walk(schema: Any, stem: str, top: bool) -> None:
    """Title every union below ``schema``. Inside a model the generator prefixes the model's own class name, so a
    property's branches are named after the property alone; at the top the ``stem`` is the full name."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if any(key in schema for key in ("anyOf", "oneOf")) or isinstance(schema.get("type"), list):
        _title_branches(schema, stem, top)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key) or []:
            if isinstance(branch, dict):
                # A branch that is a model names its own properties' unions after them (its class is the prefix).
                _walk_properties(branch)
                if branch.get("type") == "array":
                    _walk_properties(branch.get("items"))
    _walk_properties(schema)


def _walk_properties(schema: Any) -> None:
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    for name, prop in (schema.get("properties") or {}).items():
        _walk(prop, _pascal(name), top=False)
    items = schema.get("items")
    if isinstance(items, dict) and schema.get("type") == "array":
        _walk_properties(items)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        _walk(extra, "AdditionalProperty", top=False)


def _body_schemas(document: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Each request and response body schema written inline in an operation, with the name the generator gives it
    (``get_campaign_response_200``, ``create_contact_body``) in PascalCase."""
    found = []
    for path_item in (document.get("paths") or {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            body = operation.get("requestBody") or {}
            for media in (body.get("content") or {}).values():
                found.append((media.get("schema"), "Body"))
            for status, response in (operation.get("responses") or {}).items():
                for media in ((response or {}).get("content") or {}).values():
                    found.append((media.get("schema"), f"Response{_pascal(str(status))}"))
    return [(schema, stem) for schema, stem in found if isinstance(schema, dict)]


def title_union_branches(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose inline union branches all carry titles (see the module docstring)."""
    document = copy.deepcopy(document)
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        _walk(schema, _pascal(str(schema.get("title") or name)) if isinstance(schema, dict) else "", top=True)
    for schema, stem in _body_schemas(document):
        _walk(schema, stem, top=True)
    return document
