"""Validate an OpenAPI 3.1 document and report problems in a form a spec author can act on.

``openapi-spec-validator`` does the real work. Two things are added: local ``$ref``s are checked first (the
validator stops with a long traceback on the first dangling one, without saying where it was), and the first
few schema errors are listed with their location instead of only the first.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def dangling_refs(document: dict[str, Any]) -> list[str]:
    """Every ``$ref`` that does not point into ``document``, as ``"<location>: <ref>"``."""
    problems = []
    for where, ref in _local_refs(document):
        if not ref.startswith("#") or not _pointer_get(document, ref[1:]):
            problems.append(f"{where}: $ref {ref!r} does not resolve inside the document")
    return problems


def validate_openapi(document: dict[str, Any], name: str) -> None:
    """Raise :class:`SpecInvalid` naming ``name`` (the variant) if ``document`` is not valid OpenAPI 3.1."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    problems = dangling_refs(document)
    if not problems:
        try:
            for error in OpenAPIV31SpecValidator(document).iter_errors():
                path = "/".join(str(part) for part in getattr(error, "absolute_path", []))
                message = str(getattr(error, "message", error)).splitlines()[0]
                problems.append(f"#/{path}: {message}")
                if len(problems) >= MAX_REPORTED:
                    break
        except Exception as exc:  # the validator raises instead of reporting on some malformed input
            problems.append(f"validator stopped: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
    if problems:
        listed = "\n".join(f"  - {problem}" for problem in problems[:MAX_REPORTED])
        raise SpecInvalid(f"the {name} document is not valid OpenAPI 3.1:\n{listed}")
