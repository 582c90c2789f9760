"""What the high-level client (``fluentcrm_client/sdk.py``) exposes, worked out from the generator's endpoints.

Names come from the ``x-python-sdk`` extension the python-client overlay puts on each operation
(``group``, ``method``, ``paginate``); operations without it fall back to their tag and operation id. Signatures,
types and parsing come from openapi-python-client's parsed endpoints, so the resource methods always match the
generated low-level functions they call.
"""

from __future__ import annotations

from typing import Any

SDK_CONFIG_KEY = "x-python-sdk"


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


def _attribute_chain(endpoint: Any, response: Any, dotted: str) -> tuple[str, Any]:
    """``"subscribers.data"`` → (``".subscribers.data"``, the property at the end), through required properties only.

    The page iterator reads these attributes directly, so every step must be a required property of a model:
    an optional one would be typed ``X | Unset`` and need guards the overlay author did not ask for.
    """
    prop = response.prop
    code = ""
    for name in dotted.split("."):
        found = _find_property(prop, name)
        if found is None or not found.required:
            raise SdkDefinitionError(
                f"{endpoint.name}: x-python-sdk paginate path {dotted!r}: {name!r} is not a required property of "
                f"{prop.get_type_string()}"
            )
        code += f".{found.python_name}"
        prop = found
    return code, prop


def sdk_groups(
    project: Any, sdk_operations: dict[str, dict[str, Any]], descriptions: dict[str, dict[str, str]]
) -> list[dict[str, Any]]:
    """The resource groups of the high-level client, each with its methods, from the generator's parsed endpoints."""
    from openapi_python_client import strings as utils

    by_identifier = {utils.snake_case(key): value for key, value in sdk_operations.items()}
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
            method: dict[str, Any] = {
                "parameter_docs": [
                    _parameter_doc(parameter, documented.get(_plain(parameter.name), ""))
                    for parameter in endpoint.list_all_parameters()
                ],
                "name": settings.get("method") or utils.snake_case(operation_id),
                "endpoint": endpoint,
                "module": operation_id,
                "alias": "_" + operation_id,
                "tag": tag,
                "ok": ok[0],
            }
            paginate = settings.get("paginate")
            if paginate:
                items_code, items_prop = _attribute_chain(endpoint, ok[0], paginate["items"])
                total_code, _ = _attribute_chain(endpoint, ok[0], paginate["total"])
                if not hasattr(items_prop, "inner_property"):
                    raise SdkDefinitionError(
                        f"{operation_id}: paginate items {paginate['items']!r} is not an array"
                    )
                method["paginate"] = {
                    # `list` pages are walked by `iterate()`; another paginated method of the same group
                    # (`crm.campaigns.unsubscribers`) by `iterate_<method>()`.
                    "iterate_name": "iterate" if method["name"] == "list" else f"iterate_{method['name']}",
                    # A sub-resource's list (`/campaigns/{id}/emails`) needs its path parameters on every page.
                    "path_parameters": list(endpoint.path_parameters),
                    "items": items_code,
                    "total": total_code,
                    "item_type": items_prop.inner_property.get_type_string(),
                    # Path parameters first (a sub-resource's list needs its parent's id), then the query filters.
                    "filters": [
                        p for p in endpoint.query_parameters if _plain(p.name) not in ("page", "per_page")
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
    return sorted(groups.values(), key=lambda group: group["name"])


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
