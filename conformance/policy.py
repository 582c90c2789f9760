"""Which checks run where, and why. Every exception to "all checks everywhere" is written down here with its reason,
and the report prints the table so nobody has to read the code to know what a green run means.
"""

from __future__ import annotations

from dataclasses import dataclass

from conformance.faults import shows_absence as says_absent


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
POSITIVE_EXTRA_STATUSES: tuple[tuple[str, Allowance], ...] = (
    (
        "422",
        Allowance(
            operations=(
                "getContact",
                "uploadImportCsv",
                "importCsv",
                "getImportDriver",
                "runImportDriver",
                "verifyMigratorCredentials",
                "getMigratorListTagMappings",
                "getMigratorImportSummary",
                "runMigratorImport",
            ),
            reason="A contact id that does not exist is answered with 422 `Subscriber not found` (recorded), "
            "and whether an id exists is not a schema property. Likewise an upload must hold CSV text under a "
            "`.csv` or `.txt` name (recorded), a CSV import needs a file staged by an upload, an import driver must be "
            "one the site has (only `users` without add-ons), and a migrator must reach its hosted service and be "
            "accepted there (422 with the reason; recorded).",
        ),
    ),
    (
        "422",
        Allowance(
            operations=(
                "attachCompanyContacts",
                "detachCompanyContacts",
                "importCompaniesCsv",
                "updateCompaniesProperty",
                "companiesBulkAction",
            ),
            reason="Whether a record exists is not a schema property, and these answer a missing one with 422 "
            '(recorded): a contact id with `Subscriber not found`, contact or company ids with `"Invalid data"`, '
            "a CSV file that was never uploaded with the error of reading it; and `refetch_logo` answers 422 when the "
            "company's website yields no logo, which depends on a remote site. Company types must be one of the site's "
            "types, and type and category changes need `new_status`: rules that depend on another field's value.",
        ),
    ),
    (
        "422",
        Allowance(
            operations=(
                "createCampaign",
                "updateCampaign",
                "updateCampaignByBody",
                "draftCampaignRecipients",
                "subscribeCampaignRecipients",
                "scheduleCampaign",
                "unscheduleCampaign",
                "pauseCampaign",
                "resumeCampaign",
                "sendCampaignTestEmail",
                "campaignBulkAction",
                "createTemplate",
                "updateTemplate",
                "templateBulkAction",
                "countCampaignRecipients",
                "listCampaignSegmentContacts",
                "estimateCampaignContacts",
            ),
            reason=(
                "The campaign and template operations refuse with 422 what depends on stored data or on one field's "
                "value (all recorded): a campaign title already taken, a recipient selection that matches nobody, a "
                "state the campaign is not in (only a draft may be scheduled, only a working campaign paused...), no "
                "subscribed contact to render a test e-mail for, `labels` missing for `apply_labels` or `status` for "
                "`change_template_status`, a custom footer without an unsubscribe link; `subscribe` always answers "
                "422 on FluentCRM 2.9.84. Counting or listing the recipients of a campaign whose stored selection "
                "FluentCRM cannot resolve (`subscribers: null`, a dynamic segment) crashes FluentCRM; the emulator "
                "answers 422 there, and for an advanced filter rule without a `source` (a crash on FluentCRM)."
            ),
        ),
    ),
    (
        "423",
        Allowance(
            operations=("verifyMigratorCredentials",),
            reason="A Mailchimp API key without its data-centre suffix makes the client library throw (423, "
            "recorded).",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("createRestKey", "deleteRestKey", "saveIntegration", "resetDatabase"),
            reason="Refused by the free plugin whatever the body: no user has FluentCRM manager access (REST keys), "
            "no add-on registers an integration, and `reset_db` needs `FLUENTCRM_IS_DEV_FEATURES` in wp-config "
            "(all recorded). Site state, not a schema property.",
        ),
    ),
    (
        "423",
        Allowance(
            operations=("listActivityLogs", "clearActivityLogs", "countOldLogs", "deleteOldLogs"),
            reason="The activity-log table exists only once the `activity_log` experiment was switched on; until then "
            "reading it (or counting and deleting `activity_logs`) is an SQL error answered with 423 (recorded).",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("sendContactEmail",),
            reason="Only a `subscribed` or `transactional` contact can be sent an e-mail (recorded); the status is "
            "stored state, not part of the request.",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("saveContactExternalView",),
            reason="Without an integration for the section, every request is 422 `Handled could not be found.` "
            "(recorded); the free plugin has none.",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("listContactTrackingEvents", "trackContactEvent"),
            reason="Event tracking is an experimental feature, off by default: 422 `not_enabled` (recorded). "
            "A tracked event's e-mail must also belong to a contact (`subscriber_not_found`).",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("runContactsBulkAction",),
            reason="What an action needs depends on `action_name` (options for tag and list actions, a status, a "
            "company, FluentCRM Pro); the answers are 422 messages (recorded), and OpenAPI cannot tie one field's "
            "requirements to another's value.",
        ),
    ),
    (
        "422",
        Allowance(
            operations=("updateContactsProperty",),
            reason="The `value` must be valid for the chosen `property` (a status, a contact type), else 422 "
            "`Value is not valid` (recorded); OpenAPI cannot tie the two together.",
        ),
    ),
    (
        "423",
        Allowance(
            operations=("createContactNote", "updateContactNote"),
            reason="A `created_at` of the right shape that is no real date (month 13) is a 423 from PHP's date "
            "parser (recorded for text that is no date at all).",
        ),
    ),
    (
        "423",
        Allowance(
            operations=("updateContactsProperty", "runContactsBulkAction"),
            reason="A company on a site whose company module was never switched on is an SQL error about the "
            "missing companies table, answered 423 (recorded); whether the table exists is site state.",
        ),
    ),
)

# The funnel, webhook and form routes refuse schema-valid requests for reasons that depend on stored state or on the
# site, not on the request's shape (all recorded and documented on the operations).
AREA_EXTRA_STATUSES: tuple[tuple[str, Allowance], ...] = (
    (
        "422",
        Allowance(
            operations=(
                "updateFunnelStatus",
                "updateFunnelTitle",
                "changeFunnelTrigger",
                "updateFunnelSubscriberStatus",
                "syncFunnelNewSteps",
                "sendFunnelTestWebhook",
                "funnelBulkAction",
            ),
            reason="Funnel rules on stored state: the status, title or trigger the funnel already has, a contact "
            "with no or a completed progress row, a funnel that is not published (or no FluentCRM Pro), a test "
            "webhook whose call fails, a bulk action missing the `status` or `labels` its action needs.",
        ),
    ),
    (
        "423",
        Allowance(
            operations=("createForm", "createFunnelFromTemplate"),
            reason="Site-dependent: without Fluent Forms a form insert fails on the missing table, and a template "
            "whose URL cannot be fetched leaves the funnel without a title; FluentCRM reports both SQL errors "
            "with 423.",
        ),
    ),
)


def positive_extra_statuses() -> list[tuple[str, Allowance]]:
    """Every (status, allowance) pair: the shared table above and the per-area ones."""
    return [*POSITIVE_EXTRA_STATUSES, *AREA_EXTRA_STATUSES]


# Operations where negative requests are generated and must be rejected: only those whose every documented
# constraint the server enforces. Elsewhere WordPress ignores unknown query parameters and FluentCRM silently
# drops invalid values (an unknown `status` on create becomes `subscribed`, an unknown `statuses[]` filter is
# removed), so a negative request answered with 200 is the documented behaviour, not a bug.
#
# A probe run with the check on everywhere (seed 20261126, 15 examples) found accepted negative requests on every
# other operation, each matching recorded behaviour: `sort_type=AAA` means descending, `get_by_email` is ignored
# unless the id is 0, lists and tags answer id 0 with 200, report `date_range[]` takes more than two dates, form
# bodies of lists and tags are cast to strings. Where the only input is the `{id}` path segment of a delete, both
# layers validate: WordPress's route pattern `\d+` answers anything non-numeric with 404 `rest_no_route`, and
# `findOrFail` answers an id without a record with 404.
NEGATIVE_ENFORCED: dict[str, str] = {
    "deleteContact": "Only input is `{id}`: non-numeric ids do not match the route, missing ones are 404.",
    "deleteTag": "Only input is `{id}`: non-numeric ids do not match the route, missing ones are 404 "
    "(500 on FluentCRM 2.9.84, which `not_a_server_error` reports on its own).",
}


def describe() -> list[tuple[str, str]]:
    """(what, why) rows for the report."""
    rows = [(f"`{name}` off", reason) for name, reason in NOT_APPLICABLE.items()]
    for status, exc in positive_extra_statuses():
        ops = ", ".join(f"`{op}`" for op in exc.operations)
        rows.append((f"`positive_data_acceptance` also accepts {status} on {ops}", exc.reason))
    for op, why in PARTIAL_DELETES.items():
        rows.append((f"`use_after_free` off on `{op}`", why))
    for op, answer in ABSENCE_ANSWERS.items():
        rows.append(
            (
                f"`use_after_free` on `{op}` accepts {answer}",
                "FluentCRM's documented answer for a missing record.",
            )
        )
    rows.append(
        (
            "`positive_data_acceptance` accepts 422 `{title: required}` on "
            + ", ".join(f"`{op}`" for op in sorted(TITLE_IN_QUERY_OR_BODY))
            + " when no title was sent anywhere",
            "The title is required in the query or the body; OpenAPI cannot express that.",
        )
    )
    rows.append(
        (
            "`positive_data_acceptance` accepts 422 `{subscriber_ids: required}` on `deleteContacts` when no ids "
            + "were sent anywhere",
            "The ids are required in the query or the body; OpenAPI cannot express that.",
        )
    )
    rows.append(
        (
            "`response_schema_conformance` accepts a zero-byte 200 on "
            + ", ".join(f"`{op}`" for op in EMPTY_BODY_ANSWERS),
            "FluentCRM's answer for a missing list; labelled JSON on the wire, documented as an empty text body.",
        )
    )
    if NEGATIVE_ENFORCED:
        rows.extend((f"`negative_data_rejection` on `{op}`", why) for op, why in NEGATIVE_ENFORCED.items())
        rows.append(
            ("`negative_data_rejection` off elsewhere", "The server ignores or coerces invalid values there.")
        )
    else:
        rows.append(("`negative_data_rejection` on no operation", "No operation enforces every constraint."))
    return rows


# `DELETE /subscribers/{id}/emails` removes the listed e-mails of a contact, not the contact or its e-mail list, so a
# later `GET /subscribers/{id}/emails` rightly answers 200; schemathesis reads the shared path as "the resource
# was deleted". `use_after_free` failures of these reads are dropped.
PARTIAL_DELETES: dict[str, str] = {
    "listContactEmails": "`DELETE /subscribers/{id}/emails` deletes selected e-mails; the list itself remains",
    "getContactEmailTemplate": "the blank e-mail under `/subscribers/{id}/emails` outlives a delete of e-mails",
}

# `use_after_free` expects 404 for a deleted record. FluentCRM answers a missing tag with 200 `{"tag": null}` and
# a missing list with 200 and an empty body (both recorded and documented). Those answers say "absent" as clearly
# as a 404 does, so such a failure is dropped; a 2xx that still carries the record is reported.
ABSENCE_ANSWERS: dict[str, str] = {
    "getTag": "200 with `tag: null`",
    "getList": "200 with an empty body",
    "getTemplate": "200 with a blank default template (empty title and body)",
    # Not an absence: `DELETE /campaigns/{id}/emails` removes the e-mails it lists, never the campaign's e-mail
    # list, which schemathesis takes for the deleted resource because it has the same path.
    "listCampaignEmails": "any 200 (the DELETE on this path removes listed e-mails, not the list)",
    "getFunnelReport": "200 with zero counts (the report never looks the funnel up)",
}


# Collections under a record answer a missing parent with an empty page (recorded in `live/notfound.jsonl`), the
# same answer as for a parent without entries: after the parent's DELETE, an empty page is all a read can say.
EMPTY_PAGE_ANSWERS: dict[str, str] = dict.fromkeys(
    (
        "getContactFormSubmissions",
        "getContactSupportTickets",
        "listContactNotes",
        "listContactAutomations",
        "listCampaignUnsubscribers",
        "listCompanyNotes",
    ),
    "200 with an empty page (`data: []`, `total: 0`) for a missing parent",
)
ABSENCE_ANSWERS.update(EMPTY_PAGE_ANSWERS)


def _is_empty_page(body: object) -> bool:
    pages = [value for value in body.values() if isinstance(value, dict)] if isinstance(body, dict) else []
    return any(page.get("data") == [] and page.get("total") in (0, "0") for page in pages)


def shows_absence(operation: str, status_code: int, body: object) -> bool:
    """Whether a 2xx answer of ``operation`` is FluentCRM's documented way of saying the record does not exist."""
    if operation not in ABSENCE_ANSWERS or not 200 <= status_code < 300:
        return False
    if operation in EMPTY_PAGE_ANSWERS:
        return _is_empty_page(body)
    if operation == "listCampaignEmails":
        return True
    if operation == "getFunnelReport":
        stats = body.get("stats") if isinstance(body, dict) else None
        metrics = stats.get("metrics") if isinstance(stats, dict) else None
        return isinstance(metrics, list) and all(isinstance(m, dict) and m.get("count") == 0 for m in metrics)
    if operation == "getTemplate":
        template = body.get("template") if isinstance(body, dict) else None
        return (
            isinstance(template, dict)
            and template.get("post_title") == ""
            and template.get("post_content") == ""
        )
    return says_absent(200, body)


# Lists and tags take their fields from the query string *or* the body, and need a `title` in one of them.
# OpenAPI cannot say "required in one of two places", so the spec marks both optional and a request with no title
# anywhere is schema-valid yet rightly answered 422 `{"title": {"required": ...}}` (tags also name `slug`). Only
# that exact combination is accepted; any other 422 on these operations is still reported.
TITLE_IN_QUERY_OR_BODY = frozenset({"createList", "createTag", "updateList", "updateTag"})


def is_missing_title_rejection(
    operation: str, query: object, body: object, status_code: int, answer: object
) -> bool:
    if operation not in TITLE_IN_QUERY_OR_BODY or status_code != 422:
        return False
    sent = (isinstance(query, dict) and "title" in query) or (isinstance(body, dict) and "title" in body)
    return not sent and isinstance(answer, dict) and "title" in answer and set(answer) <= {"title", "slug"}


# `getList` answers a missing list with 200 and a zero-byte body labelled `application/json` (recorded). The spec
# declares that answer as an empty `text/plain` body, which is the closest OpenAPI can come; the label on the wire
# still says JSON, so schemathesis reports a JSON decoding error. Only a zero-byte body on `getList` is accepted.
EMPTY_BODY_ANSWERS = frozenset({"getList"})


def is_documented_empty_body(operation: str, status_code: int, content: bytes | None) -> bool:
    return operation in EMPTY_BODY_ANSWERS and status_code == 200 and not (content or b"").strip()


# `deleteContacts` takes the ids from the query (`subscribers[]=`) or from a JSON body (`{"subscribers": [...]}`),
# so neither is required in the schema; with neither, the server answers 422 `{"subscriber_ids": {"required": ...}}`
# (recorded as `contacts.delete.bulk_missing_param`). Accepted only in exactly that situation.
IDS_IN_QUERY_OR_BODY = frozenset({"deleteContacts"})


def is_missing_ids_rejection(
    operation: str, query: object, body: object, status_code: int, answer: object
) -> bool:
    if operation not in IDS_IN_QUERY_OR_BODY or status_code != 422:
        return False

    def sent(container: object) -> bool:
        return isinstance(container, dict) and any(name.startswith("subscribers") for name in container)

    return not (sent(query) or sent(body)) and isinstance(answer, dict) and set(answer) == {"subscriber_ids"}
