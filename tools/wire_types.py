"""Which model properties the Python client converts from wire text to a Python type (``x-python-type``).

The spec describes FluentCRM's wire format exactly (timestamps as site-local text, numeric columns as strings).
A schema carrying ``x-python-type`` (a component such as ``Timestamp``, or one property, set by the python-client
overlay) tells the model template (``templates/openapi-python-client/model.py.jinja``) to declare the property
with a Python type and to convert in ``from_dict``/``to_dict`` with ``fluentcrm_client.wire``. Every schema an
overlay marks this way gets the conversion, without code per field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PYTHON_TYPE_KEY = "x-python-type"

#: ``x-python-type`` value → the annotation and the ``fluentcrm_client.wire`` function suffix.
KINDS: dict[str, str] = {
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "int": "int",
    "decimal": "Decimal",
    "bool": "bool",
    "dict": "dict[str, Any]",
    "int-dict": "dict[str, int]",
}


class WireTypeError(Exception):
    """An ``x-python-type`` the templates cannot convert, or one that mixes kinds in a union."""


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if isinstance(target, dict) else target
    return node


def _kind(document: dict[str, Any], schema: Any) -> str | None:
    """The ``x-python-type`` of a schema: on the node itself (a sibling of ``$ref`` counts) or where it points."""
    if not isinstance(schema, dict):
        return None
    if PYTHON_TYPE_KEY in schema:
        return str(schema[PYTHON_TYPE_KEY])
    resolved = _resolve(document, schema)
    return str(resolved[PYTHON_TYPE_KEY]) if isinstance(resolved, dict) and PYTHON_TYPE_KEY in resolved else None


def _is_empty_alternative(document: dict[str, Any], schema: Any) -> str | None:
    """``"null"`` for a null branch, ``"empty"`` for an empty-string branch, ``None`` otherwise."""
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "null":
        return "null"
    if schema.get("type") == "string" and schema.get("maxLength") == 0:
        return "empty"
    return None


def _shape(document: dict[str, Any], schema: Any) -> tuple[str, str] | None:
    """``(shape, kind)`` of a schema that holds converted values: ``one`` value, a ``pair`` (an array of exactly
    two, such as a ``[start, end]`` range) or a ``list`` of them; ``None`` when nothing in it is converted."""
    kind = _kind(document, schema)
    if kind is not None:
        return "one", kind
    resolved = _resolve(document, schema)
    if isinstance(resolved, dict) and resolved.get("type") == "array" and isinstance(resolved.get("items"), dict):
        kind = _kind(document, resolved["items"])
        if kind is not None:
            pair = resolved.get("minItems") == 2 and resolved.get("maxItems") == 2
            return ("pair" if pair else "list"), kind
    return None


#: Shapes of a union's converted branches → the shape of the property (a value, or a pair of values, is
#: ``one_or_pair``: a single start time or a ``(start, end)`` range).
_UNION_SHAPES: dict[frozenset[str], str] = {
    frozenset({"one"}): "one",
    frozenset({"pair"}): "pair",
    frozenset({"list"}): "list",
    frozenset({"one", "pair"}): "one_or_pair",
}


def _annotation(shape: str, annotation: str) -> str:
    return {
        "one": annotation,
        "pair": f"tuple[{annotation}, {annotation}]",
        "list": f"list[{annotation}]",
        "one_or_pair": f"{annotation} | tuple[{annotation}, {annotation}]",
    }[shape]


def _is_json_integer(document: dict[str, Any], schema: Any) -> bool:
    """A plain ``type: integer`` branch: the same number sent as a JSON number instead of text."""
    schema = _resolve(document, schema)
    return isinstance(schema, dict) and schema.get("type") == "integer" and PYTHON_TYPE_KEY not in schema


def property_conversion(document: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    """How one property converts, or ``None`` when it keeps the generator's own handling.

    ``parse`` and ``format`` are call templates (``%s`` is the value): a single value goes through
    ``fluentcrm_client.wire``'s ``parse_<kind>``/``format_<kind>``, a pair or list through its ``each``/``pair``
    helpers around them.

    A union converts when its converted branches share one kind and every other branch is an empty alternative
    (``null``, ``""``: the property is nullable) or, for ``int`` text, a plain ``integer`` (FluentCRM sends some
    ids as a number after a write and as text when read): that property holds an ``int`` written back in the form
    it came in (``parse_int_as_sent``). A declaration on the property itself (next to its ``anyOf``) is nullable
    the same way.
    """
    found = _shape(document, schema)
    nullable = None
    as_sent = False
    resolved = _resolve(document, schema) if isinstance(schema, dict) else None
    branches = (resolved.get("anyOf") or resolved.get("oneOf") or []) if isinstance(resolved, dict) else []
    shapes = [_shape(document, branch) for branch in branches]
    rest = [branch for branch, shape in zip(branches, shapes) if shape is None]
    empties = [_is_empty_alternative(document, branch) for branch in rest]
    numbers = [_is_json_integer(document, branch) for branch in rest]
    if found is not None and rest and all(empties):
        nullable = "empty" if "empty" in empties else "null"
    if found is None and branches:
        kinds = {shape[1] for shape in shapes if shape}
        union_shape = _UNION_SHAPES.get(frozenset(shape[0] for shape in shapes if shape))
        plain_numbers = kinds == {"int"} and union_shape == "one" and any(numbers)
        fits = all(empty or (plain_numbers and number) for empty, number in zip(empties, numbers))
        if len(kinds) == 1 and union_shape and fits and (rest or union_shape != "one"):
            found = union_shape, kinds.pop()
            as_sent = plain_numbers
            present = [empty for empty in empties if empty]
            if present:
                nullable = "empty" if "empty" in present else "null"
    if found is None:
        return None
    shape, kind = found
    if kind not in KINDS:
        raise WireTypeError(f"x-python-type {kind!r} is not one of {sorted(KINDS)}")
    if nullable is None and isinstance(resolved, dict):
        types = resolved.get("type")
        if isinstance(types, list) and "null" in types:
            nullable = "null"
    suffix = kind.replace("-", "_") + ("_as_sent" if as_sent else "")
    parse, format_ = f"_wire.parse_{suffix}", f"_wire.format_{suffix}"
    if shape != "one":
        parse, format_ = f"_wire.parse_{shape}({parse}, %s)", f"_wire.format_{shape}({format_}, %s)"
    else:
        parse, format_ = f"{parse}(%s)", f"{format_}(%s)"
    return {
        "kind": suffix,
        "annotation": _annotation(shape, KINDS[kind]),
        "nullable": nullable,
        "parse": parse,
        "format": format_,
    }


def _properties(document: dict[str, Any], schema: Any, into: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return into
    for part in schema.get("allOf") or []:
        _properties(document, part, into)
    into.update(schema.get("properties") or {})
    return into


def model_properties(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Property name → schema of an object schema, its ``allOf`` parts included."""
    return _properties(document, schema, {})


def wire_type_lookup(document: dict[str, Any]) -> Callable[[Any, Any], dict[str, Any] | None]:
    """The template global ``wire_type(model, property)``: the conversion of one property of a generated model."""
    cache: dict[str, dict[str, Any]] = {}

    def wire_type(model: Any, prop: Any) -> dict[str, Any] | None:
        key = str(model.class_info.name)
        if key not in cache:
            raw = model.data.model_dump(mode="json", by_alias=True, exclude_none=True)
            cache[key] = _properties(document, raw, {})
        name = prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else str(prop.name)
        schema = cache[key].get(name)
        return property_conversion(document, schema) if schema is not None else None

    return wire_type


def model_base_lookup(document: dict[str, Any], class_names: set[str]) -> Callable[[Any], dict[str, str] | None]:
    """The template global ``model_base(model)``: the generated class a model extends, if any.

    A schema whose ``allOf`` starts with a reference to another object schema (``Contact`` is ``ContactFields``
    plus tags and lists) becomes a subclass of that schema's class, so the variants of one resource form one type
    family (``isinstance(record, ContactFields)`` holds for each). The generator still writes every field into
    the subclass, so parsing and serialising stay its own code.
    """
    from openapi_python_client import strings

    def model_base(model: Any) -> dict[str, str] | None:
        raw = model.data.model_dump(mode="json", by_alias=True, exclude_none=True)
        parts = raw.get("allOf") or []
        ref = parts[0].get("$ref", "") if parts and isinstance(parts[0], dict) else ""
        if not ref.startswith("#/components/schemas/"):
            return None
        target = _resolve(document, {"$ref": ref})
        if not isinstance(target, dict) or not target.get("properties"):
            return None
        name = strings.ClassName(ref.rsplit("/", 1)[1], "")
        if str(name) not in class_names or str(name) == str(model.class_info.name):
            return None
        return {"class_name": str(name), "module": strings.snake_case(str(name))}

    return model_base
