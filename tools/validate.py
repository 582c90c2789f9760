"""Validate an OpenAPI 3.1 document and report problems in a form a spec author can act on.

``openapi-spec-validator`` does the real work. Two things are added: local ``$ref``s are checked first (the
validator stops with a long traceback on the first dangling one, without saying where it was), and the first
few schema errors are listed with their location instead of only the first.

Most of the validator's time goes into checking each schema object against the OpenAPI 3.1 schema dialect, which
it does with the pure-Python ``jsonschema``. Two things make that cheap without changing a verdict:

* one run validates the bundle and every variant, which share nearly all their schemas, so a
  :class:`SpecValidation` remembers which schema contents (with their dialect) already passed the check and skips
  them in later documents of the same run; nothing outlives the run;
* a schema of the default dialect is first checked by ``jsonschema-rs`` against the same meta-schemas (hundreds of
  times faster). Only its "valid" is taken, and only when every ``pattern`` also compiles as a Python regular
  expression (the one format where it is more lenient: it reads ECMA-262 patterns such as ``\\p{L}``); anything
  else goes to the library's own check, which then gives the verdict and the message.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from functools import cache
from types import MappingProxyType
from typing import Any

MAX_REPORTED = 10


class SpecInvalid(Exception):
    """The document is not a valid OpenAPI 3.1 description; the message lists what is wrong and where."""


def _pointer_get(document: Any, pointer: str) -> bool:
    node = document
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False
    return True


def _local_refs(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield where, ref
        for key, value in node.items():
            yield from _local_refs(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _local_refs(value, f"{where}/{index}")


def _walk(node: Any, where: str = "#") -> Iterator[tuple[str, Any]]:
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _follow(node: Any, parts: list[Any]) -> Any:
    for part in parts:
        if (
            isinstance(node, dict)
            and part in node
            or isinstance(node, list)
            and isinstance(part, int)
            and part < len(node)
        ):
            node = node[part]
        else:
            raise LookupError(part)
    return node


def locate(document: dict[str, Any], parts: list[Any], instance: Any) -> list[str]:
    """Where in ``document`` the failing ``instance`` sits.

    openapi-spec-validator reports errors inside a schema relative to that schema (``#/type``), not to the
    document; finding the nodes from which ``parts`` leads to ``instance`` gives the spec author a real location.
    """
    try:
        if _follow(document, parts) == instance:
            return ["#/" + "/".join(str(part) for part in parts)]
    except LookupError:
        pass
    found = []
    for where, node in _walk(document):
        try:
            if _follow(node, parts) == instance:
                found.append(where + "".join(f"/{part}" for part in parts))
        except LookupError:
            continue
    return found


def dangling_refs(document: dict[str, Any]) -> list[str]:
    """Every ``$ref`` that does not point into ``document``, as ``"<location>: <ref>"``."""
    problems = []
    for where, ref in _local_refs(document):
        if not ref.startswith("#") or not _pointer_get(document, ref[1:]):
            problems.append(f"{where}: $ref {ref!r} does not resolve inside the document")
    return problems


def _frozen(value: Any) -> Hashable:
    """A hashable twin of a parsed YAML/JSON value that keeps types and key order (``1``, ``1.0`` and ``True``
    stay apart), so equal twins mean values any validator treats alike."""
    if isinstance(value, dict):
        return (dict, tuple((_frozen(key), _frozen(item)) for key, item in value.items()))
    if isinstance(value, list):
        return (list, tuple(_frozen(item) for item in value))
    try:
        hash(value)
    except TypeError:
        return (type(value), id(value))  # never equal to another object's twin: no reuse, no wrong verdict
    return (type(value), value)


@cache
def _fast_dialect_check() -> Any:
    """``jsonschema-rs``'s validator for the OpenAPI 3.1 base dialect, with the meta-schemas it refers to."""
    import jsonschema_rs
    from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_ID, OAS31_BASE_DIALECT_METASCHEMA
    from openapi_schema_validator._specifications import REGISTRY

    vocabulary = "https://spec.openapis.org/oas/3.1/meta/base"
    registry = jsonschema_rs.Registry([(vocabulary, REGISTRY.contents(vocabulary))])
    validator = jsonschema_rs.validator_for(
        OAS31_BASE_DIALECT_METASCHEMA, registry=registry, validate_formats=True, offline=True
    )
    return OAS31_BASE_DIALECT_ID, validator


@cache
def _python_regex(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _patterns_compile(schema: Any) -> bool:
    """True if every ``pattern`` and ``patternProperties`` key below ``schema`` is a Python regular expression."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "pattern" and isinstance(value, str) and not _python_regex(value):
                return False
            names = value if key == "patternProperties" and isinstance(value, dict) else ()
            if not all(_python_regex(str(name)) for name in names):
                return False
            if not _patterns_compile(value):
                return False
    elif isinstance(schema, list):
        return all(_patterns_compile(item) for item in schema)
    return True


def passes_dialect_quickly(dialect: str, schema: Any) -> bool:
    """True when ``schema`` surely passes the dialect check; False means "ask the library", not "invalid"."""
    known, validator = _fast_dialect_check()
    return dialect == known and validator.is_valid(schema) and _patterns_compile(schema)


class SpecValidation:
    """Validates the documents of one pipeline run, checking each distinct schema against its dialect once."""

    def __init__(self) -> None:
        self._schemas_passed: set[Hashable] = set()
        self._validator_class: Any = None

    def _spec_validator(self) -> Any:
        if self._validator_class is None:
            from openapi_spec_validator import OpenAPIV31SpecValidator
            from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

            passed = self._schemas_passed

            class SchemaValidator(OpenAPIV31SchemaValidator):
                def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
                    try:
                        key = (self._get_schema_dialect_id(schema, schema_value), _frozen(schema_value))
                    except ValueError:  # an unusable `$schema`: the library reports it
                        return super()._validate_schema_meta(schema, schema_value)
                    if key in passed:
                        return None
                    if passes_dialect_quickly(key[0], schema_value):
                        passed.add(key)
                        return None
                    error = super()._validate_schema_meta(schema, schema_value)
                    if error is None:
                        passed.add(key)
                    return error

            class SpecValidator(OpenAPIV31SpecValidator):
                keyword_validators = MappingProxyType(
                    {**OpenAPIV31SpecValidator.keyword_validators, "schema": SchemaValidator}
                )

            self._validator_class = SpecValidator
        return self._validator_class

    def validate(self, document: dict[str, Any], name: str) -> None:
        """Raise :class:`SpecInvalid` naming ``name`` (the variant) if ``document`` is not valid OpenAPI 3.1."""
        problems = dangling_refs(document)
        if not problems:
            try:
                for error in self._spec_validator()(document).iter_errors():
                    parts = list(getattr(error, "absolute_path", []))
                    places = locate(document, parts, getattr(error, "instance", None)) or [
                        "#/" + "/".join(map(str, parts))
                    ]
                    message = str(getattr(error, "message", error)).splitlines()[0]
                    problems.append(f"{' or '.join(places[:3])}: {message}")
                    if len(problems) >= MAX_REPORTED:
                        break
            except Exception as exc:  # noqa: BLE001 - the validator raises instead of reporting on some malformed input
                problems.append(f"validator stopped: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
        if problems:
            listed = "\n".join(f"  - {problem}" for problem in problems[:MAX_REPORTED])
            raise SpecInvalid(f"the {name} document is not valid OpenAPI 3.1:\n{listed}")


def validate_openapi(document: dict[str, Any], name: str) -> None:
    """Raise :class:`SpecInvalid` naming ``name`` (the variant) if ``document`` is not valid OpenAPI 3.1."""
    SpecValidation().validate(document, name)
