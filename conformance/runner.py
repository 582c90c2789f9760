"""One conformance run: prepare fixtures, drive the schemathesis engine, and always clean up."""

from __future__ import annotations

import copy
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import schemathesis
import yaml
from schemathesis.engine import from_schema

from conformance.collect import Collector
from conformance.faults import FaultCatalogue
from conformance.guard import Guard
from conformance.housekeeping import SiteClient, cleanup, leftovers, prepare
from conformance.known_faults import KnownFaults
from conformance.ledger import Ledger
from conformance.options import RunOptions
from conformance.platform_safety import UNCONFINABLE
from conformance.preflight import check_reachable
from conformance.resources import (
    DELETES_OTHERS_DATA,
    DESTRUCTIVE_ONLY,
    OUTSIDE_REACH,
    SENDS_EMAIL,
    UNCONFINED_WRITES,
)
from conformance.results import Results
from conformance.settings import build_config
from conformance.site_settings import Snapshot, restore, take_snapshot
from conformance.target import Target, TargetError
from conformance.threadsafe import serialise_single_draws

RunResult = Results

# Set by a signal handler (see `cli`) to end the run early but gracefully: the engine stops after the request in
# flight, and the cleanup still runs. schemathesis and hypothesis handle KeyboardInterrupt in places of their own,
# so a flag checked between events is the dependable way to stop.
STOP_REQUESTED = threading.Event()


def request_stop() -> None:
    STOP_REQUESTED.set()


class SpecError(Exception):
    """The OpenAPI document given with ``--spec`` cannot be used."""


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def select_operations(spec: dict[str, Any], *, keep: set[str] | None, drop: set[str]) -> dict[str, Any]:
    """A copy of ``spec`` with only the wanted operations, and without links to the ones left out.

    Done on the document rather than with schemathesis filters so that what is not selected can never be sent,
    whatever the per-operation configuration says.
    """
    result = copy.deepcopy(spec)
    wanted = {
        operation.get("operationId")
        for item in result.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    }
    if keep is not None:
        wanted &= keep
    wanted -= drop
    for route, item in list(result.get("paths", {}).items()):
        for method in [m for m in item if m in HTTP_METHODS]:
            operation = item[method]
            if operation.get("operationId") not in wanted:
                del item[method]
                continue
            for response in operation.get("responses", {}).values():
                links = response.get("links") if isinstance(response, dict) else None
                if isinstance(links, dict):
                    for name in [n for n, link in links.items() if link.get("operationId") not in wanted]:
                        del links[name]
        if not any(m in HTTP_METHODS for m in item):
            del result["paths"][route]
    return result


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The OpenAPI document to test against: the split ``spec/`` bundled in memory, or a JSON/YAML file."""
    if path is None:
        from tools.bundle import bundle

        return bundle()
    try:
        with path.open(encoding="utf-8") as handle:
            document = yaml.safe_load(handle)  # YAML is a superset of JSON
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"cannot read {path}: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"{path} is not an OpenAPI document")
    return document


@dataclass
class _Run:
    options: RunOptions
    target: Target
    spec: dict[str, Any]
    ledger: Ledger
    out: TextIO | None

    def execute(self) -> Results:
        results = Results(
            target=self.target.describe(),
            run_id=self.ledger.run_id,
            seed=self.options.seed,
            strict_faults=self.options.strict_faults,
        )
        config = build_config(self.options, self.target)
        if self.options.workers > 1:
            serialise_single_draws()
        drop = (
            set()
            if self.options.destructive
            else set(
                DESTRUCTIVE_ONLY
                | UNCONFINABLE
                | SENDS_EMAIL
                | DELETES_OTHERS_DATA
                | UNCONFINED_WRITES
                | OUTSIDE_REACH
            )
        )
        spec = select_operations(self.spec, keep=set(self.options.operations) or None, drop=drop)
        schema = schemathesis.openapi.from_dict(spec, config=config)
        collector = Collector(results, self.target, self.out)
        client = SiteClient(self.target, rate=self.options.rate_limit, timeout=self.options.request_timeout)
        known_faults = KnownFaults(
            FaultCatalogue(spec),
            results,
            strict=self.options.strict_faults,
            fetch=lambda method, path: _status_and_json(client, method, path),
            redact=collector.redact,
        )
        guard = Guard(self.ledger, destructive=self.options.destructive, known_faults=known_faults)
        guard.install(schema)
        try:
            check_reachable(client)
        except TargetError:
            client.close()
            guard.uninstall(schema)
            raise
        started = time.monotonic()
        stream = None
        snapshot: Snapshot | None = None
        try:
            collector.say(f"conformance run {self.ledger.run_id} against {self.target.describe()}")
            snapshot = take_snapshot(client)
            guard.stored_settings = snapshot.stored_global_entries()
            results.errors.extend(prepare(client, self.ledger))
            stream = from_schema(schema).execute()
            for event in stream:
                collector.handle(event)
                if STOP_REQUESTED.is_set() and not results.interrupted:
                    # Let the engine finish the request in flight, then wind down; cleanup follows below.
                    collector.say("stop requested: finishing the current request, then cleaning up")
                    results.interrupted = True
                    stream.stop()
        except KeyboardInterrupt:
            results.interrupted = True
            if stream is not None:
                stream.stop()
        finally:
            results.elapsed = time.monotonic() - started
            results.created = self.ledger.summary()
            if guard.redirected or guard.dropped:
                results.guard_notes.append(
                    f"{guard.redirected} requests were pointed at the run's own records and {guard.dropped} "
                    "were skipped because they would have changed records the run did not create."
                )
            if self.options.cleanup:
                collector.say(f"removing the {sum(results.created.values())} records this run created")
                try:
                    results.cleanup_problems = cleanup(client, self.ledger)
                except KeyboardInterrupt:
                    # A second Ctrl-C while cleaning up: stop, but say exactly what is left on the site.
                    results.interrupted = True
                    results.cleanup_problems = leftovers(self.ledger)
                # The cleanup's sweep may have found records whose creation response never arrived.
                results.created = self.ledger.summary()
            if snapshot is not None:
                collector.say("checking that every site setting is as it was before the run")
                try:
                    unrestored = restore(client, snapshot)
                    if self.options.destructive:
                        # The run was allowed to change settings; what could not be put back is reported, not failed.
                        results.guard_notes.extend(f"destructive run: {line}" for line in unrestored)
                    else:
                        results.cleanup_problems.extend(unrestored)
                except KeyboardInterrupt:
                    results.interrupted = True
                    results.cleanup_problems.append(
                        "settings check was interrupted: compare the site settings with their values before the run"
                    )
            client.close()
            guard.uninstall(schema)
        return results


def _status_and_json(client: SiteClient, method: str, path: str) -> tuple[int, Any]:
    response = client.request(method, path)
    try:
        return response.status_code, response.json()
    except ValueError:
        return response.status_code, response.text


def run_suite(
    options: RunOptions,
    target: Target,
    *,
    spec: dict[str, Any] | None = None,
    ledger: Ledger | None = None,
    out: TextIO | None = None,
) -> Results:
    """Run the suite against ``target`` and return what it found; never raises for findings, only for misuse
    or a target that cannot be used (:class:`TargetError`: unreachable, credentials refused, no API there).

    Progress lines go to ``out`` (standard error by default) unless ``options.progress`` is off.
    """
    out = (out or sys.stderr) if options.progress else None
    document = spec if spec is not None else load_spec(options.spec_path)
    return _Run(options, target, document, ledger or Ledger(), out).execute()
