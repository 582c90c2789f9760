"""What the high-level client (``fluentcrm_client/sdk.py``) exposes, worked out from the generator's endpoints.

Names come from the ``x-python-sdk`` extension the python-client overlay puts on each operation
(``group``, ``method``, ``paginate``); operations without it fall back to their tag and operation id. Signatures,
types and parsing come from openapi-python-client's parsed endpoints, so the resource methods always match the
generated low-level functions they call.
"""

from __future__ import annotations

from typing import Any

SDK_CONFIG_KEY = "x-python-sdk"

#: Parameter ``x-python-type`` → the argument's annotation and the ``fluentcrm_client.wire`` function that turns it
#: into the wire value.
PARAMETER_TYPES: dict[str, dict[str, str]] = {
    "inclusive-date-range": {
        "annotation": "tuple[datetime.date, datetime.date] | datetime.date | Unset",
        "convert": "inclusive_date_range",
    },
}


class SdkDefinitionError(Exception):
    """The ``x-python-sdk`` settings do not fit the generated models (a wrong path, a name used twice)."""


def parameter_descriptions(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``operationId`` → parameter name → description, from the parameter objects themselves.

    openapi-python-client documents a parameter with its schema's description; this spec (like most) describes
    parameters on the parameter object, so the high-level client reads them from the document.
    """
    shared = (document.get("components") or {}).get("parameters") or {}

    def resolve(parameter: dict[str, Any]) -> dict[str, Any]:
        ref = parameter.get("$ref", "")
        if ref.startswith("#/components/parameters/"):
            return {
                **shared.get(ref.rsplit("/", 1)[1], {}),
                **{k: v for k, v in parameter.items() if k != "$ref"},
            }
        return parameter

    found: dict[str, dict[str, str]] = {}
    for path_item in (document.get("paths") or {}).values():
        common = [resolve(p) for p in path_item.get("parameters", [])]
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = common + [resolve(p) for p in operation.get("parameters", [])]
                found[utils_snake(operation["operationId"])] = {
                    str(p.get("name")): str(
                        p.get("description") or (p.get("schema") or {}).get("description") or ""
                    )
                    for p in parameters
                }
    return found


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a node that is not a bare reference."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if isinstance(target, dict) else target
        seen += 1
        if seen > 50:
            raise SdkDefinitionError(f"reference cycle at {node!r}")
    return node


def operation_facts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``operation identifier`` → what the client checks and signals for it, read from the document:

    - ``bounds``: parameter name → (minimum, maximum) of an integer parameter or of its array items, so the
      client refuses what the spec rules out (``per_page=0``) before sending it;
    - ``faults``: the ``x-fluentcrm-faults`` of its responses as (status, parameter trigger, needs-absent-record);
    - ``method`` and ``path``.
    """
    found: dict[str, dict[str, Any]] = {}
    for path, path_item in (document.get("paths") or {}).items():
        common = path_item.get("parameters", [])
        for verb, operation in path_item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            bounds: dict[str, tuple[Any, Any]] = {}
            python_types: dict[str, str] = {}
            for parameter in [*common, *operation.get("parameters", [])]:
                parameter = _resolve(document, parameter)
                if "x-python-type" in parameter:
                    python_types[str(parameter["name"])] = str(parameter["x-python-type"])
                schema = _resolve(document, parameter.get("schema") or {})
                if schema.get("type") == "array":
                    schema = _resolve(document, schema.get("items") or {})
                if schema.get("type") in ("integer", "number") and (
                    "minimum" in schema or "maximum" in schema
                ):
                    bounds[str(parameter["name"])] = (schema.get("minimum"), schema.get("maximum"))
            faults = []
            for status, response in sorted((operation.get("responses") or {}).items()):
                response = _resolve(document, response)
                for fault in (response or {}).get("x-fluentcrm-faults") or []:
                    trigger = fault.get("trigger") or {}
                    faults.append(
                        {
                            "id": fault.get("id"),
                            "summary": " ".join(str(fault.get("summary", "")).split()),
                            "status": int(status),
                            "parameters": trigger.get("parameters") or {},
                            "absent": "absent" in trigger,
                            # Triggers on the whole query or body are not evaluated by the client.
                            "evaluable": not (set(trigger) - {"parameters", "absent"}),
                        }
                    )
            found[utils_snake(operation["operationId"])] = {
                "bounds": bounds,
                "python_types": python_types,
                "faults": faults,
                "http_method": verb.upper(),
                "path": path,
            }
    return found


def split_request_only(document: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """The document without the operations marked ``x-python-sdk: {request_only: true}``, and those operations
    (method, path, summary) for the client's table: they get no generated code, only ``crm.request()``."""
    import copy

    stripped = copy.copy(document)
    stripped["paths"] = {}
    request_only = []
    for path, path_item in (document.get("paths") or {}).items():
        kept = {}
        for key, operation in path_item.items():
            if isinstance(operation, dict) and (operation.get(SDK_CONFIG_KEY) or {}).get("request_only"):
                request_only.append(
                    {"http_method": key.upper(), "path": path, "summary": str(operation.get("summary", ""))}
                )
            else:
                kept[key] = operation
        stripped["paths"][path] = kept
    return stripped, request_only


def utils_snake(value: str) -> str:
    """The identifier openapi-python-client derives from an operation id (``listContacts`` → ``list_contacts``)."""
    from openapi_python_client import strings

    return strings.snake_case(value)


def sdk_settings(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``operationId`` → the ``x-python-sdk`` settings the python-client overlay put on that operation."""
    found: dict[str, dict[str, Any]] = {}
    for path_item in (document.get("paths") or {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = dict(operation.get(SDK_CONFIG_KEY) or {})
    return found


def _plain(value: Any) -> str:
    """The text of a generator string (``UntrustedString`` wraps names and descriptions taken from the spec)."""
    if value is None:
        return ""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _parameter_doc(parameter: Any, description: str) -> str:
    """One ``Args:`` entry: name, type, the spec's description (first paragraph), default."""
    from openapi_python_client.strings import safe_for_docstring

    text = str(parameter.to_docstring())
    if description and not _plain(getattr(parameter, "description", None)):
        head, _, tail = text.partition("):")
        first = " ".join(description.strip().split("\n\n")[0].split())
        rest = tail.strip()
        text = f"{head}): {safe_for_docstring(first)}" + (f" {rest}" if rest else "")
    return text


def _find_property(model: Any, name: str) -> Any:
    candidates = [*(getattr(model, "required_properties", None) or [])]
    candidates += getattr(model, "optional_properties", None) or []
    for prop in candidates:
        if prop.name == name:
            return prop
    return None


def _attribute_chain(endpoint: Any, response: Any, dotted: str, required: bool = True) -> tuple[str, Any]:
    """``"subscribers.data"`` → (``".subscribers.data"``, the property at the end), through required properties only.

    The page iterator reads these attributes directly, so every step must be a required property of a model:
    an optional one would be typed ``X | Unset`` and need guards the overlay author did not ask for. A path that
    is only matched against the raw body (a ``missing`` declaration) may pass optional ones (``required=False``).
    """
    prop = response.prop
    code = ""
    for name in dotted.split("."):
        found = _find_property(prop, name)
        if found is None or (required and not found.required):
            raise SdkDefinitionError(
                f"{endpoint.name}: x-python-sdk paginate path {dotted!r}: {name!r} is not a required property of "
                f"{prop.get_type_string()}"
            )
        code += f".{found.python_name}"
        prop = found
    return code, prop


def _missing_signals(
    operation_id: str, settings: dict[str, Any], facts: dict[str, Any], endpoint: Any, ok: Any
) -> tuple[list[dict[str, Any]], list[str]]:
    """The ``x-python-sdk.missing`` declarations of an operation, plus its faults that only a missing record
    triggers (``absent``): the answers that mean "missing", and the methods to call first where no answer does."""
    statuses: list[dict[str, Any]] = []
    probes: list[str] = []
    for entry in settings.get("missing") or []:
        unknown = set(entry) - {"status", "message", "empty", "null", "blank", "probe"}
        if unknown or ("status" not in entry) == ("probe" not in entry):
            raise SdkDefinitionError(
                f"{operation_id}: x-python-sdk missing entries take status (with message, empty, null or blank) "
                f"or probe; got {sorted(entry)}"
            )
        if "probe" in entry:
            probes.append(str(entry["probe"]))
        else:
            paths: dict[str, list[str]] = {}
            for kind in ("null", "blank"):
                if kind in entry:
                    # The path must exist in the response model; the raw body is matched, so it may be optional.
                    _attribute_chain(endpoint, ok, str(entry[kind]), required=kind == "null")
                    paths[kind] = str(entry[kind]).split(".")
            statuses.append(
                {
                    "status": int(entry["status"]),
                    "message": entry.get("message"),
                    "empty": bool(entry.get("empty")),
                    "null": paths.get("null", []),
                    "blank": paths.get("blank", []),
                }
            )
    for fault in facts.get("faults", []):
        # An error answer that only a missing record triggers means "missing"; a success answer (an empty 200)
        # needs its own declaration, since nothing in the status tells it apart.
        if fault["absent"] and not fault["parameters"] and fault["status"] >= 400 and fault["evaluable"]:
            statuses.append({"status": fault["status"], "message": None, "empty": False, "null": [], "blank": []})
    return statuses, probes


def _code(value: Any) -> str:
    """Generator code (``PythonCode``) as plain source text."""
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def _keyword(name: str, taken: set[str]) -> str | None:
    """The keyword argument a body field gets in the high-level client: its wire name without the leading
    underscores PHP frameworks use for flags (``__force_update`` → ``force_update``), in snake_case."""
    import keyword

    from openapi_python_client import strings

    candidate = strings.snake_case(name.strip("_"))
    if not candidate.isidentifier() or keyword.iskeyword(candidate) or candidate in taken:
        return None
    return candidate


def _body_arguments(
    operation_id: str, endpoint: Any, taken: set[str], models: dict[str, Any], wire_type: Any = None
) -> dict[str, Any] | None:
    """The JSON body of an operation as keyword arguments: one per field of its model, required where the
    model requires it. Bodies offered in several media types are sent as JSON only, so there is one body type.
    A body that is not a model with fields (an array, a union) stays a single ``body`` argument."""
    bodies = list(endpoint.bodies)
    if not bodies:
        return None
    chosen = next((b for b in bodies if "json" in _plain(b.content_type)), bodies[0])
    # The endpoint holds the body model as first seen; its fields are filled in on the project's copy.

    def model_of(candidate: Any) -> Any:
        return models.get(str(getattr(getattr(candidate, "class_info", None), "name", "")), candidate)

    def field_count(candidate: Any) -> int:
        return len(candidate.required_properties or []) + len(candidate.optional_properties or [])

    prop = model_of(chosen.prop)
    variants = [model_of(v) for v in getattr(prop, "inner_properties", None) or []]
    variants = [v for v in variants if getattr(v, "required_properties", None) is not None]
    if variants:
        # A body offered in several shapes (flat or wrapped in one key) is sent in the one with the most fields,
        # so the method has one set of keyword arguments.
        prop = max(variants, key=field_count)
    fields = [*(getattr(prop, "required_properties", None) or []), *(getattr(prop, "optional_properties", None) or [])]
    imports: set[str] = set()
    for line in [*prop.get_imports(prefix="..."), *prop.get_lazy_imports(prefix="...")]:
        imports.add(line)
    if getattr(prop, "required_properties", None) is None or not fields:
        return {
            "model": None,
            "declaration": f"body: {_code(prop.get_type_string(no_optional=True))}"
            + ("" if prop.required else " | Unset = UNSET"),
            "fields": [],
            "imports": imports,
            "wire_names": set(),
        }
    arguments = []
    for field in fields:
        for line in [*field.get_imports(prefix="..."), *field.get_lazy_imports(prefix="...")]:
            imports.add(line)
        python_name = str(field.python_name)
        # The model's own name, unless the generator had to mangle it (a trailing `_`) or a path parameter has it.
        readable = not python_name.endswith("_") and python_name not in taken
        kwarg = python_name if readable else (_keyword(_plain(field.name), taken) or python_name)
        taken.add(kwarg)
        declaration = kwarg + _code(field.to_string())[len(python_name) :]
        conversion = wire_type(prop, field) if wire_type is not None else None
        if conversion:  # x-python-type: the model takes the Python type, so the argument does too
            annotation = conversion["annotation"] + (" | None" if conversion["nullable"] else "")
            declaration = f"{kwarg}: {annotation}" + ("" if field.required else " | Unset = UNSET")
        doc = str(field.to_docstring())
        if conversion:  # the docstring names the Python type the argument takes, not the wire text
            doc = f"{python_name} ({declaration.partition(': ')[2].removesuffix(' = UNSET')}):{doc.partition('):')[2]}"
        arguments.append(
            {
                "kwarg": kwarg,
                "python_name": python_name,
                "declaration": declaration,
                "doc": kwarg + doc[len(python_name) :],
                "required": field.required and field.default is None,
                "item_type": _code(field.inner_property.get_type_string()) if hasattr(field, "inner_property") else None,
            }
        )
    return {
        "model": _code(prop.get_type_string(no_optional=True)),
        "declaration": None,
        "fields": arguments,
        "imports": imports,
        "wire_names": {_plain(field.name) for field in fields},
    }


def _rejects(operation_id: str, endpoint: Any, ok: Any, body: Any, rejects: dict[str, Any]) -> dict[str, Any]:
    """``x-python-sdk.rejects``: which body list the rows come from (``input``), where the answer lists the rejected
    rows (``output``) and the stored ones (``accepted``), and the key that names a row in both (``key``)."""
    fields = {field["kwarg"]: field for field in (body or {}).get("fields", [])}
    name = str(rejects.get("input"))
    if name not in fields:
        raise SdkDefinitionError(f"{operation_id}: x-python-sdk rejects input {name!r} is not a body field")
    output, _ = _attribute_chain(endpoint, ok, str(rejects.get("output")))
    accepted = [_attribute_chain(endpoint, ok, str(each))[0] for each in rejects.get("accepted") or []]
    key = str(rejects.get("key"))
    from openapi_python_client import strings

    return {
        "input": name,
        "output": output,
        "accepted": accepted,
        "key": strings.snake_case(key),
        "item_type": fields[name]["item_type"],
    }


def _argument_docs(endpoint: Any, documented: dict[str, str], dropped: set[str], expanded: bool) -> list[str]:
    """``Args:`` entries for the parameters the method takes: not the query parameters a body field replaces, and
    one ``body`` entry at most (none when the body is spread into keyword arguments)."""
    docs = []
    body_seen = expanded
    for parameter in endpoint.list_all_parameters():
        if str(parameter.python_name) == "body":
            if body_seen:
                continue
            body_seen = True
        elif _plain(parameter.name).removesuffix("[]") in dropped:
            continue
        docs.append(_parameter_doc(parameter, documented.get(_plain(parameter.name), "")))
    return docs


def sdk_groups(
    project: Any,
    sdk_operations: dict[str, dict[str, Any]],
    descriptions: dict[str, dict[str, str]],
    facts: dict[str, dict[str, Any]] | None = None,
    wire_type: Any = None,
) -> list[dict[str, Any]]:
    """The resource groups of the high-level client, each with its methods, from the generator's parsed endpoints."""
    from openapi_python_client import strings as utils

    by_identifier = {utils.snake_case(key): value for key, value in sdk_operations.items()}
    models = {str(model.class_info.name): model for model in project.openapi.models}
    groups: dict[str, dict[str, Any]] = {}
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            operation_id = str(endpoint.name)  # already a snake_case identifier
            settings = by_identifier.get(operation_id, {})
            group_name = settings.get("group") or utils.snake_case(str(tag))
            ok = [
                r
                for r in endpoint.responses.patterns
                if r.status_code.range and r.status_code.range[0] // 100 == 2
            ]
            if not ok:
                raise SdkDefinitionError(f"{operation_id}: no 2xx response is documented")
            documented = descriptions.get(operation_id, {})
            known = (facts or {}).get(operation_id, {})
            missing, probes = _missing_signals(operation_id, settings, known, endpoint, ok[0])
            bounds = known.get("bounds", {})
            converted = {}
            for parameter in endpoint.query_parameters:
                kind = known.get("python_types", {}).get(_plain(parameter.name))
                if kind is not None:
                    if kind not in PARAMETER_TYPES:
                        raise SdkDefinitionError(
                            f"{operation_id}: parameter x-python-type {kind!r} is not one of {sorted(PARAMETER_TYPES)}"
                        )
                    converted[str(parameter.python_name)] = PARAMETER_TYPES[kind]
            taken = {str(p.python_name) for p in endpoint.path_parameters} | {"self"}
            body = _body_arguments(operation_id, endpoint, taken, models, wire_type)
            wire_names = body["wire_names"] if body else set()
            expanded = bool(body and body["model"])
            method: dict[str, Any] = {
                "body": body,
                # A query parameter that repeats a body field (the server reads both) is left to the body.
                "query": [
                    p for p in endpoint.query_parameters if _plain(p.name).removesuffix("[]") not in wire_names
                ],
                "summary": _plain(endpoint.summary),
                "http_method": known.get("http_method", str(endpoint.method).upper()),
                "path": known.get("path", str(endpoint.path)),
                "missing": missing,
                "probes": probes,
                # Only server errors are retried; a fault is left unretried when its parameters match the request.
                "faults": [f for f in known.get("faults", []) if f["status"] >= 500 and f["evaluable"]],
                "or_none": settings.get("or_none"),
                "converted": converted,
                "checks": [
                    (parameter.python_name, _plain(parameter.name), *bounds[_plain(parameter.name)])
                    for parameter in endpoint.list_all_parameters()
                    if _plain(parameter.name) in bounds
                ],
                "parameter_docs": _argument_docs(endpoint, documented, wire_names, expanded),
                "name": settings.get("method") or utils.snake_case(operation_id),
                "endpoint": endpoint,
                "module": operation_id,
                "alias": "_" + operation_id,
                "tag": tag,
                "ok": ok[0],
            }
            rejects = settings.get("rejects")
            if rejects:
                method["rejects"] = _rejects(operation_id, endpoint, ok[0], body, rejects)
            paginate = settings.get("paginate")
            if paginate:
                items_code, items_prop = _attribute_chain(endpoint, ok[0], paginate["items"])
                total_code, _ = _attribute_chain(endpoint, ok[0], paginate["total"])
                if not hasattr(items_prop, "inner_property"):
                    raise SdkDefinitionError(
                        f"{operation_id}: paginate items {paginate['items']!r} is not an array"
                    )
                order = {str(k): v for k, v in (paginate.get("order") or {}).items()}
                wire_query = {_plain(p.name): p for p in endpoint.query_parameters}
                for name in order:
                    if name not in wire_query:
                        raise SdkDefinitionError(
                            f"{operation_id}: x-python-sdk paginate order {name!r} is not a query parameter"
                        )
                key = paginate.get("key")
                if order and not key:
                    raise SdkDefinitionError(f"{operation_id}: x-python-sdk paginate order needs a key")
                key_code = ""
                if key:
                    item = items_prop.inner_property
                    found = _find_property(item, str(key))
                    if found is None or not found.required:
                        raise SdkDefinitionError(
                            f"{operation_id}: x-python-sdk paginate key {key!r} is not a required property of "
                            f"{item.get_type_string()}"
                        )
                    key_code = f".{found.python_name}"
                method["paginate"] = {
                    # `list` pages are walked by `iterate()`; another paginated method of the same group
                    # (`crm.campaigns.unsubscribers`) by `iterate_<method>()`.
                    "iterate_name": "iterate" if method["name"] == "list" else f"iterate_{method['name']}",
                    # A sub-resource's list (`/campaigns/{id}/emails`) needs its path parameters on every page.
                    "path_parameters": list(endpoint.path_parameters),
                    "items": items_code,
                    "total": total_code,
                    "item_type": items_prop.inner_property.get_type_string(),
                    "order": [(wire_query[name].python_name, value) for name, value in order.items()],
                    "key": key_code,
                    "filters": [
                        p
                        for p in method["query"]
                        if _plain(p.name) not in ("page", "per_page") and _plain(p.name) not in order
                    ],
                }
            group = _group(groups, group_name)
            taken = {m["name"] for m in group["methods"]} | {
                m["paginate"]["iterate_name"] for m in group["methods"] if m.get("paginate")
            }
            if method.get("paginate") and method["paginate"]["iterate_name"] in taken:
                raise SdkDefinitionError(
                    f"{operation_id}: {group_name}.{method['paginate']['iterate_name']} is defined twice"
                )
            if settings.get("group_doc"):
                group["doc"] = str(settings["group_doc"])
            if any(existing["name"] == method["name"] for existing in group["methods"]):
                raise SdkDefinitionError(f"{operation_id}: {group_name}.{method['name']} is defined twice")
            if any(child["attribute"] == method["name"] for child in group["children"]):
                raise SdkDefinitionError(f"{operation_id}: {group_name}.{method['name']} is also a sub-group")
            group["methods"].append(method)
    _check_probes(groups)
    return sorted(groups.values(), key=lambda group: group["name"])


def _check_probes(groups: dict[str, dict[str, Any]]) -> None:
    """Resolve each ``probe`` to the code that calls it and make sure it can be called with the probing method's
    path parameters: a plain name is a method of the same group (``self.get``), a dotted one is reached from the
    client (``contacts.get`` is ``self._crm.contacts.get``)."""
    for group_name, group in groups.items():
        for method in group["methods"]:
            resolved = []
            wanted = [str(p.python_name) for p in method["endpoint"].path_parameters]
            for probe in method["probes"]:
                owner, _, name = probe.rpartition(".")
                candidates = groups.get(owner or group_name, {}).get("methods", [])
                target = next((m for m in candidates if m["name"] == name), None)
                if target is None or [str(p.python_name) for p in target["endpoint"].path_parameters] != wanted:
                    raise SdkDefinitionError(
                        f"{method['module']}: x-python-sdk missing probe {probe!r} is not a method of "
                        f"{owner or group_name} taking the path parameters {wanted}"
                    )
                resolved.append(f"_crm.{probe}" if owner else probe)
            method["probes"] = resolved


def _group(groups: dict[str, dict[str, Any]], dotted: str) -> dict[str, Any]:
    """The group named ``dotted`` (``contacts.notes`` is ``crm.contacts.notes``), made with its parents if new.

    Every group is a class of its own; a parent holds its sub-groups as attributes, so a sub-resource reads
    ``crm.contacts.notes.create(...)``. ``top`` marks the groups the client itself holds.
    """
    from openapi_python_client import strings as utils

    if dotted in groups:
        return groups[dotted]
    parent_name, _, attribute = dotted.rpartition(".")
    group = groups[dotted] = {
        "name": dotted,
        "attribute": attribute,
        "class_name": "".join(utils.pascal_case(part) for part in dotted.split(".")),
        "methods": [],
        "children": [],
        "top": not parent_name,
        "doc": "",
    }
    if parent_name:
        parent = _group(groups, parent_name)
        if any(method["name"] == attribute for method in parent["methods"]):
            raise SdkDefinitionError(f"{dotted}: {parent_name}.{attribute} is already a method")
        parent["children"].append({"attribute": attribute, "class_name": group["class_name"]})
    return group
