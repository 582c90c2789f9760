"""Reshape a published document into forms that client generators read without guessing; its meaning is unchanged.

openapi-generator 7.x, the generator most SDK teams use, mishandles constructs that are valid OpenAPI 3.1:

* a ``type`` list of several types (``[integer, string]``): its normalizer turns a list of primitive types into a
  union of its own naming, applies string keywords such as ``pattern`` to the integer branch (a warning), and gives
  up with an error on a list that holds ``object`` or ``array``;
* an inline schema directly at the top of a component (an ``anyOf``/``oneOf`` member, ``items``,
  ``additionalProperties``, even ``additionalProperties: true``): its self-reference check asks for the member's
  reference name before looking whether it has one (``Failed to get the schema name: null``);
* a reference to a primitive, array or map component used as a union member, map value or array item: its
  TypeScript code looks through the reference and then asks the target for a reference name (the same warning);
* an inline named example of a response: the same lookup, when it collects response examples;
* a property that can only be ``null`` (``type: 'null'``), which typescript-fetch imports as a model it never writes.

And no generator reads the known values of an open enum from ``examples``: the spec marks such a string with
``x-fluentcrm-open-enum`` (its known values; ``spec/README.md``), which generators ignore.

So every published variant gets, in this order: each ``type`` list split into an ``anyOf`` with every keyword on
the branch it constrains (:func:`split_type_lists`); each open enum written as a union of its known values and any
string (:func:`open_enums_as_unions`), the form public specs use for values a server may extend; its inline models
named (``tools/schema_rules.py``); such references written out in place (:func:`inline_alias_references`); each
top-of-component inline schema moved into a component of its own (:func:`lift_component_members`); and each named
example moved into ``components.examples`` (:func:`lift_named_examples`). A validator accepts exactly the same
instances before and after, and documentation renderers show the same content. The Python client's variant keeps
the compact forms, which openapi-python-client reads well. ``make sdk-check`` proves the result on
openapi-generator's ``go`` and ``typescript-fetch``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from tools.schema_rules import (
    derived_title,
    escape_pointer,
    media_objects,
    name_inline_models,
    pascal_case,
    schemas_of,
)

#: Keywords that constrain only instances of one JSON type, and the types they belong to.
_KEYWORD_TYPES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("pattern", "minLength", "maxLength", "contentEncoding", "contentMediaType", "contentSchema"),
        ("string",),
    ),
    **dict.fromkeys(
        ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), ("integer", "number")
    ),
    **dict.fromkeys(
        (
            "items",
            "prefixItems",
            "minItems",
            "maxItems",
            "uniqueItems",
            "contains",
            "minContains",
            "maxContains",
            "unevaluatedItems",
        ),
        ("array",),
    ),
    **dict.fromkeys(
        (
            "properties",
            "patternProperties",
            "additionalProperties",
            "required",
            "minProperties",
            "maxProperties",
            "propertyNames",
            "dependentRequired",
            "dependentSchemas",
            "unevaluatedProperties",
        ),
        ("object",),
    ),
}
#: ``format`` values that describe numbers; any other format describes strings.
_NUMERIC_FORMATS = frozenset({"int32", "int64", "float", "double"})


def reshape_for_generators(document: dict[str, Any]) -> dict[str, Any]:
    """Apply the reshapings to ``document`` in place, name its inline models, and return it.

    The models inside a component are named before the component is written out anywhere, so that every copy
    carries the same names and generators see one model, not one per place.
    """
    split_type_lists(document)
    open_enums_as_unions(document)
    null_properties_as_const(document)
    name_inline_models(document)
    inline_alias_references(document)
    lift_component_members(document)
    lift_named_examples(document)
    return name_inline_models(document)


# --- type lists ---------------------------------------------------------------------------------------------------


def _branch_types(keyword: str, value: Any) -> tuple[str, ...] | None:
    if keyword == "format":
        return ("integer", "number") if value in _NUMERIC_FORMATS else ("string",)
    return _KEYWORD_TYPES.get(keyword)


def split_type_list(schema: dict[str, Any]) -> None:
    """``{type: [integer, string], pattern: ...}`` → ``{anyOf: [{type: integer}, {type: string, pattern: ...}]}``.

    Annotations (``title``, ``description``, ``examples``...) and keywords that hold for every type (``enum``,
    ``const``) stay on the schema itself; ``null`` joins a primitive branch (``{type: [string, 'null']}``).
    """
    listed = [str(kind) for kind in schema.pop("type")]
    types = [kind for kind in listed if kind != "null"]
    branches: dict[str, dict[str, Any]] = {kind: {"type": kind} for kind in types}
    if "null" in listed:
        # A branch of its own that allows only null would need a component of its own at the top of a component;
        # a nullable primitive branch says the same and every generator reads it.
        carrier = next((kind for kind in types if kind not in ("object", "array")), types[0])
        branches[carrier]["type"] = [carrier, "null"]
    for keyword in list(schema):
        belongs_to = _branch_types(keyword, schema[keyword])
        if belongs_to is None:
            continue
        value = schema.pop(keyword)
        for kind in types:
            if kind in belongs_to:
                branches[kind][keyword] = copy.deepcopy(value)
    union = list(branches.values())
    if "anyOf" in schema or "oneOf" in schema:
        schema.setdefault("allOf", []).append({"anyOf": union})
    else:
        schema["anyOf"] = union


def _has_type_list(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return isinstance(kinds, list) and len([kind for kind in kinds if kind != "null"]) > 1


def split_type_lists(document: dict[str, Any]) -> None:
    """Split every ``type`` list of more than one non-null type (see :func:`split_type_list`)."""
    for _, schema, _ in list(schemas_of(document)):
        if _has_type_list(schema):
            split_type_list(schema)


def null_properties_as_const(document: dict[str, Any]) -> None:
    """A property that is always ``null`` (``type: 'null'``) becomes ``const: null``: typescript-fetch reads the
    former as a model named ``Null`` that it never writes. (A ``{type: 'null'}`` branch of a union stays: that is
    how generators recognise a nullable value.)"""
    for _, schema, _ in list(schemas_of(document)):
        for member in (schema.get("properties") or {}).values():
            if isinstance(member, dict) and member.get("type") == "null":
                del member["type"]
                member["const"] = None


# --- open enums ---------------------------------------------------------------------------------------------------

#: The extension that marks a string the server sends as an open enum; its value lists the known values.
OPEN_ENUM = "x-fluentcrm-open-enum"
_COMPONENT_TOP = "#/components/schemas/"


def open_enum_as_union(schema: dict[str, Any], name: str | None = None) -> None:
    """``{type: string, x-fluentcrm-open-enum: [a, b]}`` → ``{anyOf: [{type: string, enum: [a, b]}, {type:
    string}]}``: openapi-typescript writes ``("a" | "b") | string``, Go a struct holding either a constant of an
    enum type or a plain string, and any string is still accepted (typescript-fetch, which has no union of
    primitives, passes the value through untyped, as for every such union). String keywords and a nullable ``type`` stay on the open branch.

    At the top of the component ``name`` the branches get titles (``<name>Known``, ``<name>Other``), which become
    the names of the components :func:`lift_component_members` moves them into.
    """
    known: dict[str, Any] = {"type": "string", "enum": list(schema[OPEN_ENUM])}
    other: dict[str, Any] = {"type": schema.pop("type")}
    for keyword in list(schema):
        if _branch_types(keyword, schema[keyword]) == ("string",):
            other[keyword] = schema.pop(keyword)
    if name is not None:
        known = {"title": f"{name}Known", **known}
        other = {"title": f"{name}Other", **other}
    schema["anyOf"] = [known, other]


def _is_open_enum(schema: dict[str, Any]) -> bool:
    """A marked string not written as a union yet (the reshaping runs again on its own output)."""
    kinds = schema.get("type")
    strings = kinds == "string" or (isinstance(kinds, list) and sorted(map(str, kinds)) == ["null", "string"])
    return OPEN_ENUM in schema and strings and not any(key in schema for key in ("anyOf", "oneOf", "enum"))


def open_enums_as_unions(document: dict[str, Any]) -> None:
    """Write every open enum as a union of its known values and any string (see :func:`open_enum_as_union`)."""
    for where, schema, _ in list(schemas_of(document)):
        if _is_open_enum(schema):
            top = where[len(_COMPONENT_TOP) :] if where.startswith(_COMPONENT_TOP) else ""
            name = top.replace("~1", "/").replace("~0", "~") if top and "/" not in top else None
            open_enum_as_union(schema, name)


# --- components that openapi-generator mistakes for references ---------------------------------------------------

_NULL = {"type": "null"}
_REF_PREFIX = "#/components/schemas/"


def _top_members(schema: dict[str, Any]) -> Iterator[tuple[str, int | None, dict[str, Any]]]:
    """The places of a component where openapi-generator looks up a reference name: (keyword, index, member)."""
    for keyword in ("anyOf", "oneOf"):
        for index, member in enumerate(schema.get(keyword) or []):
            if isinstance(member, dict) and "$ref" not in member:
                yield keyword, index, member
    for keyword in ("items", "additionalProperties"):
        member = schema.get(keyword)
        if member is True:
            # The parser reads the boolean schema ``true`` as a schema without a reference, too.
            yield keyword, None, {}
        elif isinstance(member, dict) and "$ref" not in member:
            yield keyword, None, member


def _fold_nullable(schema: dict[str, Any]) -> bool:
    """``anyOf: [{type: integer, ...}, {type: 'null'}]`` → ``type: [integer, 'null']``, when the non-null branch is
    one plain typed schema; True if folded."""
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword)
        if not (isinstance(members, list) and len(members) == 2 and _NULL in members):
            continue
        (other,) = [member for member in members if member != _NULL]
        kind = other.get("type")
        if (
            "$ref" in other
            or not isinstance(kind, str)
            or any(key in other for key in ("anyOf", "oneOf", "allOf"))
        ):
            return False
        if any(key in schema for key in other if key != "type"):
            return False
        del schema[keyword]
        schema.update(copy.deepcopy(other))
        schema["type"] = [kind, "null"]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"].append(None)
        return True
    return False


def _is_alias(schema: Any) -> bool:
    """A component that generators do not turn into a model: a primitive, an array, a map or a free-form object."""
    return isinstance(schema, dict) and not (
        schema.get("properties") or any(key in schema for key in ("anyOf", "oneOf", "allOf", "enum", "$ref"))
    )


def _replace_references(node: Any, replace: Any) -> None:
    """Call ``replace(holder, key, reference)`` for every schema reference below ``node``, skipping the
    extension and example data, which are not schemas."""
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = [
            (key, value) for key, value in node.items() if not str(key).startswith("x-")
        ]
        items = [(key, value) for key, value in items if key not in ("example", "examples")]
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return
    for key, value in items:
        if isinstance(value, dict) and str(value.get("$ref", "")).startswith(_REF_PREFIX):
            replace(node, key, value)
        _replace_references(node[key], replace)


def _referenced(document: dict[str, Any]) -> set[str]:
    """The names of the components referenced anywhere in ``document``."""
    found: set[str] = set()

    def note(holder: Any, key: Any, reference: dict[str, Any]) -> None:
        found.add(_component_name(reference))

    _replace_references(document, note)
    return found


def _component_name(reference: dict[str, Any]) -> str:
    return str(reference["$ref"])[len(_REF_PREFIX) :].replace("~1", "/").replace("~0", "~")


def inline_alias_references(document: dict[str, Any]) -> None:
    """Write out a referenced primitive, array, map or free-form component where it is a union member, a map value
    or an array item: openapi-generator's TypeScript code looks such a reference up as a model name and finds none.
    A component no longer referenced afterwards is dropped."""
    schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    aliases = {name for name, schema in schemas.items() if _is_alias(schema)}

    def write_out(holder: Any, key: Any, reference: dict[str, Any]) -> None:
        name = _component_name(reference)
        if name in aliases and (isinstance(key, int) or key in ("additionalProperties", "items")):
            inlined = copy.deepcopy(schemas[name])
            inlined.update({part: value for part, value in reference.items() if part != "$ref"})
            holder[key] = inlined

    before = _referenced(document)
    _replace_references(document, write_out)
    for name in sorted((before - _referenced(document)) & aliases):
        del schemas[name]


def lift_component_members(document: dict[str, Any]) -> None:
    """Give every inline schema at the top of a component (``anyOf``/``oneOf`` member, ``items``,
    ``additionalProperties``) a component of its own: openapi-generator's normalizer asks each for a reference name.

    A member that is a model keeps its title as its name, or is named after its place (``<Component>Item``,
    ``<Component>Value``, ``<Component>Option<n>``). A nullable component of one plain schema is folded into a
    ``type`` list with ``null`` instead.

    A lifted primitive, array or map is again a reference that openapi-generator's TypeScript code looks through
    (:func:`inline_alias_references`); wrapping it in a one-member ``allOf`` would avoid that lookup but makes
    typescript-fetch import a model file it never writes, so that one lookup remains (``sdks/openapi_generator.py``).
    """
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    pending = list(schemas)
    while pending:
        owner = pending.pop(0)
        schema = schemas[owner]
        if not isinstance(schema, dict) or _fold_nullable(schema):
            continue
        if schema.get("additionalProperties") is True and not schema.get("properties"):
            # A free-form object says the same without it, and Go's generator names a map of lifted `{}` values
            # with a `*` in the field name.
            del schema["additionalProperties"]
        for keyword, index, member in list(_top_members(schema)):
            title = member.get("title")
            name = title if isinstance(title, str) and title else _member_name(owner, keyword, index)
            lifted = member
            base, number = name, 2
            while name in schemas and schemas[name] != lifted:
                name, number = f"{base}{number}", number + 1
            if name not in schemas:
                schemas[name] = lifted
                pending.append(name)
            reference = {"$ref": _REF_PREFIX + escape_pointer(name)}
            if index is None:
                schema[keyword] = reference
            else:
                schema[keyword][index] = reference


def _member_name(owner: str, keyword: str, index: int | None) -> str:
    if keyword == "items":
        return f"{owner}Item"
    if keyword == "additionalProperties":
        return f"{owner}Value"
    return f"{owner}Option{(index or 0) + 1}"


# --- named examples -----------------------------------------------------------------------------------------------


def lift_named_examples(document: dict[str, Any]) -> None:
    """Move every inline named example of a request or response into ``components.examples`` and reference it.

    The component is named after where it sits, as inline models are (``tools/schema_rules.py``), followed by the
    example's key (``GetContactResponseFound``); the same example used in two places becomes one component.
    """
    examples: dict[str, Any] = document.setdefault("components", {}).setdefault("examples", {})
    for where, media in media_objects(document):
        place = derived_title(document, where)
        named = media.get("examples")
        if not isinstance(named, dict):
            continue
        for key, example in list(named.items()):
            if not isinstance(example, dict) or "$ref" in example:
                continue
            name = base = f"{place}{pascal_case(str(key))}"
            number = 2
            while name in examples and examples[name] != example:
                name, number = f"{base}{number}", number + 1
            examples[name] = example
            named[key] = {"$ref": f"#/components/examples/{escape_pointer(name)}"}
