"""Turn schemathesis engine events into :class:`Results` and a progress line for people watching a long run."""

from __future__ import annotations

import base64
import time
from typing import TextIO

from schemathesis.engine import Status, events
from schemathesis.engine.recorder import ScenarioRecorder

from conformance.credentials import REDACTED
from conformance.results import FailureExample, Results
from conformance.target import Target

# Engine errors carry full tracebacks, some with whole source files quoted; the head says what went wrong.
MAX_ERROR_CHARS = 3000
AUTH_PLACEHOLDER = '-u "$FLUENTCRM_USERNAME:$FLUENTCRM_APP_PASSWORD"'


class Redactor:
    """Rewrites curl commands so they carry no credentials but still run once the environment is set."""

    def __init__(self, target: Target) -> None:
        self.password = target.password
        token = base64.b64encode(f"{target.username}:{target.password.reveal()}".encode()).decode()
        self.token = token

    def __call__(self, text: str) -> str:
        text = text.replace("-H 'Authorization: [Filtered]'", AUTH_PLACEHOLDER)
        text = text.replace(f"-H 'Authorization: Basic {self.token}'", AUTH_PLACEHOLDER)
        text = text.replace(self.token, REDACTED)
        return self.password.scrub(text)


def operation_name(case: object) -> str:
    operation = case.operation  # type: ignore[attr-defined]
    return str(operation.definition.raw.get("operationId") or operation.label)


class Collector:
    def __init__(self, results: Results, target: Target, out: TextIO | None) -> None:
        self.results = results
        self.redact = Redactor(target)
        self.out = out
        self.started = time.monotonic()
        self.scenarios = 0

    def say(self, text: str) -> None:
        if self.out is not None:
            print(text, file=self.out, flush=True)

    def handle(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
            extra = ""
            if isinstance(event.payload, events.StatefulPhasePayload):
                extra = f" ({event.payload.transitions_selected} links between operations)"
            self.say(f"[{self._clock()}] phase {event.phase.name.value} started{extra}")
        elif isinstance(event, events.PhaseFinished) and event.phase.is_enabled:
            self.say(f"[{self._clock()}] phase {event.phase.name.value} finished: {event.status.value}")
        elif isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
            self._scenario(event)
        elif isinstance(event, events.NonFatalError):
            message = self.redact(event.info.format())
            if len(message) > MAX_ERROR_CHARS:
                message = message[:MAX_ERROR_CHARS] + "\n[... truncated]"
            self.results.errors.append(f"{event.label}: {message}")
            self.say(
                f"[{self._clock()}] error in {event.label}: {message.splitlines()[0] if message else ''}"
            )
        elif isinstance(event, events.FatalError):
            self.results.errors.append(self.redact(f"fatal: {event.exception}"))
            self.say(f"[{self._clock()}] fatal error: {self.redact(str(event.exception))}")
        elif isinstance(event, events.Interrupted):
            self.results.interrupted = True

    def _clock(self) -> str:
        seconds = int(time.monotonic() - self.started)
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    def _scenario(self, event: events.ScenarioFinished) -> None:
        recorder = event.recorder
        phase = event.phase.value
        self.scenarios += 1
        self.results.cases += len(recorder.cases)
        self.results.requests += len(recorder.interactions)
        for case_id, node in recorder.cases.items():
            operation = operation_name(node.value)
            if node.transition is not None and node.is_transition_applied:
                self.results.links_followed[node.transition.id] += 1
            self.results.operations.setdefault(operation, node.value.operation.label)
            for check in recorder.checks.get(case_id, []):
                if check.status == Status.SKIP:
                    continue
                ok = check.failure_info is None
                self.results.record_check(operation, check.name, ok)
                if ok:
                    continue
                info = check.failure_info
                assert info is not None
                response = recorder.interactions.get(case_id)
                status = response.response.status_code if response and response.response else None
                self.results.record_failure(
                    operation,
                    check.name,
                    FailureExample(
                        phase=phase,
                        title=info.failure.title,
                        message=self.redact(info.failure.message),
                        status_code=status,
                        reproduction=self._reproduction(recorder, case_id, info.code_sample),
                    ),
                )
        if event.status in (Status.FAILURE, Status.ERROR) or self.scenarios % 10 == 0:
            label = event.label or recorder.label
            self.say(
                f"[{self._clock()}] {phase:<9} {label}: {event.status.value}"
                f" ({self.results.cases} cases, {len(self.results.failures)} distinct failures so far)"
            )

    def _reproduction(self, recorder: ScenarioRecorder, case_id: str, code_sample: str) -> list[str]:
        """The failing request, preceded by the requests of a stateful chain that led to it, one command a line.

        For some stateful failures (``use_after_free``) schemathesis' sample already spells out the whole chain;
        it is used as it is, so no step appears twice. Otherwise the chain is rebuilt from the recorded parents.
        """
        sample = [self.redact(line) for line in code_sample.splitlines() if line.strip()]
        if len(sample) > 1:
            return sample
        chain = []
        node = recorder.cases.get(case_id)
        while node is not None and node.parent_id is not None:
            parent = recorder.cases.get(node.parent_id)
            if parent is None:
                break
            try:
                chain.append(self.redact(parent.value.as_curl_command()))
            except (ValueError, KeyError, TypeError):  # an unrenderable step must not hide the failure
                chain.append("# (an earlier step could not be rendered as curl)")
            node = parent
        chain.reverse()
        return [*chain, *sample]
