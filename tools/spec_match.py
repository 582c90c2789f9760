"""Match HTTP exchanges against the bundled OpenAPI document.

The recorded exchanges, the emulator tests and the spec's own truth checks all ask the same two questions:
*which documented operation serves this request?* and *does this response conform to what that operation
documents?* This module answers both with the document itself as the only source, so a mismatch always points
at either the spec or the server, never at a second hand-written copy of the routes.

Rules worth knowing:

* paths are relative to ``/wp-json/fluent-crm/v2`` (a full ``/wp-json/fluent-crm/v2/...`` path is accepted too);
  WordPress's ``?rest_route=/fluent-crm/v2/...`` fallback is normalised to the route it names;
* a path parameter matches only when its value satisfies the parameter's schema, so ``/subscribers/abc`` matches
  nothing when ``{id}`` is an integer, just as WordPress answers ``rest_no_route``;
* templates with more literal segments win (``/subscribers/bulk-add-update`` before ``/subscribers/{id}``);
* a status is looked up exactly, then as ``4XX``-style range, then ``default``;
* a JSON body is validated against the ``application/json`` schema (JSON Schema 2020-12, ``#/components/...``
  references resolved inside the document). A body that is text (not JSON) is validated against a non-JSON media
  type's schema when the response declares one. An empty body conforms when the response declares no content.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE_PATH = "/wp-json/fluent-crm/v2"
NAMESPACE_ROUTE = "/fluent-crm/v2"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOCUMENT_URI = "urn:fluentcrm:openapi"
_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")

Match = tuple[str, dict[str, Any], dict[str, Any]]
_REJECTED = object()


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``#/...`` references of OpenAPI objects (parameters, responses) within ``document``."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for raw in node["$ref"][2:].split("/"):
            target = target[raw.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 32:
            raise ValueError("reference cycle between OpenAPI objects")
    return node


def normalise_request(path: str, query: str = "") -> tuple[str, str]:
    """Return ``(path, query)`` relative to the namespace, resolving the ``?rest_route=`` form.

    WordPress serves ``/?rest_route=/fluent-crm/v2/subscribers`` exactly like ``/wp-json/fluent-crm/v2/subscribers``;
    the route moves from the path to the query, and the remaining query parameters keep their meaning.
    """
    if path.startswith(BASE_PATH):
        path = path[len(BASE_PATH) :] or "/"
    pairs = parse_qsl(query, keep_blank_values=True)
    routes = [value for key, value in pairs if key == "rest_route"]
    if routes and path in ("", "/") and routes[0].startswith(NAMESPACE_ROUTE):
        path = routes[0][len(NAMESPACE_ROUTE) :] or "/"
        query = urlencode([(key, value) for key, value in pairs if key != "rest_route"])
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return path or "/", query


def _pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _Template:
    """One path template split into literal and parameter segments."""

    def __init__(self, template: str) -> None:
        self.template = template
        self.segments = [seg for seg in template.split("/") if seg]
        self.literal_count = sum(1 for seg in self.segments if not seg.startswith("{"))

    def bind(self, path: str) -> dict[str, str] | None:
        parts = [seg for seg in path.split("/") if seg]
        if len(parts) != len(self.segments):
            return None
        bound: dict[str, str] = {}
        for pattern, value in zip(self.segments, parts, strict=True):
            if pattern.startswith("{") and pattern.endswith("}"):
                bound[pattern[1:-1]] = value
            elif pattern != value:
                return None
        return bound


class SpecMatcher:
    """Find operations and check responses against one bundled OpenAPI 3.1 document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_DOCUMENT_URI, resource)
        templates = [_Template(t) for t in (document.get("paths") or {})]
        # More literal segments first, then longer templates: a literal route always beats a parameter.
        self._templates = sorted(templates, key=lambda t: (-t.literal_count, -len(t.segments), t.template))
        self._validators: dict[str, Draft202012Validator] = {}

    # -- references -------------------------------------------------------------------------------------------

    def _deref(self, node: Any) -> Any:
        return deref(self.document, node)

    def _validator(self, pointer: str) -> Draft202012Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator({"$ref": f"{_DOCUMENT_URI}#{pointer}"}, registry=self._registry)
            self._validators[pointer] = validator
        return validator

    # -- operations -------------------------------------------------------------------------------------------

    def _path_parameters(self, template: str, method: str) -> dict[str, tuple[str, dict[str, Any]]]:
        """Name -> (JSON pointer to the schema, schema) for every path parameter, operation level winning."""
        item = self.document["paths"][template]
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        base = f"/paths/{_pointer_token(template)}"
        for where, params in (
            (base, item.get("parameters")),
            (f"{base}/{method}", item[method].get("parameters")),
        ):
            for index, raw in enumerate(params or []):
                param = self._deref(raw)
                if param.get("in") != "path":
                    continue
                if isinstance(raw, Mapping) and "$ref" in raw:
                    pointer = raw["$ref"][1:] + "/schema"
                else:
                    pointer = f"{where}/parameters/{index}/schema"
                found[param["name"]] = (pointer, param.get("schema") or {})
        return found

    def _typed(self, pointer: str, schema: Mapping[str, Any], raw: str) -> Any:
        """A raw path segment read as the type its schema wants, or ``_REJECTED`` when the schema refuses it."""
        types = schema.get("type")
        wanted = {types} if isinstance(types, str) else set(types or [])
        value: Any = raw
        if "integer" in wanted and _INTEGER.match(raw):
            value = int(raw)
        elif "number" in wanted and _NUMBER.match(raw):
            value = float(raw)
        return value if self._validator(pointer).is_valid(value) else _REJECTED

    def find_operation(self, method: str, path: str) -> Match | None:
        """Return ``(path_template, operation, path_params)`` for a request, or ``None`` when nothing matches.

        ``path`` is relative to ``/wp-json/fluent-crm/v2`` and may carry no query; use ``normalise_request`` for
        the ``?rest_route=`` form. Path parameter values are converted to the schema's type.
        """
        method = method.lower()
        path, _ = normalise_request(path)
        for template in self._templates:
            bound = template.bind(path)
            if bound is None:
                continue
            operation = self.document["paths"][template.template].get(method)
            if not isinstance(operation, Mapping):
                continue
            declared = self._path_parameters(template.template, method)
            params: dict[str, Any] = {}
            for name, raw in bound.items():
                pointer, schema = declared.get(name, ("", {}))
                if not pointer:
                    params[name] = raw
                    continue
                value = self._typed(pointer, schema, raw)
                if value is _REJECTED:
                    break
                params[name] = value
            else:
                return template.template, dict(operation), params
        return None

    # -- responses --------------------------------------------------------------------------------------------

    @staticmethod
    def _status_key(responses: Mapping[str, Any], status: int) -> str | None:
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                return key
        return None

    def validate(self, method: str, path: str, status: int, body: Any, query: str = "") -> list[str]:
        """Return human-readable reasons why this response does not conform; an empty list means it does.

        ``body`` is the parsed JSON value, or the raw text when the body is not JSON (``""`` when empty).
        """
        path, query = normalise_request(path, query)
        match = self.find_operation(method, path)
        if match is None:
            return [f"no documented operation for {method.upper()} {path}"]
        template, operation, _ = match
        name = operation.get("operationId", f"{method.upper()} {template}")
        responses = operation.get("responses") or {}
        key = self._status_key(responses, status)
        if key is None:
            return [f"{name}: status {status} is not documented (documented: {', '.join(sorted(responses))})"]
        response = self._deref(responses[key])
        content: Mapping[str, Any] = response.get("content") or {}
        ref = responses[key].get("$ref") if isinstance(responses[key], Mapping) else None
        base = ref[1:] if ref else f"/paths/{_pointer_token(template)}/{method.lower()}/responses/{key}"

        if isinstance(body, str):
            text_types = [mt for mt in content if "json" not in mt]
            if text_types:
                media = text_types[0]
                if "schema" not in content[media]:
                    return []
                return self._schema_errors(
                    name, status, f"{base}/content/{_pointer_token(media)}/schema", body
                )
            if body == "" and not content:
                return []
            what = "an empty body" if body == "" else "a body that is not JSON"
            return [
                f"{name}: status {status} returned {what}, but the response documents {', '.join(content)}"
            ]

        if not content:
            return [f"{name}: status {status} documents no body, but one was returned"]
        json_types = [mt for mt in content if mt == "application/json" or mt.endswith("+json")]
        if not json_types:
            return [f"{name}: status {status} returned JSON, but the response documents {', '.join(content)}"]
        media = json_types[0]
        if "schema" not in content[media]:
            return []
        return self._schema_errors(name, status, f"{base}/content/{_pointer_token(media)}/schema", body)

    def _schema_errors(self, name: str, status: int, pointer: str, body: Any) -> list[str]:
        errors = sorted(self._validator(pointer).iter_errors(body), key=lambda e: list(e.absolute_path))
        return [f"{name} {status} at {_where(error.absolute_path)}: {_brief(error)}" for error in errors]


def _where(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path) if path else "(body)"


def _brief(error: Any) -> str:
    message: str = error.message
    return message if len(message) <= 300 else message[:297] + "..."
