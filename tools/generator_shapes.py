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
example moved into ``components.examples`` (:func:`lift_named_examples`). A variant for openapi-generator's TypeScript
targets, which look through the lifted primitives again, writes out where they are used the components that would
need lifting instead (:func:`write_out_awkward_components`). A validator accepts exactly the same
instances before and after, and documentation renderers show the same content (less, in that variant, what a
reference's site said about a union or model copied there). The Python client's variant keeps
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


def reshape_for_generators(document: dict[str, Any], *, unions_in_place: bool = False) -> dict[str, Any]:
    """Apply the reshapings to ``document`` in place, name its inline models, and return it.

    The models inside a component are named before the component is written out anywhere, so that every copy
    carries the same names and generators see one model, not one per place. With ``unions_in_place``, a component
    whose top would need lifting is written out where it is used instead (:func:`write_out_awkward_components`).
    """
    split_type_lists(document)
    open_enums_as_unions(document)
    null_properties_as_const(document)
    name_inline_models(document)
    inline_alias_references(document)
    if unions_in_place:
        write_out_awkward_components(document)
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


def _referenced(document: Any) -> set[str]:
    """The names of the components referenced anywhere in ``document`` (or any part of one)."""
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
    (:func:`inline_alias_references`); the variants for that code write such components out where they are used
    before this runs (:func:`write_out_awkward_components`), which leaves nothing to lift.
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


def _has_awkward_top(schema: Any, awkward: set[str], aliases: set[str]) -> bool:
    """True if a member at the top of ``schema`` is inline, or refers to an alias or an awkward component."""
    if not isinstance(schema, dict):
        return False
    if any(True for _ in _top_members(schema)):
        return True
    members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    members += [schema[key] for key in ("items", "additionalProperties") if isinstance(schema.get(key), dict)]
    return any(
        isinstance(member, dict) and _component_name(member) in awkward | aliases
        for member in members
        if str(member.get("$ref", "")).startswith(_REF_PREFIX)
    )


def write_out_awkward_components(document: dict[str, Any]) -> None:
    """Write out, wherever it is referenced, every component with an inline schema at its top (or a reference to
    such a component or to a primitive, array or map one), and drop it from ``components``.

    For generators that need both what :func:`lift_component_members` gives the normalizer and what
    :func:`inline_alias_references` gives the TypeScript code: a lifted primitive member satisfies the first and
    breaks the second. A union, map or model written out in place is named by the ``title`` it carries (the
    component's name), and generators that lift inline schemas (openapi-generator's InlineModelResolver) make one
    model of all its identical copies. So a copy of a model or union takes none of the annotations next to the
    reference (a ``description`` would make each copy a model of its own); a copy of a map or primitive takes them.

    A component that refers to itself, directly or through other awkward ones, stays (it could not be written
    out); the normalizer's lookup then still applies to it.
    """
    schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    for schema in schemas.values():
        if isinstance(schema, dict):
            _fold_nullable(schema)
    aliases = {name for name, schema in schemas.items() if _is_alias(schema)}
    awkward: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, schema in schemas.items():
            if name not in awkward and _has_awkward_top(schema, awkward, aliases):
                awkward.add(name)
                changed = True
    awkward -= _self_referring(schemas, awkward)
    copies = {name: _titled(name, schemas[name]) for name in awkward}

    def write_out(holder: Any, key: Any, reference: dict[str, Any]) -> None:
        name = _component_name(reference)
        if name not in awkward:
            return
        inlined = _open_maps_as_empty_schemas(copy.deepcopy(copies[name]))
        if _is_alias(inlined):
            inlined.update({part: value for part, value in reference.items() if part != "$ref"})
        elif isinstance(key, int) and _NULL in holder:
            # The normalizer folds `anyOf: [<copy>, {type: 'null'}]` into a nullable copy, which is a model apart.
            inlined["title"] = f"Nullable{inlined['title']}"
        holder[key] = inlined  # the walk goes on into the copy, which may refer to awkward components itself

    for name in sorted(awkward):
        del schemas[name]
    _replace_references(document, write_out)
    _lift_allof_members_holding_unions(schemas)


def _lift_allof_members_holding_unions(schemas: dict[str, Any]) -> None:
    """Give an inline ``allOf`` member with properties a component of its own when a union sits somewhere inside.

    openapi-generator flattens such a member property by property, and there it makes a model of every union
    that is an array item or a map value without looking for an identical one already made: each copy of a
    written-out union would get a name of its own (``CustomValue_1``). Inside a component it does look.
    """
    for owner in list(schemas):
        members = schemas[owner].get("allOf") if isinstance(schemas[owner], dict) else None
        for index, member in enumerate(members or []):
            if "$ref" in member or not member.get("properties") or not _holds_union(member):
                continue
            name = base = member.get("title") or f"{owner}Own"
            number = 2
            while name in schemas:
                name, number = f"{base}{number}", number + 1
            schemas[name] = member if member.get("title") else {"title": name, **member}
            members[index] = {"$ref": _REF_PREFIX + escape_pointer(name)}


def _holds_union(schema: Any) -> bool:
    if isinstance(schema, dict):
        if any(key in schema for key in ("anyOf", "oneOf")):
            return True
        return any(_holds_union(value) for key, value in schema.items() if key not in ("examples", "example"))
    if isinstance(schema, list):
        return any(_holds_union(value) for value in schema)
    return False


def _open_maps_as_empty_schemas(schema: Any) -> Any:
    """``additionalProperties: true`` → ``{}`` throughout ``schema`` (the same meaning): openapi-generator does not
    recognise two copies of a model with the boolean as one model."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "additionalProperties" and value is True:
                schema[key] = {}
            elif not str(key).startswith("x-") and key not in ("example", "examples"):
                _open_maps_as_empty_schemas(value)
    elif isinstance(schema, list):
        for value in schema:
            _open_maps_as_empty_schemas(value)
    return schema


def _titled(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return schema if schema.get("title") else {"title": name, **schema}


def _self_referring(schemas: dict[str, Any], names: set[str]) -> set[str]:
    """The members of ``names`` that reach themselves through references between members of ``names``."""
    edges = {name: _referenced(schemas[name]) & names for name in names}
    looping = set()
    for start in names:
        seen, stack = set(), list(edges[start])
        while stack:
            current = stack.pop()
            if current == start:
                looping.add(start)
                break
            if current not in seen:
                seen.add(current)
                stack.extend(edges[current])
    return looping


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
