"""Translate :class:`RunOptions` and the check policy into a schemathesis configuration object.

Built in code rather than read from ``schemathesis.toml`` so the credentials never pass through a file and the
policy in :mod:`conformance.policy` is the single place where check exceptions live.
"""

from __future__ import annotations

from typing import Any

from schemathesis.config import SchemathesisConfig

from conformance.options import RunOptions
from conformance.policy import NEGATIVE_ENFORCED, NOT_APPLICABLE, positive_extra_statuses
from conformance.target import Target

UNIT_PHASES = ("examples", "coverage", "fuzzing")
# The coverage phase also tries methods a path does not document. By default that includes PUT, POST and DELETE,
# which on a live site could reach a real route the run has deliberately left out (site settings, or operations
# not selected with --operation) without passing through the guard. Safe mode only tries methods that cannot
# change anything.
SAFE_UNEXPECTED_METHODS = ("get", "options", "patch")
DEFAULT_POSITIVE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def _checks(options: RunOptions) -> dict[str, Any]:
    checks: dict[str, Any] = {
        name: {"enabled": False} for name in NOT_APPLICABLE if name != "max_response_time"
    }
    # Enabled per operation below; off everywhere else (see policy.NEGATIVE_ENFORCED).
    checks["negative_data_rejection"] = {"enabled": False}
    return checks


def _operations(options: RunOptions) -> list[dict[str, Any]]:
    per_operation: dict[str, dict[str, Any]] = {}

    def checks_of(op: str) -> dict[str, Any]:
        return per_operation.setdefault(op, {"include-operation-id": op, "checks": {}})["checks"]

    positive_extra: dict[str, list[str]] = {}
    for status, allowance in positive_extra_statuses():
        for op in allowance.operations:
            positive_extra.setdefault(op, []).append(status)
    for op, statuses in positive_extra.items():
        checks_of(op)["positive_data_acceptance"] = {
            "expected-statuses": DEFAULT_POSITIVE_STATUSES + statuses
        }
    if options.negative:
        for op in NEGATIVE_ENFORCED:
            checks_of(op)["negative_data_rejection"] = {"enabled": True}
    return list(per_operation.values())


def build_config(options: RunOptions, target: Target) -> SchemathesisConfig:
    generation: dict[str, Any] = {
        "mode": "all" if options.negative else "positive",
        "max-examples": options.max_examples,
        # WordPress ignores query parameters it does not know; sending them proves nothing.
        "allow-extra-parameters": False,
        # No example database: a seeded run must send the same requests whatever ran before it.
        "database": "none",
    }
    project: dict[str, Any] = {
        "generation": generation,
        "checks": _checks(options),
        "workers": options.workers,
        "request-timeout": options.request_timeout,
        "phases": {
            **{name: {"enabled": name in options.phases} for name in UNIT_PHASES},
            **(
                {}
                if options.destructive
                else {
                    "coverage": {
                        "enabled": "coverage" in options.phases,
                        "unexpected-methods": list(SAFE_UNEXPECTED_METHODS),
                    }
                }
            ),
            "stateful": {"enabled": options.stateful, "max-steps": options.stateful_steps},
        },
        "operations": _operations(options),
    }
    if options.rate_limit:
        project["rate-limit"] = options.rate_limit
    data: dict[str, Any] = {
        **project,
        "suppress-health-check": ["all"],
        # schemathesis masks values by key name ("key", "token", ...), which also hides ordinary fields such as
        # a custom field's `field_key` and makes the curl reproductions wrong. Credentials are removed by
        # `collect.Redactor` instead, which knows exactly what they are.
        "output": {"sanitization": {"enabled": False}},
    }
    if options.seed is not None:
        data["seed"] = options.seed
    config = SchemathesisConfig.from_dict(data)
    config.projects.default.update(base_url=target.base_url, basic_auth=target.auth)
    return config
