"""During a run: tell FluentCRM's documented faults apart from failures, and report each one once per answer.

The guard asks :meth:`KnownFaults.is_known` for every failure schemathesis reports. The first time an answer is
seen it is judged against the spec's fault catalogue (:mod:`conformance.faults`); a known fault is counted in the
run's results with a curl reproduction, and its failures are dropped unless the run is strict about faults.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from schemathesis import Case, Response

from conformance.faults import FaultCatalogue, Request, Verdict
from conformance.results import KnownFaultExample, Results

#: Reads a record for an ``absent`` trigger: ``(METHOD, path) -> (status, parsed body or None)``.
Fetch = Callable[[str, str], tuple[int, Any]]


class KnownFaults:
    def __init__(
        self,
        catalogue: FaultCatalogue,
        results: Results,
        *,
        strict: bool,
        fetch: Fetch | None = None,
        redact: Callable[[str], str] = lambda text: text,
    ) -> None:
        self.catalogue = catalogue
        self.results = results
        self.strict = strict
        self.fetch = fetch
        self.redact = redact
        self._lock = threading.Lock()
        # id(response) -> (response, verdict); the response is kept so its id is not reused while remembered.
        self._seen: dict[int, tuple[Response, Verdict]] = {}

    def is_known(self, operation_id: str, case: Case, response: Response) -> bool:
        """Whether ``response`` is a documented fault; the first call for an answer records it."""
        if response.status_code < 500:
            return False
        with self._lock:
            remembered = self._seen.get(id(response))
        if remembered is not None and remembered[0] is response:
            return remembered[1].fault is not None
        verdict = self.catalogue.judge(
            operation_id,
            response.status_code,
            (response.headers.get("content-type") or [None])[0],
            response.content or b"",
            request_of(case),
            self._read if self.fetch is not None else None,
        )
        with self._lock:
            if id(response) in self._seen and self._seen[id(response)][0] is response:
                return self._seen[id(response)][1].fault is not None
            self._seen[id(response)] = (response, verdict)
            if verdict.fault is not None:
                self.results.record_known_fault(
                    verdict.fault,
                    KnownFaultExample(status_code=response.status_code, reproduction=self._curl(case)),
                )
        return verdict.fault is not None

    def is_stand_in(self, operation_id: str, case: Case, response: Response) -> bool:
        """Whether ``response`` is the emulator's documented answer to a request FluentCRM crashes on."""
        if not 400 <= response.status_code < 500:
            return False
        return self.catalogue.stand_in(operation_id, response.status_code, request_of(case)) is not None

    def _curl(self, case: Case) -> str:
        try:
            return self.redact(case.as_curl_command())
        except (ValueError, KeyError, TypeError):
            return "# (the request could not be rendered as curl)"

    def _read(self, operation_id: str, path_parameters: dict[str, str]) -> tuple[int, Any]:
        template = self.catalogue.path_of(operation_id)
        if template is None or self.fetch is None:
            return 0, None
        path = re.sub(r"\{([^}]+)\}", lambda m: path_parameters.get(m.group(1), m.group(0)), template)
        return self.fetch("GET", path)


def request_of(case: Case) -> Request:
    """The raw values a case sent, by ``<in>.<name>``, for the triggers' schemas (which see strings, as PHP does)."""
    parameters: dict[str, Any] = {}
    for where, values in (
        ("path", case.path_parameters),
        ("query", case.query),
        ("header", case.headers),
        ("cookie", case.cookies),
    ):
        for name, value in (values or {}).items():
            parameters[f"{where}.{name}"] = _raw(value)
    body = case.body
    has_body = not _is_unset(body)
    return Request(parameters=parameters, body=body if has_body else None, has_body=has_body)


def _raw(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_raw(item) for item in value]
    if isinstance(value, bool):
        return "1" if value else ""
    if value is None:
        return ""
    return value if isinstance(value, (dict, str)) else str(value)


def _is_unset(value: Any) -> bool:
    return value is None or type(value).__name__ == "NotSet"
