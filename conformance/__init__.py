"""Conformance suite: checks that a FluentCRM server (or the emulator) behaves as the OpenAPI description says.

The heavy lifting is done by schemathesis; this package decides *what* is safe to send to a live site, keeps a
ledger of everything a run creates so it can be removed afterwards, and turns the engine's events into a report
that a person can act on (grouped by operation and check, with a curl command for every failure).
"""

from conformance.options import PROFILES, RunOptions
from conformance.runner import RunResult, run_suite
from conformance.target import Target

__all__ = ["PROFILES", "RunOptions", "RunResult", "Target", "run_suite"]
