"""What an operation's answers mean beyond their status: the server's ways of saying "missing", and the faults
it is known to produce.

The spec declares both per operation (``x-python-sdk.missing`` in the python-client overlay, ``x-fluentcrm-faults``
on the responses); ``sdk.py`` turns each declaration into the constants below, so every operation, old or new,
gets the same contract without code of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .exceptions import InvalidArgumentError
from .types import Unset

__all__ = ["Fault", "Missing", "OperationSignals", "check_range"]


@dataclass(frozen=True)
class Missing:
    """One way the server says the record does not exist: a status, optionally with an exact ``message`` in the
    JSON body, (``empty``) no body at all, (``null``) ``null`` at a path of JSON keys (``{"tag": null}``), or
    (``blank``) an empty string there (the blank stand-in some routes send for a missing record)."""

    status: int
    message: str | None = None
    empty: bool = False
    null: tuple[str, ...] = ()
    blank: tuple[str, ...] = ()

    def matches(self, response: httpx.Response) -> bool:
        if response.status_code != self.status:
            return False
        if self.empty:
            return not response.content.strip()
        if self.message is None and not self.null and not self.blank:
            return True
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return False
        if self.message is not None:
            return isinstance(body, Mapping) and body.get("message") == self.message
        path, expected = (self.null, None) if self.null else (self.blank, "")
        for key in path:
            if not isinstance(body, Mapping) or key not in body:
                return False
            body = body[key]
        return bool(body == expected)


@dataclass(frozen=True)
class Fault:
    """A documented deterministic fault (``x-fluentcrm-faults``): the same request fails the same way every time,
    so it is never retried. ``parameters`` maps ``"<in>.<name>"`` to a JSON Schema of the raw value; a fault that
    needs a missing record (``absent``) is assumed to apply whenever its parameters do. Faults triggered by the
    whole query or body are not carried here: the methods never send what triggers them."""

    status: int
    parameters: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: The fault also needs the named record to be missing, so the parameters alone do not decide it.
    absent: bool = False
    id: str = ""
    summary: str = ""

    def applies(self, query: Mapping[str, Any], path: Mapping[str, str]) -> bool:
        for key, schema in self.parameters.items():
            where, _, name = key.partition(".")
            source: Mapping[str, Any] = path if where == "path" else query if where == "query" else {}
            if name not in source:
                return False
            values = source[name] if isinstance(source[name], list) else [source[name]]
            if not any(_conforms(schema, _raw(value)) for value in values):
                return False
        return True


@dataclass(frozen=True)
class OperationSignals:
    """Everything about one operation that the sending side needs: its route (for path parameters), how it says
    "missing" and which faults it documents."""

    method: str
    path: str
    missing: tuple[Missing, ...] = ()
    faults: tuple[Fault, ...] = ()
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        object.__setattr__(self, "_pattern", re.compile(regex + r"/?"))

    def path_values(self, url: str) -> dict[str, str] | None:
        found = self._pattern.fullmatch(url.split("?", 1)[0])
        return found.groupdict() if found else None

    def refuse(self, request: Mapping[str, Any]) -> None:
        """Raise :class:`InvalidArgumentError` for a request that a documented fault says will crash the server
        whatever the data (its trigger is the parameters alone, such as the id ``0``)."""
        if not self.faults:
            return
        path = self.path_values(str(request.get("url", ""))) or {}
        query = request.get("params") or {}
        for fault in self.faults:
            if fault.parameters and not fault.absent and fault.applies(query, path):
                raise InvalidArgumentError(
                    f"not sent: {fault.summary.rstrip('.')} (documented fault {fault.id!r} of {self.method} {self.path})"
                )

    def no_retry(self, request: Mapping[str, Any]) -> frozenset[int]:
        """The statuses a documented fault explains for this request: retrying them would fail the same way."""
        if not self.faults:
            return frozenset()
        path = self.path_values(str(request.get("url", ""))) or {}
        query = request.get("params") or {}
        return frozenset(fault.status for fault in self.faults if fault.applies(query, path))


def _raw(value: Any) -> str:
    """A parameter value as the server reads it (PHP sees every query value as text)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _conforms(schema: Mapping[str, Any], value: str) -> bool:
    """The small part of JSON Schema that fault triggers use on raw string values; other keywords are ignored."""
    checks: dict[str, Any] = {
        "pattern": lambda rule: re.search(rule, value) is not None,
        "enum": lambda rule: value in [_raw(v) for v in rule],
        "const": lambda rule: value == _raw(rule),
        "minLength": lambda rule: len(value) >= rule,
        "maxLength": lambda rule: len(value) <= rule,
        "minimum": lambda rule: (n := _number(value)) is not None and n >= rule,
        "maximum": lambda rule: (n := _number(value)) is not None and n <= rule,
        "not": lambda rule: not _conforms(rule, value),
        "anyOf": lambda rule: any(_conforms(part, value) for part in rule),
        "oneOf": lambda rule: sum(_conforms(part, value) for part in rule) == 1,
        "allOf": lambda rule: all(_conforms(part, value) for part in rule),
    }
    return all(check(schema[key]) for key, check in checks.items() if key in schema)


def check_range(name: str, value: Any, minimum: float | None = None, maximum: float | None = None) -> None:
    """Refuse a number (or a list of numbers) outside the bounds the spec gives, before anything is sent."""
    if value is None or isinstance(value, Unset):
        return
    values: Iterable[Any] = value if isinstance(value, (list, tuple)) else (value,)
    for each in values:
        if isinstance(each, bool) or not isinstance(each, (int, float)):
            continue
        if minimum is not None and each < minimum:
            raise InvalidArgumentError(f"{name} must be at least {minimum:g}, not {each!r}")
        if maximum is not None and each > maximum:
            raise InvalidArgumentError(f"{name} must be at most {maximum:g}, not {each!r}")
