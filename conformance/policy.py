"""Which checks run where, and why. Every exception to "all checks everywhere" is written down here with its reason,
and the report prints the table so nobody has to read the code to know what a green run means.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Allowance:
    """One deviation from the defaults: the operations it covers and the reason a reader can check."""

    operations: tuple[str, ...]
    reason: str


CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "positive_data_acceptance",
    "negative_data_rejection",
    "missing_required_header",
    "ignored_auth",
    "use_after_free",
    "ensure_resource_availability",
)

# Checks schemathesis offers that do not apply to this API, with the reason.
NOT_APPLICABLE: dict[str, str] = {
    "unsupported_method": "WordPress answers a wrong method with 404 rest_no_route, never 405 (recorded); "
    "the spec documents that, so a 405 expectation would only restate a known difference.",
    "allow_header_conformance": "Only meaningful together with 405 answers, which WordPress never sends.",
    "object_level_authorization": "Needs two identities with different rights; the free plugin gives every "
    "non-administrator 403 on every route, so there is no second identity to compare.",
    "max_response_time": "Speed is measured by `make bench`, not asserted here.",
}

# Statuses a schema-valid request may legitimately get, beyond schemathesis' defaults
# (2xx, 3xx, 401, 403, 404, 409, 429, 5xx), because the rule that rejects it is not expressible in the schema.
POSITIVE_EXTRA_STATUSES: dict[str, Allowance] = {
    "422": Allowance(
        operations=("getContact",),
        reason="A contact id that does not exist is answered with 422 `Subscriber not found` (recorded), "
        "and whether an id exists is not a schema property.",
    ),
}

# Operations where negative requests are generated and must be rejected: only those whose every documented
# constraint the server enforces. Elsewhere WordPress ignores unknown query parameters and FluentCRM silently
# drops invalid values (an unknown `status` on create becomes `subscribed`, an unknown `statuses[]` filter is
# removed), so a negative request answered with 200 is the documented behaviour, not a bug.
NEGATIVE_ENFORCED: dict[str, str] = {}


def describe() -> list[tuple[str, str]]:
    """(what, why) rows for the report."""
    rows = [(f"`{name}` off", reason) for name, reason in NOT_APPLICABLE.items()]
    for status, exc in POSITIVE_EXTRA_STATUSES.items():
        ops = ", ".join(f"`{op}`" for op in exc.operations)
        rows.append((f"`positive_data_acceptance` also accepts {status} on {ops}", exc.reason))
    for op, answer in ABSENCE_ANSWERS.items():
        rows.append(
            (
                f"`use_after_free` on `{op}` accepts {answer}",
                "FluentCRM's documented answer for a missing record.",
            )
        )
    if NEGATIVE_ENFORCED:
        ops = ", ".join(f"`{op}`" for op in NEGATIVE_ENFORCED)
        rows.append((f"`negative_data_rejection` only on {ops}", "; ".join(NEGATIVE_ENFORCED.values())))
    else:
        rows.append(("`negative_data_rejection` on no operation", "No operation enforces every constraint."))
    return rows


# `use_after_free` expects 404 for a deleted record. FluentCRM answers a missing tag with 200 `{"tag": null}` and
# a missing list with 200 and an empty body (both recorded and documented). Those answers say "absent" as clearly
# as a 404 does, so such a failure is dropped; a 2xx that still carries the record is reported.
ABSENCE_ANSWERS: dict[str, str] = {
    "getTag": "200 with `tag: null`",
    "getList": "200 with an empty body",
}


def shows_absence(operation: str, status_code: int, body: object) -> bool:
    """Whether a 2xx answer of ``operation`` is FluentCRM's documented way of saying the record does not exist."""
    if operation not in ABSENCE_ANSWERS or not 200 <= status_code < 300:
        return False
    if body in (None, "", [], {}):
        return True
    return isinstance(body, dict) and all(value in (None, "", [], {}) for value in body.values())
