"""Schemathesis hooks that keep a run away from data it did not create and mark everything it does create.

* ``filter_case`` (schema-scoped) drops a generated request that would change or remove a record when the run
  owns no record of that kind to aim it at instead;
* ``before_call`` marks new records (e-mails, titles, slugs), points ``{id}`` of updates and deletes at the run's
  own records, keeps only the run's own ids in bulk deletes and tag/list relations, and lets ``PUT /setting``
  write only settings entries that exist, with the values they already have. It runs just before a
  request is sent, so it also covers the spec's own examples and the extra requests checks send; schemathesis
  only offers it globally, so one process-wide hook routes each request to the guard of its schema;
* ``after_call`` reads every response for records the run created (and deletions it made), feeding the ledger;
* ``filter_failure`` drops failures that are FluentCRM's documented behaviour (see :mod:`conformance.policy`) and
  those of answers that are documented FluentCRM faults (see :mod:`conformance.known_faults`).

In destructive mode the guard only marks; nothing is redirected.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import Any

from schemathesis import Case, HookContext, Response
from schemathesis.core.failures import Failure
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

from conformance import automation_guard, platform_safety
from conformance.known_faults import KnownFaults
from conformance.ledger import Ledger
from conformance.policy import (
    PARTIAL_DELETES,
    is_documented_empty_body,
    is_missing_ids_rejection,
    is_missing_title_rejection,
    shows_absence,
)
from conformance.resources import (
    BODY_CONTACT_IDS,
    BODY_IDS,
    BULK_DELETE_CAMPAIGNS,
    BULK_DELETE_CONTACTS,
    BULK_DELETES,
    BULK_UPSERT_CONTACTS,
    CREATORS,
    DELETES_BY_ID,
    GLOBAL_SETTINGS_WRITE,
    MUTATES_BY_ID,
    NOTE_CREATOR,
    NOTE_ID_PATH,
    NOTE_WRITES,
    RELATION_KEYS,
    SENDING_BULK_ACTIONS,
    Kind,
    as_id,
    dig,
)
from conformance.site_settings import confine_global_settings

# Something that could be an existing contact's address; anything else cannot match a record on the site.
PLAUSIBLE_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NOTE_DELETES = frozenset({"deleteContactNote"})
CONTACT_DELETES = frozenset({"deleteContact"})
# Auto-increment ids start at 1, so no record has id 0.
NO_RECORD = 0
CONTACT_WRITES = frozenset({"createContact", "updateContact"})
TITLED_WRITES = frozenset(
    {
        "createList",
        "createTag",
        "updateList",
        "updateTag",
        "createCampaign",
        "updateCampaign",
        "updateCampaignByBody",
        "updateCampaignTitle",
    }
)
# Templates carry their title inside the `template` object.
TEMPLATE_WRITES = frozenset({"createTemplate", "updateTemplate"})
# Writes whose unique `name` (companies) gets the run's marker, so generated names never collide with another's.
NAMED_WRITES = frozenset({"createCompany", "updateCompany"})


def operation_id(case: Case) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


def is_negative(case: Case) -> bool:
    meta = case.meta
    return meta is not None and meta.generation.mode.is_negative


class Guard:
    """The hooks of one run, sharing its :class:`Ledger`; ``redirected``/``dropped`` count what it changed."""

    def __init__(self, ledger: Ledger, *, destructive: bool, known_faults: KnownFaults | None = None) -> None:
        self.ledger = ledger
        self.destructive = destructive
        self.known_faults = known_faults
        self.redirected = 0
        self.dropped = 0
        # Entries of the global settings option as they were before the run (from the settings snapshot); safe
        # mode lets `PUT /setting` write only these entries, and only with these values.
        self.stored_settings: dict[str, Any] = {}
        # Notes this run created and has not removed, with their contact (FluentCRM finds a note by its id alone,
        # so only these may be changed; one that is gone would be the documented `missing-note` crash).
        self._notes: dict[int, int | None] = {}
        self._notes_lock = threading.Lock()

    def install(self, schema: Any) -> None:
        schema.hooks.register_hook_with_name(self.filter_case, "filter_case")
        schema.hooks.register_hook_with_name(self.after_call, "after_call")
        schema.hooks.register_hook_with_name(self.filter_failure, "filter_failure")
        _ensure_router()
        with _GUARDS_LOCK:
            _GUARDS[id(schema)] = self

    def uninstall(self, schema: Any) -> None:
        with _GUARDS_LOCK:
            _GUARDS.pop(id(schema), None)

    # --- filter_failure ---------------------------------------------------------------------------------------
    def filter_failure(self, context: HookContext, failure: Failure, case: Case, response: Response) -> bool:
        """Keep every failure except the documented FluentCRM answers listed in :mod:`conformance.policy`, the
        emulator's documented 4xx in place of a FluentCRM fault (a valid request it refuses on purpose) and, unless
        the run is strict about them, the answers that are documented FluentCRM faults (reported apart)."""
        op = operation_id(case)
        if self.known_faults is not None and self.known_faults.is_known(op, case, response):
            return self.known_faults.strict
        checks = type(failure).checks
        if "response_schema_conformance" in checks and is_documented_empty_body(
            op, response.status_code, response.content
        ):
            return False
        try:
            body = response.json()
        except ValueError:
            body = response.content.decode(errors="replace").strip() if response.content else None
        if "ensure_resource_availability" in checks and self._removed_by_run(op, case):
            return False
        if "use_after_free" in checks:
            return op not in PARTIAL_DELETES and not shows_absence(op, response.status_code, body)
        if "positive_data_acceptance" in checks:
            return not (
                is_missing_title_rejection(op, case.query, case.body, response.status_code, body)
                or is_missing_ids_rejection(op, case.query, case.body, response.status_code, body)
                or (self.known_faults is not None and self.known_faults.is_stand_in(op, case, response))
            )
        return True

    def _removed_by_run(self, op: str, case: Case) -> bool:
        """A record the run created and then deleted, by its DELETE route or by a bulk action that schemathesis
        cannot see as a deletion: its 404 is the right answer, not a resource that went missing."""
        kind = MUTATES_BY_ID.get(op)
        record_id = as_id((case.path_parameters or {}).get("id"))
        return kind is not None and record_id is not None and self.ledger.removed(kind, record_id)

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
        elif op == BULK_DELETE_CONTACTS or op in BODY_CONTACT_IDS:
            keep = bool(self.ledger.owned(Kind.CONTACT))
        elif op == "campaignBulkAction":
            # Bulk `delete_campaigns` has FluentCRM's data-loss bug (see resources.DELETES_OTHERS_DATA).
            keep = not (isinstance(case.body, dict) and case.body.get("action_name") == BULK_DELETE_CAMPAIGNS)
        else:
            keep = True
        if op in BODY_CONTACT_IDS and isinstance(case.body, dict):
            keep = keep and case.body.get("action_name") not in SENDING_BULK_ACTIONS
        if not keep:
            self.dropped += 1
        return keep

    # --- before_call ------------------------------------------------------------------------------------------
    def map_case(self, context: HookContext | None, case: Case) -> Case:
        """Mark and confine ``case`` in place just before it is sent (the ``before_call`` hook)."""
        op = operation_id(case)
        negative = is_negative(case)
        if op in automation_guard.EMAIL_ACTIONS and not self.destructive and not isinstance(case.body, dict):
            # FluentCRM makes a new campaign from any body that is not an object; the guard sends one it can pin.
            case.body = {}
        if isinstance(case.body, dict):
            body = self._map_body(op, copy.deepcopy(case.body), negative)
            if body != case.body:
                case.body = body
        if isinstance(case.query, dict) and op in TITLED_WRITES and not negative:
            query = self._mark_titles(dict(case.query))
            if query != case.query:
                case.query = query
        platform_safety.strip_credentials(case)
        if not self.destructive:
            self._confine(op, case)
            if platform_safety.confine(op, case, self.ledger):
                self.redirected += 1
        return case

    def _map_body(self, op: str, body: dict[str, Any], negative: bool) -> dict[str, Any]:
        if op in CONTACT_WRITES:
            body = self._mark_contact(body, negative)
            # `PUT /subscribers/{id}` also accepts the fields wrapped in `subscriber`.
            if isinstance(body.get("subscriber"), dict):
                body["subscriber"] = self._mark_contact(body["subscriber"], negative)
        elif op == BULK_UPSERT_CONTACTS and isinstance(body.get("contacts"), list):
            body["contacts"] = [
                self._mark_contact(item, negative) if isinstance(item, dict) else item
                for item in body["contacts"]
            ]
        elif op in TITLED_WRITES and not negative:
            body = self._mark_titles(body)
        elif op in TEMPLATE_WRITES and not negative and isinstance(body.get("template"), dict):
            template = dict(body["template"])
            template["post_title"] = self.ledger.title()
            body["template"] = template
        elif op in NAMED_WRITES and not negative and isinstance(body.get("name"), str):
            body["name"] = self.ledger.title()
        elif automation_guard.handles(op):
            body = automation_guard.map_body(
                op, body, self.ledger, destructive=self.destructive, negative=negative
            )
        return body

    def _mark_contact(self, contact: dict[str, Any], negative: bool) -> dict[str, Any]:
        email = contact.get("email")
        # A negative case may be negative *because of* its e-mail; only a usable address is replaced.
        # Always a fresh address: schemathesis reuses values it saw in earlier responses, and a reused marker
        # would be a duplicate that the server rightly rejects.
        if "email" in contact and (not negative or (isinstance(email, str) and PLAUSIBLE_EMAIL.match(email))):
            contact["email"] = self.ledger.email()
        for key in list(contact):
            kind = RELATION_KEYS.get(key.removesuffix("[]"))
            if kind is None:
                continue
            if self.destructive:
                # A non-numeric entry creates a tag (or list) with that title, even in a request that is invalid
                # for another reason, so negative cases are marked too. `negative_data_rejection` is not enforced
                # on contact writes (see policy.NEGATIVE_ENFORCED), so a value made valid here hides nothing.
                contact[key] = self._marked_relations(contact[key])
            else:
                # Only the run's own ids survive; anything else (another id, a title that would create a tag)
                # is dropped, and so is the key when nothing is left.
                kept = self.ledger.only_owned(kind, _as_list(contact[key]))
                if kept:
                    contact[key] = kept
                else:
                    del contact[key]
        return contact

    def _marked_relations(self, value: object) -> object:
        if isinstance(value, list):
            return [self._marked_relation(item) for item in value]
        if isinstance(value, dict):
            return {name: self._marked_relation(item) for name, item in value.items()}
        return self._marked_relation(value)

    def _marked_relation(self, value: object) -> object:
        """A marked title in place of any scalar that is not an id: FluentCRM turns ``"AAA"``, ``true`` or ``1.5``
        into a new tag (or list) title, and only a marked title is found again by the cleanup."""
        if value is None or value == "" or isinstance(value, (dict, list)):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return value  # an id, existing or not; never a title
        if as_id(value) is not None:
            return value
        return self.ledger.title()

    def _mark_titles(self, values: dict[str, Any]) -> dict[str, Any]:
        if isinstance(values.get("title"), str):
            values["title"] = self.ledger.title()
        if isinstance(values.get("slug"), str):
            values["slug"] = self.ledger.title()
        return values

    def _confine(self, op: str, case: Case) -> None:
        if op == GLOBAL_SETTINGS_WRITE:
            confined = confine_global_settings(case.body, self.stored_settings)
            if confined != case.body:
                case.body = confined
                self.redirected += 1
        kind = MUTATES_BY_ID.get(op)
        if kind is not None and case.path_parameters:
            record_id = as_id(case.path_parameters.get("id"))
            if record_id is not None and not self.ledger.owns(kind, record_id):
                replacement = self.ledger.pick(kind, case.id)
                # With nothing of its own to aim at, the request goes to id 0: the route matches, no record does.
                case.path_parameters = {**case.path_parameters, "id": replacement or NO_RECORD}
                self.redirected += 1
        if op in BODY_IDS and isinstance(case.body, dict):
            confined_body = self._own_body_ids(op, case.body, case.id)
            if confined_body != case.body:
                case.body = confined_body
                self.redirected += 1
        if op in NOTE_WRITES and case.path_parameters:
            note_id = as_id(case.path_parameters.get("note_id"))
            with self._notes_lock:
                owned = note_id in self._notes
            if not owned:
                # No note has id 0, whichever contact the path names.
                case.path_parameters = {**case.path_parameters, "note_id": NO_RECORD}
                self.redirected += 1
        if op in BODY_CONTACT_IDS and isinstance(case.body, dict):
            for key in (BODY_CONTACT_IDS[op], BODY_CONTACT_IDS[op] + "[]"):
                if key in case.body:
                    confined = {**case.body, key: self._own_contacts(case.body[key], case.id)}
                    if confined != case.body:
                        case.body = confined
                        self.redirected += 1
        if op == BULK_DELETE_CONTACTS:
            # The ids may come in the query (`subscribers[]=`) or in a JSON body (`{"subscribers": [...]}`).
            for location in ("query", "body"):
                container = getattr(case, location)
                if not isinstance(container, dict):
                    continue
                confined = {
                    name: self._own_contacts(value, case.id) if name.startswith("subscriber") else value
                    for name, value in container.items()
                }
                if confined != container:
                    setattr(case, location, confined)
                    self.redirected += 1

    def _own_body_ids(self, op: str, body: dict[str, Any], salt: str) -> dict[str, Any]:
        """Only the run's own records in a body that names records (bulk actions, update-by-body)."""
        key, kind, many = BODY_IDS[op]
        if key not in body:
            return body
        kept = self.ledger.only_owned(kind, _as_list(body[key]))
        confined = dict(body)
        if many:
            confined[key] = kept or [self.ledger.pick(kind, salt) or NO_RECORD]
        elif kept:
            confined[key] = kept[0]
        elif op == "createTemplate":
            del confined[key]  # without an id of its own the request creates a (marked) template instead
        else:
            confined[key] = self.ledger.pick(kind, salt) or NO_RECORD
        return confined

    def _own_contacts(self, value: object, salt: str) -> list[int]:
        kept = self.ledger.only_owned(Kind.CONTACT, _as_list(value))
        return kept or [self.ledger.pick(Kind.CONTACT, salt) or NO_RECORD]

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
        params = case.path_parameters or {}
        if op == NOTE_CREATOR:
            note_id = as_id(dig(payload, NOTE_ID_PATH))
            if note_id is not None:
                with self._notes_lock:
                    self._notes[note_id] = as_id(params.get("id"))
        elif op in NOTE_DELETES or op in CONTACT_DELETES:
            self._forget_notes(op, params)
        self._collect_marked(payload)
        platform_safety.remember_upload(op, payload, self.ledger)
        if op == platform_safety.IMPORT and isinstance(case.body, dict) and payload.get("has_more") is False:
            self.ledger.record_consumed(str(case.body.get("file")))
        if op in automation_guard.EMAIL_ACTIONS and isinstance(payload, dict):
            campaign_id = as_id(payload.get("reference_campaign"))
            if campaign_id is not None:
                self.ledger.record_mail_campaign(campaign_id)
        if op in DELETES_BY_ID and case.path_parameters:
            record_id = as_id(case.path_parameters.get("id"))
            if record_id is not None:
                self.ledger.record_removed(MUTATES_BY_ID[op], record_id)
        if op in BULK_DELETES and isinstance(case.body, dict):
            action, key, kind = BULK_DELETES[op]
            if case.body.get("action_name") == action:
                for record_id in self.ledger.only_owned(kind, _as_list(case.body.get(key))):
                    self.ledger.record_removed(kind, record_id)

    def _forget_notes(self, op: str, params: dict[str, Any]) -> None:
        """A deleted note, or every note of a deleted contact, may no longer be named."""
        with self._notes_lock:
            if op in NOTE_DELETES:
                self._notes.pop(as_id(params.get("note_id")) or NO_RECORD, None)
            else:
                contact = as_id(params.get("id"))
                for note_id in [n for n, owner in self._notes.items() if owner == contact]:
                    del self._notes[note_id]

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


def _as_list(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return [value]


# schemathesis offers `before_call` only as a global hook; it looks up the guard of the request's schema here.
_GUARDS: dict[int, Guard] = {}
_GUARDS_LOCK = threading.Lock()
_ROUTER_INSTALLED = False


def _route_before_call(context: HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    with _GUARDS_LOCK:
        guard = _GUARDS.get(id(case.operation.schema))
    if guard is not None:
        guard.map_case(context, case)


def _ensure_router() -> None:
    global _ROUTER_INSTALLED
    with _GUARDS_LOCK:
        if not _ROUTER_INSTALLED:
            GLOBAL_HOOK_DISPATCHER.register_hook_with_name(_route_before_call, "before_call")
            _ROUTER_INSTALLED = True
