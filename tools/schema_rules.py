"""Rules that keep the published document easy for client generators in any language, checked on every build.

Generators name a model after its component, or after its ``title``; an inline model without either gets a name
the generator invents from where it sits (``updateList_404_response``, ``Contact_allOf_commerce_stat``), which
changes whenever the spec is reorganised. And a generator reads ``required`` only next to the ``properties`` it
qualifies: a name required in one ``allOf`` branch but defined in another is silently dropped. So:

* every inline schema a generator turns into a model of its own (an object with ``properties``, or an
  ``anyOf``/``oneOf``/``allOf`` composition) has a ``title``, unlike any component name and not given to a
  different schema elsewhere (one inlined file used twice is the same schema); an ``allOf`` member is merged into
  its parent and needs none;
* every name in ``required`` is one of the ``properties`` of the same schema object.

:func:`naming_problems` lists the violations; the pipeline stops on them (:func:`check_schema_rules`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: Keywords whose values are schemas or maps/lists of schemas, as (keyword, shape).
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SUBSCHEMA_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "propertyNames",
    "contains",
    "if",
    "then",
    "else",
)
_COMPOSITIONS = ("anyOf", "oneOf", "allOf")


class SchemaRuleViolation(Exception):
    """The document breaks a rule of ``tools/schema_rules.py``; the message lists every place."""


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _subschemas(schema: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Direct subschemas of ``schema`` as (pointer, schema, is_allof_member)."""
    for keyword in _SUBSCHEMA_MAPS:
        members = schema.get(keyword)
        if isinstance(members, dict):
            for name, member in members.items():
                if isinstance(member, dict):
                    yield f"{where}/{keyword}/{_escape(str(name))}", member, False
    for keyword in _SUBSCHEMA_LISTS:
        members = schema.get(keyword)
        if isinstance(members, list):
            for index, member in enumerate(members):
                if isinstance(member, dict):
                    yield f"{where}/{keyword}/{index}", member, keyword == "allOf"
    for keyword in _SUBSCHEMA_SINGLE:
        member = schema.get(keyword)
        if isinstance(member, dict):
            yield f"{where}/{keyword}", member, False


def _media_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Schemas that sit directly in request bodies, responses and parameters (not in components.schemas)."""

    def in_content(content: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(content, dict):
            for media, body in content.items():
                if isinstance(body, dict) and isinstance(body.get("schema"), dict):
                    yield f"{where}/content/{_escape(media)}/schema", body["schema"]

    def in_operation_parts(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if not isinstance(node, dict):
            return
        for index, parameter in enumerate(node.get("parameters") or []):
            if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                yield f"{where}/parameters/{index}/schema", parameter["schema"]
        body = node.get("requestBody")
        if isinstance(body, dict):
            yield from in_content(body.get("content"), f"{where}/requestBody")
        for status, response in (node.get("responses") or {}).items():
            if isinstance(response, dict):
                yield from in_content(response.get("content"), f"{where}/responses/{status}")

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        yield from in_operation_parts(item, f"#/paths/{_escape(path)}")
        for method, operation in item.items():
            yield from in_operation_parts(operation, f"#/paths/{_escape(path)}/{method}")
    components = document.get("components") or {}
    for name, response in (components.get("responses") or {}).items():
        if isinstance(response, dict):
            yield from in_content(response.get("content"), f"#/components/responses/{_escape(name)}")
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            yield from in_content(body.get("content"), f"#/components/requestBodies/{_escape(name)}")
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            yield f"#/components/parameters/{_escape(name)}/schema", parameter["schema"]


def _is_nullable_wrapper(schema: dict[str, Any]) -> bool:
    """``anyOf``/``oneOf`` of one schema and ``{type: "null"}``: OpenAPI 3.1's nullable, not a model of its own."""
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if isinstance(members, list) and len(members) == 2 and {"type": "null"} in members:
            return True
    return False


def _is_model(schema: dict[str, Any]) -> bool:
    """True for an inline schema a generator would turn into a named type of its own."""
    if "$ref" in schema or _is_nullable_wrapper(schema):
        return False
    return bool(schema.get("properties")) or any(keyword in schema for keyword in _COMPOSITIONS)


def _schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every schema object of the document as (pointer, schema, needs_a_title)."""
    pending: list[tuple[str, dict[str, Any], bool]] = []
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            pending.append((f"#/components/schemas/{_escape(name)}", schema, False))
    for where, schema in _media_schemas(document):
        pending.append((where, schema, _is_model(schema)))
    while pending:
        where, schema, needs_title = pending.pop()
        yield where, schema, needs_title
        for child_where, child, is_allof_member in _subschemas(schema, where):
            pending.append((child_where, child, not is_allof_member and _is_model(child)))


def naming_problems(document: dict[str, Any]) -> list[str]:
    """Every inline model without a title, every title used twice or equal to a component name, and every
    ``required`` name that is not among the properties beside it."""
    components = set(((document.get("components") or {}).get("schemas") or {}).keys())
    problems: list[str] = []
    titles: dict[str, tuple[str, dict[str, Any]]] = {}
    for where, schema, needs_title in sorted(_schemas(document), key=lambda item: item[0]):
        title = schema.get("title")
        if needs_title:
            if not isinstance(title, str) or not title:
                problems.append(
                    f"{where}: an inline model needs a `title` (generators would invent its name)"
                )
            elif title in components:
                problems.append(f"{where}: title {title!r} is the name of a component; reference it instead")
            elif title in titles and titles[title][1] != schema:
                problems.append(f"{where}: title {title!r} is already used at {titles[title][0]}")
            else:
                titles.setdefault(title, (where, schema))
        required = schema.get("required")
        if isinstance(required, list) and "$ref" not in schema:
            properties = schema.get("properties") or {}
            missing = [name for name in required if name not in properties]
            if missing:
                problems.append(
                    f"{where}: required {', '.join(map(str, missing))} not among the properties beside it "
                    "(declare them in the same schema object)"
                )
    return problems


def check_schema_rules(document: dict[str, Any], name: str) -> None:
    problems = naming_problems(document)
    if problems:
        listed = "\n".join(f"  - {problem}" for problem in problems)
        raise SchemaRuleViolation(
            f"{name} breaks the generator-friendly schema rules (spec/README.md):\n{listed}"
        )
