"""Load, check and apply OpenAPI Overlay 1.0 / 1.1 documents.

Overlays keep language- or audience-specific changes out of ``spec/``: the spec says what the server does, an
overlay says how one consumer wants to see it. Applying them is strict on purpose. An overlay that no longer
matches the spec (an operation was renamed, a schema moved) would otherwise be skipped silently and the generated
client would quietly lose a customisation, so:

* every overlay is validated against ``schemas/overlay.schema.json`` before anything is applied;
* every action must select at least one node;
* errors name the overlay file, the action index and its description.

Targets are RFC 9535 JSONPath queries (``jsonpath-rfc9535``), as Overlay 1.1 requires.

Semantics, following Overlay 1.1:

* ``update`` on an object merges recursively: a property only in the update is added, an object merges into an
  object, an array is appended to an array, a primitive replaces a primitive; any other pair (an object onto a
  string, an array onto an object...) is an error, not a silent replacement;
  ``update`` on an array appends the value;
* ``copy`` (1.1) takes the single node selected by its own query and merges/appends it like ``update``;
* ``remove: true`` deletes each selected node from its parent.

A query may select the same node more than once (``$.paths['/a','/a']``); each node is changed once.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from tools.yaml_loader import load_file

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "overlay.schema.json"


class OverlayError(Exception):
    """An overlay is malformed or does not fit the document; the message names the file and the action."""


@dataclass(frozen=True)
class Overlay:
    """A validated overlay document and the file it came from (used in every error message)."""

    source: str
    document: dict[str, Any]

    @property
    def actions(self) -> list[dict[str, Any]]:
        actions: list[dict[str, Any]] = self.document["actions"]
        return actions


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _describe_action(document: Any, index: int) -> str:
    try:
        description = document["actions"][index].get("description")
    except (KeyError, IndexError, TypeError, AttributeError):
        description = None
    return f"action {index}" + (f" ({description!r})" if description else "")


def _schema_message(document: Any, error: ValidationError) -> str:
    location = list(error.absolute_path)
    where = "/".join(str(part) for part in location) or "(document root)"
    message = error.message
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        unknown = sorted(key for key in error.instance if key not in known and not str(key).startswith("x-"))
        message = f"unknown field(s) {', '.join(map(repr, unknown))}; only Overlay fields and x- extensions are allowed"
    if len(location) >= 2 and location[0] == "actions" and isinstance(location[1], int):
        where = _describe_action(document, location[1]) + (
            f" at {'/'.join(str(p) for p in location[2:])}" if len(location) > 2 else ""
        )
        if error.validator == "oneOf":
            message = "an action needs exactly one of `update`, `copy` or `remove: true`"
        elif error.validator == "not" and "copy" in json.dumps(error.schema):
            message = "`copy` needs `overlay: 1.1.0` or later"
    return f"{where}: {message}"


def validate_overlay(document: Any, source: str) -> Overlay:
    """Check ``document`` against the Overlay schema and return it wrapped, or raise :class:`OverlayError`."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        best = best_match(errors)
        raise OverlayError(
            f"{source}: not a valid Overlay 1.0/1.1 document: {_schema_message(document, best)}"
        )
    for index, action in enumerate(document["actions"]):
        for field in ("target", "copy"):
            if field in action:
                try:
                    jsonpath.compile(action[field])
                except jsonpath.JSONPathError as exc:
                    raise OverlayError(
                        f"{source}: {_describe_action(document, index)}: `{field}` is not an RFC 9535 "
                        f"JSONPath query: {exc}"
                    ) from None
    return Overlay(source=source, document=document)


def load_overlay(path: Path, display_root: Path | None = None) -> Overlay:
    """Read and validate one overlay file (YAML or JSON)."""
    source = str(path.relative_to(display_root)) if display_root else str(path)
    document = load_file(path, OverlayError, label=source, missing="overlay file not found")
    return validate_overlay(document, source)


def _kind(value: Any) -> str:
    return (
        "an object" if isinstance(value, dict) else "an array" if isinstance(value, list) else "a primitive"
    )


def _merge(target: dict[str, Any], update: dict[str, Any], where: str, path: str) -> None:
    for key, value in update.items():
        if key not in target:
            target[key] = copy.deepcopy(value)
            continue
        current = target[key]
        if isinstance(value, dict) and isinstance(current, dict):
            _merge(current, value, where, f"{path}.{key}")
        elif isinstance(value, list) and isinstance(current, list):
            current.extend(copy.deepcopy(value))
        elif _kind(value) == _kind(current) == "a primitive":
            target[key] = copy.deepcopy(value)
        else:
            raise OverlayError(
                f"{where}: cannot merge {_kind(value)} into {_kind(current)} at {path}.{key}; "
                "remove the old value in an earlier action first"
            )


def _put(node: Any, value: Any, where: str) -> None:
    if isinstance(node, dict):
        if not isinstance(value, dict):
            raise OverlayError(f"{where}: the target is an object, so the new value must be an object")
        _merge(node, value, where, "@")
    elif isinstance(node, list):
        node.append(copy.deepcopy(value))
    else:
        raise OverlayError(
            f"{where}: the target is a {type(node).__name__}; only objects and arrays can be updated"
        )


def _remove(document: Any, locations: list[tuple[str | int, ...]], where: str) -> None:
    # Delete deepest first, and array items from the highest index down, so earlier deletions do not shift
    # the locations of later ones.
    for location in sorted(locations, key=lambda loc: (len(loc), loc), reverse=True):
        if not location:
            raise OverlayError(f"{where}: the document root cannot be removed")
        parent = document
        for part in location[:-1]:
            parent = parent[part]
        del parent[location[-1]]


def apply_overlay(document: dict[str, Any], overlay: Overlay) -> dict[str, Any]:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order."""
    result = copy.deepcopy(document)
    _apply_in_place(result, overlay)
    return result


def _apply_in_place(result: dict[str, Any], overlay: Overlay) -> None:
    for index, action in enumerate(overlay.actions):
        where = f"{overlay.source}: {_describe_action(overlay.document, index)}"
        selected = jsonpath.find(action["target"], result)
        if len(selected) == 0:
            raise OverlayError(f"{where}: target {action['target']!r} matches nothing")
        # A nodelist may hold one node several times; change each node once.
        by_location = {tuple(node.location): node for node in selected}
        if action.get("remove") is True:
            _remove(result, list(by_location), where)
            continue
        if "copy" in action:
            sources = jsonpath.find(action["copy"], result)
            if len(sources) != 1:
                raise OverlayError(
                    f"{where}: copy source {action['copy']!r} must select exactly one node, it selects {len(sources)}"
                )
            value = copy.deepcopy(sources[0].value)
        else:
            value = action["update"]
        for node in by_location.values():
            _put(node.value, value, where)


def apply_overlays(document: dict[str, Any], overlays: Iterable[Overlay]) -> dict[str, Any]:
    """Return a copy of ``document`` with ``overlays`` applied one after the other; the order is significant.

    One copy serves them all: each overlay works on what the previous one left, as :func:`apply_overlay` would.
    """
    result = copy.deepcopy(document)
    for overlay in overlays:
        _apply_in_place(result, overlay)
    return result
