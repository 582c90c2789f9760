"""Rules that keep the published document easy for client generators in any language, checked on every build.

Generators name a model after its component, or after its ``title``; an inline model without either gets a name
the generator invents from where it sits (``updateList_404_response``, ``Contact_allOf_commerce_stat``), which
changes whenever the spec is reorganised. And a generator reads ``required`` only next to the ``properties`` it
qualifies: a name required in one ``allOf`` branch but defined in another is silently dropped. So:

* every inline schema a generator turns into a model of its own (an object with ``properties``, an object that
  may also be something else such as ``type: [object, 'null']``, or an ``anyOf``/``oneOf``/``allOf``
  composition) has a ``title``, unlike any component name and not given to a
  different schema elsewhere (one inlined file used twice is the same schema); an ``allOf`` member is merged into
  its parent and needs none;
* every name in ``required`` is one of the ``properties`` of the same schema object;
* an integer whose bounds do not fit in 32 bits says ``format: int64`` (generators otherwise pick a 32-bit type
  and the bound itself no longer compiles).

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


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _subschemas(schema: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Direct subschemas of ``schema`` as (pointer, schema, is_allof_member)."""
    for keyword in _SUBSCHEMA_MAPS:
        members = schema.get(keyword)
        if isinstance(members, dict):
            for name, member in members.items():
                if isinstance(member, dict):
                    yield f"{where}/{keyword}/{escape_pointer(str(name))}", member, False
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


def media_objects(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every media type object of request bodies and responses (of operations and components), with its pointer."""

    def in_content(content: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(content, dict):
            for media, body in content.items():
                if isinstance(body, dict):
                    yield f"{where}/content/{escape_pointer(media)}", body

    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            where = f"#/paths/{escape_pointer(path)}/{method}"
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from in_content(body.get("content"), f"{where}/requestBody")
            for status, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict):
                    yield from in_content(response.get("content"), f"{where}/responses/{status}")
    components = document.get("components") or {}
    for kind in ("responses", "requestBodies"):
        for name, holder in (components.get(kind) or {}).items():
            if isinstance(holder, dict):
                yield from in_content(holder.get("content"), f"#/components/{kind}/{escape_pointer(name)}")


def _media_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Schemas that sit directly in request bodies, responses and parameters (not in components.schemas)."""
    for where, media in media_objects(document):
        if isinstance(media.get("schema"), dict):
            yield f"{where}/schema", media["schema"]
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        holders = [(f"#/paths/{escape_pointer(path)}", item)]
        holders += [(f"#/paths/{escape_pointer(path)}/{method}", node) for method, node in item.items()]
        for where, node in holders:
            if not isinstance(node, dict):
                continue
            for index, parameter in enumerate(node.get("parameters") or []):
                if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                    yield f"{where}/parameters/{index}/schema", parameter["schema"]
    for name, parameter in ((document.get("components") or {}).get("parameters") or {}).items():
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            yield f"#/components/parameters/{escape_pointer(name)}/schema", parameter["schema"]


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
    kinds = schema.get("type")
    free_form_or_null = isinstance(kinds, list) and "object" in kinds and len(kinds) > 1
    return (
        bool(schema.get("properties"))
        or free_form_or_null
        or any(keyword in schema for keyword in _COMPOSITIONS)
    )


def schemas_of(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every schema object of the document as (pointer, schema, needs_a_title)."""
    pending: list[tuple[str, dict[str, Any], bool]] = []
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            pending.append((f"#/components/schemas/{escape_pointer(name)}", schema, False))
    for where, schema in _media_schemas(document):
        pending.append((where, schema, _is_model(schema)))
    while pending:
        where, schema, needs_title = pending.pop()
        yield where, schema, needs_title
        for child_where, child, is_allof_member in _subschemas(schema, where):
            pending.append((child_where, child, not is_allof_member and _is_model(child)))


_INT32 = 2**31


def _exceeds_int32(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds != "integer" and not (isinstance(kinds, list) and "integer" in kinds):
        return False
    bounds = [schema.get(key) for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")]
    return any(isinstance(bound, int) and not -_INT32 <= bound < _INT32 for bound in bounds)


def naming_problems(document: dict[str, Any]) -> list[str]:
    """Every inline model without a title, every title used twice or equal to a component name, and every
    ``required`` name that is not among the properties beside it."""
    components = set(((document.get("components") or {}).get("schemas") or {}).keys())
    problems: list[str] = []
    titles: dict[str, tuple[str, dict[str, Any]]] = {}
    for where, schema, needs_title in sorted(schemas_of(document), key=lambda item: item[0]):
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
        if _exceeds_int32(schema) and schema.get("format") != "int64":
            problems.append(
                f"{where}: an integer bound beyond 32 bits needs `format: int64` (generators default to int32)"
            )
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


# --- naming the inline models the spec leaves untitled ---------------------------------------------------------

_SEGMENT_NAMES = {
    "requestBody": "Body",
    "items": "Item",
    "additionalProperties": "Value",
    "not": "Not",
    "contains": "Item",
}
_MEDIA_SUFFIX = {"application/x-www-form-urlencoded": "Form", "multipart/form-data": "Multipart"}


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pascal_case(text: str) -> str:
    words = [word for word in "".join(ch if ch.isalnum() else " " for ch in text).split() if word]
    return "".join(word[:1].upper() + word[1:] for word in words)


def derived_title(document: dict[str, Any], where: str) -> str:
    """A stable name for the inline model at ``where``, from the place it sits: ``#/paths/~1webhooks/get/responses/
    200/.../schema/properties/items`` of operation ``listWebhooks`` → ``ListWebhooksResponseItems``."""
    parts = [_unescape(part) for part in where.removeprefix("#/").split("/")]
    name = ""
    index = 0
    if parts[:1] == ["paths"]:
        path_item = (document.get("paths") or {}).get(parts[1], {})
        operation = path_item.get(parts[2]) if len(parts) > 2 else None
        if isinstance(operation, dict) and operation.get("operationId"):
            name, index = pascal_case(str(operation["operationId"])), 3
        else:
            name, index = pascal_case(parts[1]), 2
    elif parts[:2] == ["components", "schemas"] or parts[:2] == ["components", "responses"]:
        name, index = pascal_case(parts[2]), 3
    else:
        name, index = pascal_case("-".join(parts[:3])), 3
    rest = parts[index:]
    position = 0
    while position < len(rest):
        part = rest[position]
        if part == "responses" and position + 1 < len(rest):
            status = rest[position + 1]
            name += "Response" if status == "200" else f"Response{pascal_case(status)}"
            position += 2
        elif part == "content" and position + 1 < len(rest):
            name += _MEDIA_SUFFIX.get(rest[position + 1], "")
            position += 2
        elif part in ("schema",):
            position += 1
        elif part in ("properties", "patternProperties", "$defs") and position + 1 < len(rest):
            name += pascal_case(rest[position + 1])
            position += 2
        elif part in ("anyOf", "oneOf", "allOf", "prefixItems") and position + 1 < len(rest):
            name += f"Option{int(rest[position + 1]) + 1}"
            position += 2
        elif part == "parameters" and position + 1 < len(rest):
            name += f"Parameter{int(rest[position + 1]) + 1}"
            position += 2
        else:
            name += _SEGMENT_NAMES.get(part, pascal_case(part))
            position += 1
    return name


def name_inline_models(document: dict[str, Any]) -> dict[str, Any]:
    """Give every inline model the spec leaves untitled a stable title derived from where it sits, and declare every
    ``required`` name among the properties beside it (as an unconstrained ``{}`` when it is defined in another
    ``allOf`` branch). The document is changed in place and returned.

    Hand-written titles win; a derived one that clashes with a component or another title gets a number.
    """
    components = set(((document.get("components") or {}).get("schemas") or {}).keys())
    taken = set(components)
    found = sorted(schemas_of(document), key=lambda item: item[0])
    for _, schema, needs_title in found:
        if needs_title and isinstance(schema.get("title"), str) and schema["title"]:
            taken.add(schema["title"])
    seen: set[int] = set()
    for where, schema, needs_title in found:
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        if needs_title and not (isinstance(schema.get("title"), str) and schema["title"]):
            base = derived_title(document, where) or "Model"
            title, number = base, 2
            while title in taken:
                title, number = f"{base}{number}", number + 1
            schema["title"] = title
            taken.add(title)
        required = schema.get("required")
        if isinstance(required, list) and "$ref" not in schema:
            properties = schema.setdefault("properties", {})
            for missing in [name for name in required if name not in properties]:
                properties[missing] = {}
    return document
