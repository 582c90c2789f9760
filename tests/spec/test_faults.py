"""The spec's known faults (`x-fluentcrm-faults`) are complete, well-formed and backed by the recordings.

* every fault names its trigger, cause, version and evidence, and its trigger schemas are valid JSON Schema;
* every evidence exchange exists, is an answer of the fault's operation with the fault's status, is covered by the
  trigger, and, for a crash (5xx), its PHP debug log shows the documented cause;
* every 5xx recorded on a described route is covered by a documented fault of its operation (an ``absent``
  trigger is taken as met: the recordings cannot be asked whether the record existed).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

import pytest
from jsonschema import Draft202012Validator

from conformance.faults import Fault, FaultCatalogue, Request, covers
from emulator.phpparams import parse_php_query
from tests.conftest import load_core_exchanges, load_debuglog, load_exchanges, load_live_exchanges
from tests.spec._exchanges import must_be_described
from tools.spec_match import SpecMatcher, normalise_request

TRIGGER_KEYS = {"parameters", "query", "body", "absent"}
REQUIRED_KEYS = {"id", "summary", "description", "trigger", "cause", "seen-on", "evidence"}


@pytest.fixture(scope="module")
def catalogue(bundled_spec: dict[str, Any]) -> FaultCatalogue:
    return FaultCatalogue(bundled_spec)


def all_exchanges() -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in [*load_exchanges(), *load_core_exchanges(), *load_live_exchanges()]}


def request_of(exchange: dict[str, Any], template: str) -> Request:
    """The raw values of a recorded request, by ``<in>.<name>``, as the conformance suite sees a sent one."""
    request = exchange["request"]
    path, query = normalise_request(request["path"], request["query"])
    names = re.findall(r"\{([^}]+)\}", template)
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$"
    found = re.match(pattern, path)
    assert found is not None, (template, path)
    parameters: dict[str, Any] = {
        f"path.{name}": value for name, value in zip(names, found.groups(), strict=True)
    }
    for key, value in parse_qsl(query, keep_blank_values=True):
        name = f"query.{key}"
        if key.endswith("[]"):
            parameters.setdefault(name, []).append(value)
        else:
            parameters[name] = value
    raw = request.get("body") or ""
    if not raw:
        return Request(parameters=parameters)
    if (request.get("content_type") or "").startswith("application/json"):
        try:
            return Request(parameters=parameters, body=json.loads(raw), has_body=True)
        except ValueError:
            return Request(parameters=parameters, body=raw, has_body=True)
    return Request(parameters=parameters, body=parse_php_query(raw), has_body=True)


def test_the_catalogue_has_the_faults_found_on_a_live_server(catalogue: FaultCatalogue) -> None:
    ids = {(fault.operation, fault.id) for fault in catalogue}
    assert {("deleteContact", "id-zero"), ("updateContact", "id-zero"), ("deleteTag", "missing-tag")} <= ids
    assert len(ids) >= 20


def test_every_fault_is_well_formed(catalogue: FaultCatalogue, bundled_spec: dict[str, Any]) -> None:
    problems = []
    for path, item in bundled_spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                entries = response.get("x-fluentcrm-faults") if isinstance(response, dict) else None
                if not entries:
                    continue
                where = f"{method.upper()} {path} {status}"
                content = response.get("content", {})
                if (
                    not str(status).startswith("5")
                    and "text/html" not in content
                    and "text/plain" not in content
                ):
                    problems.append(f"{where}: faults belong on a 5xx, HTML or empty answer")
                ids = [entry.get("id") for entry in entries]
                if len(ids) != len(set(ids)):
                    problems.append(f"{where}: fault ids repeat: {ids}")
                for entry in entries:
                    missing = REQUIRED_KEYS - set(entry)
                    if missing:
                        problems.append(f"{where} {entry.get('id')}: missing {sorted(missing)}")
                    trigger = entry.get("trigger") or {}
                    if set(trigger) - TRIGGER_KEYS:
                        problems.append(
                            f"{where} {entry.get('id')}: unknown trigger keys {set(trigger) - TRIGGER_KEYS}"
                        )
                    schemas = list((trigger.get("parameters") or {}).values())
                    schemas += [trigger[key] for key in ("query", "body") if key in trigger]
                    for schema in schemas:
                        try:
                            Draft202012Validator.check_schema(schema)
                        except Exception as exc:  # noqa: BLE001 - reported with the fault's name
                            problems.append(f"{where} {entry.get('id')}: invalid trigger schema: {exc}")
                    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(entry.get("id", ""))):
                        problems.append(f"{where}: fault id {entry.get('id')!r} is not kebab-case")
    assert not problems, "\n".join(problems)


def test_every_fault_is_shown_by_its_evidence(catalogue: FaultCatalogue, matcher: SpecMatcher) -> None:
    exchanges = all_exchanges()
    debuglog = load_debuglog()
    # A fault on a shared response component is one entry for several operations: its evidence may be an answer
    # of any operation that carries the very same entry, but each operation must have one of its own.
    sharing: dict[tuple[Any, ...], set[str]] = {}
    for fault in catalogue:
        sharing.setdefault(_identity(fault), set()).add(fault.operation)
    problems = []
    for fault in catalogue:
        label = f"{fault.operation} {fault.id}"
        if not fault.evidence:
            problems.append(f"{label}: no evidence")
        logged = False
        own = False
        for name in fault.evidence:
            exchange = exchanges.get(name)
            if exchange is None:
                problems.append(f"{label}: evidence {name} is not a recorded exchange")
                continue
            request = exchange["request"]
            found = matcher.find_operation(
                request["method"], normalise_request(request["path"], request["query"])[0]
            )
            operation = found[1].get("operationId") if found is not None else None
            if found is None or operation not in sharing[_identity(fault)]:
                problems.append(f"{label}: evidence {name} is not an answer of {fault.operation}")
                continue
            own = own or operation == fault.operation
            if str(exchange["response"]["status"]) != fault.status:
                problems.append(f"{label}: evidence {name} answered {exchange['response']['status']}")
            if not covers(_met(fault), request_of(exchange, found[0])):
                problems.append(f"{label}: the trigger does not cover evidence {name}")
            headline = re.split(r" \(", fault.cause, maxsplit=1)[0].split(", or ")[0]
            logged = logged or headline[:40] in debuglog.get(name, "")
        if fault.evidence and not own:
            problems.append(f"{label}: no evidence is an answer of {fault.operation} itself")
        if fault.evidence and fault.status.startswith("5") and not logged:
            problems.append(f"{label}: no evidence's debug log shows the cause {fault.cause!r}")
    assert not problems, "\n".join(problems)


def test_every_recorded_5xx_is_a_documented_fault(catalogue: FaultCatalogue, matcher: SpecMatcher) -> None:
    problems = []
    checked = 0
    for exchange in all_exchanges().values():
        if exchange["response"]["status"] < 500 or not must_be_described(exchange):
            continue
        request = exchange["request"]
        found = matcher.find_operation(
            request["method"], normalise_request(request["path"], request["query"])[0]
        )
        if found is None:
            continue  # a route the spec does not describe yet (the route coverage test tracks those)
        operation = found[1].get("operationId")
        checked += 1
        sent = request_of(exchange, found[0])
        candidates = catalogue.faults.get((str(operation), str(exchange["response"]["status"])), [])
        if not any(covers(_met(fault), sent) for fault in candidates):
            problems.append(f"{exchange['name']}: {request['method']} {request['path']}?{request['query']}")
    assert checked >= 50
    assert not problems, "recorded 5xx answers no documented fault covers:\n" + "\n".join(problems)


def _identity(fault: Fault) -> tuple[Any, ...]:
    """What makes two operations' fault entries the same entry (a shared response component)."""
    return (
        fault.id,
        fault.cause,
        fault.evidence,
        json.dumps([fault.parameters, fault.query, fault.body], sort_keys=True),
    )


def _met(fault: Fault) -> Fault:
    """The fault with its ``absent`` condition taken as met (recordings cannot be asked about a record)."""
    if fault.absent is None:
        return fault
    from dataclasses import replace

    return replace(fault, absent=None)
