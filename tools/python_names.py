"""Python names declared in the spec (``x-python-name``) for wire names the generator would mangle.

openapi-python-client appends ``_`` to a name that is a Python keyword (``from_``, ``with_``) or would hide a
builtin the generated code needs (``list_``). The python-client overlays put ``x-python-name`` on such a property
or parameter; after parsing, this module renames the model attribute or the argument, so the models, the
low-level functions and the high-level client all use the declared name. The wire name stays as it is.
"""

from __future__ import annotations

from typing import Any

from tools.wire_types import model_properties

PYTHON_NAME_KEY = "x-python-name"


class PythonNameError(Exception):
    """An ``x-python-name`` that is not a plain identifier."""


def _plain(value: Any) -> str:
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _rename(prop: Any, name: Any, config: Any, where: str) -> None:
    from keyword import iskeyword

    from openapi_python_client.schema.untrusted_string import UntrustedString

    if not isinstance(name, str) or not name.isidentifier() or iskeyword(name) or name.endswith("_"):
        raise PythonNameError(f"{where}: x-python-name {name!r} is not a readable Python identifier")
    prop.set_python_name(UntrustedString(name), config, skip_snake_case=True)


def _parameter_names(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``operation identifier`` → wire parameter name → its ``x-python-name``."""
    from openapi_python_client import strings

    found: dict[str, dict[str, str]] = {}
    for path_item in (document.get("paths") or {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            names = {
                str(parameter["name"]): parameter[PYTHON_NAME_KEY]
                for parameter in [*path_item.get("parameters", []), *operation.get("parameters", [])]
                if isinstance(parameter, dict) and PYTHON_NAME_KEY in parameter
            }
            if names:
                found[strings.snake_case(operation["operationId"])] = names
    return found


def apply_python_names(document: dict[str, Any], openapi: Any, config: Any) -> None:
    """Rename the parsed models' attributes and the endpoints' arguments that carry ``x-python-name``."""
    for model in openapi.models:
        raw = model.data.model_dump(mode="json", by_alias=True, exclude_none=True)
        schemas = model_properties(document, raw)
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            schema = schemas.get(_plain(prop.name))
            if isinstance(schema, dict) and PYTHON_NAME_KEY in schema:
                _rename(prop, schema[PYTHON_NAME_KEY], config, f"{model.class_info.name}.{_plain(prop.name)}")
    parameters = _parameter_names(document)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            names = parameters.get(str(endpoint.name), {})
            for parameter in endpoint.list_all_parameters():
                if _plain(parameter.name) in names:
                    _rename(parameter, names[_plain(parameter.name)], config, f"{endpoint.name} {parameter.name}")
