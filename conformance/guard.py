"""Schemathesis hooks that keep a run away from data it did not create and mark everything it does create.

Three hooks, registered on the schema object (never globally, so concurrent runs in one process stay apart):

* ``filter_case`` drops a request that would change or remove another record when the run owns no record of that
  kind to aim it at instead;
* ``map_case`` marks new records (e-mails, titles, slugs), points ``{id}`` of updates and deletes at the run's own
  records, and keeps only the run's own ids in bulk deletes and tag/list relations;
* ``after_call`` reads every response for records the run created (and deletions it made), feeding the ledger.

In destructive mode the first two only mark; nothing is redirected.
"""

from __future__ import annotations

import re
from typing import Any

from schemathesis import Case, HookContext, Response
from schemathesis.core.failures import Failure

from conformance.ledger import Ledger
from conformance.policy import shows_absence
from conformance.resources import (
    BULK_DELETE_CONTACTS,
    BULK_UPSERT_CONTACTS,
    CREATORS,
    DELETES_BY_ID,
    MUTATES_BY_ID,
    RELATION_KEYS,
    Kind,
    as_id,
    dig,
)

# Something that could be an existing contact's address; anything else cannot match a record on the site.
PLAUSIBLE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTACT_WRITES = frozenset({"createContact", "updateContact"})
TITLED_WRITES = frozenset({"createList", "createTag", "updateList", "updateTag"})


def operation_id(case: Case) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


def is_negative(case: Case) -> bool:
    meta = case.meta
    return meta is not None and meta.generation.mode.is_negative


class Guard:
    def __init__(self, ledger: Ledger, *, destructive: bool) -> None:
        self.ledger = ledger
        self.destructive = destructive
        self.redirected = 0
        self.dropped = 0

    def install(self, schema: Any) -> None:
        schema.hooks.register_hook_with_name(self.filter_case, "filter_case")
        schema.hooks.register_hook_with_name(self.map_case, "map_case")
        schema.hooks.register_hook_with_name(self.after_call, "after_call")
        schema.hooks.register_hook_with_name(self.filter_failure, "filter_failure")

    # --- filter_failure ---------------------------------------------------------------------------------------
    def filter_failure(self, context: HookContext, failure: Failure, case: Case, response: Response) -> bool:
        """Keep every failure except a use-after-free answered with FluentCRM's documented "absent" shape."""
        if "use_after_free" not in type(failure).checks:
            return True
        try:
            body = response.json()
        except ValueError:
            body = response.content.decode(errors="replace").strip() if response.content else None
        return not shows_absence(operation_id(case), response.status_code, body)

    # --- filter_case ------------------------------------------------------------------------------------------
    def filter_case(self, context: HookContext, case: Case) -> bool:
        if self.destructive:
            return True
        op = operation_id(case)
        kind = MUTATES_BY_ID.get(op)
        if (
            kind is not None
            and as_id(case.path_parameters.get("id") if case.path_parameters else None) is not None
        ):
            keep = bool(self.ledger.owned(kind))
        elif op == BULK_DELETE_CONTACTS:
            keep = bool(self.ledger.owned(Kind.CONTACT))
        else:
            keep = True
        if not keep:
            self.dropped += 1
        return keep

    # --- map_case ---------------------------------------------------------------------------------------------
    def map_case(self, context: HookContext, case: Case) -> Case:
        op = operation_id(case)
        negative = is_negative(case)
        if isinstance(case.body, dict):
            body = self._map_body(op, dict(case.body), negative)
            if body != case.body:
                case.body = body
        if isinstance(case.query, dict) and op in TITLED_WRITES and not negative:
            query = self._mark_titles(dict(case.query))
            if query != case.query:
                case.query = query
        if not self.destructive:
            self._confine(op, case)
        return case

    def _map_body(self, op: str, body: dict[str, Any], negative: bool) -> dict[str, Any]:
        if op in CONTACT_WRITES:
            body = self._mark_contact(body, negative)
        elif op == BULK_UPSERT_CONTACTS and isinstance(body.get("contacts"), list):
            body["contacts"] = [
                self._mark_contact(dict(item), negative) if isinstance(item, dict) else item
                for item in body["contacts"]
            ]
        elif op in TITLED_WRITES and not negative:
            body = self._mark_titles(body)
        return body

    def _mark_contact(self, contact: dict[str, Any], negative: bool) -> dict[str, Any]:
        email = contact.get("email")
        # A negative case may be negative *because of* its e-mail; only a usable address is replaced.
        # Always a fresh address: schemathesis reuses values it saw in earlier responses, and a reused marker
        # would be a duplicate that the server rightly rejects.
        if "email" in contact and (not negative or (isinstance(email, str) and PLAUSIBLE_EMAIL.match(email))):
            contact["email"] = self.ledger.email()
        if not self.destructive:
            for key, kind in RELATION_KEYS.items():
                if key in contact and isinstance(contact[key], list):
                    kept = self.ledger.only_owned(kind, contact[key])
                    if kept:
                        contact[key] = kept
                    else:
                        del contact[key]
                elif key in contact and not isinstance(contact[key], list) and not negative:
                    del contact[key]
        return contact

    def _mark_titles(self, values: dict[str, Any]) -> dict[str, Any]:
        if isinstance(values.get("title"), str):
            values["title"] = self.ledger.title()
        if isinstance(values.get("slug"), str):
            values["slug"] = self.ledger.title()
        return values

    def _confine(self, op: str, case: Case) -> None:
        kind = MUTATES_BY_ID.get(op)
        if kind is not None and case.path_parameters:
            record_id = as_id(case.path_parameters.get("id"))
            if record_id is not None and not self.ledger.owns(kind, record_id):
                replacement = self.ledger.pick(kind, case.id)
                if replacement is not None:
                    case.path_parameters = {**case.path_parameters, "id": replacement}
                    self.redirected += 1
        if op == BULK_DELETE_CONTACTS and isinstance(case.query, dict):
            query = dict(case.query)
            for name, value in case.query.items():
                if not name.startswith("subscribers"):
                    continue
                values = value if isinstance(value, list) else [value]
                kept = self.ledger.only_owned(Kind.CONTACT, values)
                if not kept:
                    fallback = self.ledger.pick(Kind.CONTACT, case.id)
                    kept = [fallback] if fallback is not None else []
                query[name] = kept
            if query != case.query:
                case.query = query
                self.redirected += 1

    # --- after_call -------------------------------------------------------------------------------------------
    def after_call(self, context: HookContext, case: Case, response: Response) -> None:
        if not 200 <= response.status_code < 300:
            return
        try:
            payload = response.json()
        except ValueError:
            return
        op = operation_id(case)
        creator = CREATORS.get(op)
        if creator is not None:
            for path in creator.id_paths:
                record_id = as_id(dig(payload, path))
                if record_id is not None:
                    self.ledger.record_created(creator.kind, record_id)
                    break
        self._collect_marked(payload)
        if op in DELETES_BY_ID and case.path_parameters:
            record_id = as_id(case.path_parameters.get("id"))
            if record_id is not None:
                self.ledger.record_removed(MUTATES_BY_ID[op], record_id)

    def _collect_marked(self, node: object, depth: int = 0) -> None:
        """Record any contact carrying this run's e-mail marker, wherever it appears (bulk upserts report them)."""
        if depth > 6:
            return
        if isinstance(node, dict):
            record_id = as_id(node.get("id"))
            if record_id is not None and self.ledger.is_marked_email(node.get("email")):
                self.ledger.record_created(Kind.CONTACT, record_id)
            for value in node.values():
                self._collect_marked(value, depth + 1)
        elif isinstance(node, list):
            for value in node:
                self._collect_marked(value, depth + 1)
