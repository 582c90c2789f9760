"""Safe-mode rules for the platform operations: CSV imports, the public bounce handler and what cannot be confined.

* ``uploadImportCsv``: the uploaded file is replaced by a CSV of the run's marked e-mails, so whatever a later
  import does with it creates only marked contacts; the staged file's name is remembered.
* ``importCsv``: only files the run staged may be imported (another name becomes one that cannot exist), only
  plain contact columns may be mapped (a ``tags``, ``lists`` or ``company_id`` column would create records by
  title), tags and lists are limited to the run's own, and no double opt-in e-mail is sent.
* The bounce handler is sent without credentials (its ``security: []``), for a service FluentCRM itself handles
  (an unknown one reaches add-on filters) and with a code that can never be a site's bounce key
  (``fcrm_`` and hexadecimal digits), so it never changes a contact.
* ``UNCONFINABLE`` operations are left out of a safe run: they act on records the run cannot mark (WordPress
  users become contacts, campaign e-mails are deleted by id) or make the site call third-party services.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from conformance.ledger import Ledger
from conformance.resources import Kind

UPLOAD = "uploadImportCsv"
IMPORT = "importCsv"
BOUNCE_SERVICES = (
    "mailgun",
    "pepipost",
    "postmark",
    "sendgrid",
    "sparkpost",
    "elasticemail",
    "postalserver",
    "smtp2go",
    "brevo",
)

#: Contact columns an import may fill in safe mode: text columns of the imported (marked) contact itself.
MAPPABLE = frozenset(
    {
        "email",
        "prefix",
        "first_name",
        "last_name",
        "full_name",
        "timezone",
        "address_line_1",
        "address_line_2",
        "city",
        "state",
        "postal_code",
        "country",
        "ip",
        "phone",
        "source",
        "date_of_birth",
    }
)

#: Operations a safe run never sends.
UNCONFINABLE = frozenset(
    {
        "deleteReportEmails",  # deletes campaign e-mails by id; the run owns none
        "importUsers",  # WordPress users become contacts the run cannot mark
        "runImportDriver",  # the same through the users driver
        "verifyMigratorCredentials",  # the migrators contact the hosted service with generated credentials
        "getMigratorListTagMappings",
        "getMigratorImportSummary",
        "runMigratorImport",  # and would import that account's contacts
    }
)


def is_public(case: Any) -> bool:
    return bool(case.operation.definition.raw.get("security") == [])


def marked_csv(ledger: Ledger, rows: int = 2) -> str:
    return "email\n" + "".join(f"{ledger.email()}\n" for _ in range(rows))


def confine(op: str, case: Any, ledger: Ledger) -> bool:
    """Rewrite ``case`` for safe mode in place; whether anything changed."""
    if op == UPLOAD and isinstance(case.body, dict):
        _send_marked_upload(case, ledger)
        return True
    if op == IMPORT and isinstance(case.body, dict):
        case.body = _confined_import(case.body, ledger)
        return True
    if is_public(case) and case.path_parameters:
        service = case.path_parameters.get("service_name")
        case.path_parameters = {
            **case.path_parameters,
            "service_name": service if service in BOUNCE_SERVICES else BOUNCE_SERVICES[0],
            # A hyphen never occurs in a bounce key, so this code is refused whatever the site's key is.
            "security_code": f"{ledger.tag}-not-a-key",
        }
        return True
    return False


def _send_marked_upload(case: Any, ledger: Ledger) -> None:
    """Replace the upload by a multipart body of our own: the marked CSV under a ``.csv`` file name.

    FluentCRM accepts a CSV file only with a CSV-like extension, and schemathesis names file parts after their
    field (``file``), so the body is encoded here; the other generated fields are sent along as text.
    """
    boundary = f"{ledger.tag}-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in case.body.items()
        if name != "file" and isinstance(name, str) and name.isascii() and isinstance(value, str)
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{ledger.tag}.csv"\r\n'
        f"Content-Type: text/csv\r\n\r\n{marked_csv(ledger)}\r\n"
    )
    case.body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    case.headers = {**(case.headers or {}), "Content-Type": f"multipart/form-data; boundary={boundary}"}


def strip_credentials(case: Any) -> None:
    """Operations that need no authentication are exercised without it."""
    if is_public(case) and isinstance(case.headers, MutableMapping):
        for name in [n for n in case.headers if n.lower() == "authorization"]:
            del case.headers[name]


def _confined_import(body: dict[str, Any], ledger: Ledger) -> dict[str, Any]:
    result = dict(body)
    if result.get("file") not in ledger.staged_files():
        result["file"] = f"{ledger.tag}-never-staged.csv"
    entries = result.get("map")
    if isinstance(entries, list):
        result["map"] = [
            e for e in entries if not isinstance(e, dict) or e.get("table") in MAPPABLE or not e.get("table")
        ]
    for key, kind in (("tags", Kind.TAG), ("lists", Kind.LIST)):
        if key in result:
            values = result[key] if isinstance(result[key], list) else [result[key]]
            result[key] = ledger.only_owned(kind, values)
    result["double_optin_email"] = "no"
    return result


def remember_upload(op: str, payload: Any, ledger: Ledger) -> None:
    """Note the staged file of a successful upload, so imports may use it and the cleanup can consume it."""
    if op == UPLOAD and isinstance(payload, dict) and isinstance(payload.get("file"), str):
        ledger.record_staged(payload["file"])
