"""FluentCRM's known faults, as the spec marks them (``x-fluentcrm-faults``), and whether an answer is one of them.

A contract suite that fails on every healthy FluentCRM teaches its users to ignore it, so a 5xx that the spec
documents as a known fault of the server is reported apart and does not fail the run. An answer counts as a known
fault only when all of this holds:

* the operation documents a response for the status, and that response lists faults;
* the answer's media type is one the response documents, and its body validates against that media type's schema
  (a known fault with a different body is drift, not the known fault);
* at least one fault's trigger covers the request: every parameter the trigger names is present and its raw value
  matches the trigger's schema, the map of all query parameters (raw names, such as ``tags[a][]``) matches the
  ``query`` schema, the parsed body matches the body schema, and, for an ``absent`` trigger, a read of the record
  the request names finds nothing.

Everything else (an undocumented 5xx, a 5xx on a request no trigger covers) stays a failure.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from tools.spec_match import HTTP_METHODS, deref

EXTENSION = "x-fluentcrm-faults"


@dataclass(frozen=True)
class Request:
    """What was sent, as the trigger sees it: raw parameter values by ``<in>.<name>`` and the parsed body."""

    parameters: Mapping[str, Any]
    body: Any = None
    has_body: bool = False


@dataclass(frozen=True)
class Fault:
    operation: str
    status: str
    id: str
    summary: str
    cause: str
    seen_on: tuple[str, ...]
    evidence: tuple[str, ...]
    emulator: str
    parameters: Mapping[str, Any]
    query: Any
    body: Any
    absent: Mapping[str, Any] | None

    def describe_trigger(self) -> str:
        """The trigger in one line, for reports."""
        parts = [f"{name} {json.dumps(schema, sort_keys=True)}" for name, schema in self.parameters.items()]
        if self.query is not None:
            parts.append(f"query {json.dumps(self.query, sort_keys=True)}")
        if self.body is not None:
            parts.append(f"body {json.dumps(self.body, sort_keys=True)}")
        if self.absent is not None:
            parts.append(f"the record does not exist ({self.absent.get('operationId')} finds nothing)")
        return "; ".join(parts) or "every request"


@dataclass(frozen=True)
class Verdict:
    """``fault`` is the known fault the answer is, or ``None`` with ``reason`` saying why it is not one."""

    fault: Fault | None
    reason: str = ""


#: Answers a read for a record: ``(operation id, path parameters) -> (status, parsed body)``.
Reader = Callable[[str, dict[str, str]], tuple[int, Any]]


@dataclass
class FaultCatalogue:
    """Every documented fault of a bundled document, looked up by operation and status."""

    document: Mapping[str, Any]
    faults: dict[tuple[str, str], list[Fault]] = field(default_factory=dict)
    _responses: dict[tuple[str, str], Mapping[str, Any]] = field(default_factory=dict)
    _validators: dict[int, Draft202012Validator] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for operation_id, operation in _operations(self.document):
            for status, response in (operation.get("responses") or {}).items():
                response = self._deref(response)
                listed = response.get(EXTENSION)
                if not listed:
                    continue
                key = (operation_id, str(status))
                self._responses[key] = response
                self.faults[key] = [_fault(operation_id, str(status), entry) for entry in listed]

    def __iter__(self) -> Any:
        return (fault for faults in self.faults.values() for fault in faults)

    def operations(self) -> set[str]:
        return {operation for operation, _ in self.faults}

    def judge(
        self,
        operation_id: str,
        status: int,
        content_type: str | None,
        content: bytes,
        request: Request,
        reader: Reader | None = None,
    ) -> Verdict:
        """Whether an answer of ``operation_id`` is one of its documented faults."""
        key = (operation_id, str(status))
        candidates = self.faults.get(key)
        if not candidates:
            return Verdict(None, f"{operation_id} documents no known fault with status {status}")
        problem = self._body_problem(self._responses[key], content_type, content)
        if problem:
            return Verdict(None, problem)
        for fault in candidates:
            if covers(fault, request, reader):
                return Verdict(fault)
        return Verdict(None, f"no documented fault of {operation_id} covers this request")

    def stand_in(self, operation_id: str, status: int, request: Request) -> Fault | None:
        """The documented fault of ``operation_id`` that covers ``request`` and whose ``emulator`` answer has
        ``status``: the emulator's deliberate 4xx where FluentCRM crashes, not a refusal of a valid request."""
        for (operation, _), faults in self.faults.items():
            if operation != operation_id:
                continue
            for fault in faults:
                answered = fault.emulator.split(" ", 1)[0]
                if fault.absent is None and answered == str(status) and covers(fault, request):
                    return fault
        return None

    def _body_problem(self, response: Mapping[str, Any], content_type: str | None, content: bytes) -> str:
        media = (content_type or "").split(";", 1)[0].strip().lower()
        documented = response.get("content") or {}
        if media not in documented:
            return f"the fault's answer is documented as {sorted(documented)}, not {media or 'no media type'}"
        schema = self._deref(documented[media].get("schema") or {})
        text = content.decode("utf-8", errors="replace")
        if media.endswith("json"):
            try:
                body: Any = json.loads(text)
            except ValueError:
                return f"the body is not the documented JSON: {text[:80]!r}"
        else:
            body = text
        errors = sorted(self._validator(schema).iter_errors(body), key=lambda e: list(e.path))
        if errors:
            return f"the body differs from the documented fault's: {errors[0].message[:200]}"
        return ""

    def _validator(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        found = self._validators.get(id(schema))
        if found is None:
            wrapper = {**schema, "components": self.document.get("components", {})}
            found = self._validators[id(schema)] = Draft202012Validator(wrapper)
        return found

    def _deref(self, node: Any) -> Any:
        return deref(self.document, node)

    def path_of(self, operation_id: str) -> str | None:
        for path, operation in (
            (p, o)
            for p, item in self.document.get("paths", {}).items()
            for m, o in item.items()
            if m in HTTP_METHODS and isinstance(o, dict)
        ):
            if operation.get("operationId") == operation_id:
                return str(path)
        return None


def covers(fault: Fault, request: Request, reader: Reader | None = None) -> bool:
    """Whether ``request`` is one that ``fault`` is documented to crash on."""
    for name, schema in fault.parameters.items():
        if name not in request.parameters:
            return False
        if not _matches(schema, request.parameters[name]):
            return False
    if fault.query is not None:
        sent = {
            name[len("query.") :]: value
            for name, value in request.parameters.items()
            if name.startswith("query.")
        }
        if not _matches(fault.query, sent):
            return False
    if fault.body is not None and not _matches(fault.body, request.body if request.has_body else None):
        return False
    if fault.absent is not None:
        if reader is None:
            return False
        arguments = {
            name: _runtime_value(expression, request)
            for name, expression in (fault.absent.get("parameters") or {}).items()
        }
        if any(value is None for value in arguments.values()):
            return False
        status, body = reader(str(fault.absent["operationId"]), {k: str(v) for k, v in arguments.items()})
        return shows_absence(status, body)
    return True


def shows_absence(status: int, body: Any) -> bool:
    """FluentCRM's ways of saying "no such record": 404 or 422, or 200 with an empty body or a null wrapper."""
    if status in (404, 422):
        return True
    if status != 200:
        return False
    if body in (None, "", [], {}):
        return True
    return isinstance(body, dict) and all(value in (None, "", [], {}) for value in body.values())


def _runtime_value(expression: Any, request: Request) -> Any:
    """``$request.path.id`` / ``$request.query.x`` → the raw value sent; a literal stays as it is."""
    if isinstance(expression, str) and expression.startswith("$request."):
        where, _, name = expression[len("$request.") :].partition(".")
        return request.parameters.get(f"{where}.{name}")
    return expression


def _matches(schema: Any, value: Any) -> bool:
    return Draft202012Validator(schema).is_valid(value)


def _fault(operation_id: str, status: str, entry: Mapping[str, Any]) -> Fault:
    trigger = entry.get("trigger") or {}
    return Fault(
        operation=operation_id,
        status=status,
        id=str(entry.get("id", "")),
        summary=str(entry.get("summary", "")),
        cause=str(entry.get("cause", "")),
        seen_on=tuple(str(v) for v in entry.get("seen-on") or ()),
        evidence=tuple(str(v) for v in entry.get("evidence") or ()),
        emulator=str(entry.get("emulator", "")),
        parameters=dict(trigger.get("parameters") or {}),
        query=trigger.get("query"),
        body=trigger.get("body"),
        absent=trigger.get("absent"),
    )


def _operations(document: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    found = []
    for item in (document.get("paths") or {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, Mapping) and "operationId" in operation:
                found.append((str(operation["operationId"]), operation))
    return found
