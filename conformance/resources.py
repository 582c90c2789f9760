"""Which operations create, read, change or remove which kind of record, and where the new id is in a response.

The names are the project's fixed operation ids; the response paths follow the recordings (a created tag comes back
under ``lists``, like a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

ASCII_DIGITS = re.compile(r"[0-9]+")


class Kind(StrEnum):
    CONTACT = "contacts"
    LIST = "lists"
    TAG = "tags"


# Collection path (relative to the API root) of each kind.
COLLECTION = {Kind.CONTACT: "/subscribers", Kind.LIST: "/lists", Kind.TAG: "/tags"}


@dataclass(frozen=True)
class Creator:
    kind: Kind
    # JSON-pointer-like paths to the new record's id in a successful response, tried in order.
    id_paths: tuple[tuple[str, ...], ...]


CREATORS: dict[str, Creator] = {
    "createContact": Creator(Kind.CONTACT, (("contact", "id"),)),
    "createList": Creator(Kind.LIST, (("lists", "id"), ("item", "id"))),
    "createTag": Creator(Kind.TAG, (("lists", "id"), ("item", "id"))),
}

# Operations that change or remove the single record named by the `{id}` path parameter.
MUTATES_BY_ID: dict[str, Kind] = {
    "updateContact": Kind.CONTACT,
    "deleteContact": Kind.CONTACT,
    "updateList": Kind.LIST,
    "deleteList": Kind.LIST,
    "updateTag": Kind.TAG,
    "deleteTag": Kind.TAG,
}

# The contact sub-resources: their `{id}` is a contact, and they change that contact's notes, e-mails or panels.
MUTATES_BY_ID.update(
    {
        "createContactNote": Kind.CONTACT,
        "updateContactNote": Kind.CONTACT,
        "deleteContactNote": Kind.CONTACT,
        "deleteContactEmails": Kind.CONTACT,
        "saveContactExternalView": Kind.CONTACT,
    }
)

DELETES_BY_ID = frozenset({"deleteContact", "deleteList", "deleteTag"})

# FluentCRM finds a note by `{note_id}` alone, whatever contact the path names, so these may only name notes the run
# created itself (`createContactNote` answers the new id under `note.id`).
NOTE_CREATOR = "createContactNote"
NOTE_ID_PATH = ("note", "id")
NOTE_WRITES = frozenset({"updateContactNote", "deleteContactNote"})

# Operations that name the contacts they change in a body list: operation -> body key (`key[]` in a form body).
BODY_CONTACT_IDS: dict[str, str] = {
    "updateContactsProperty": "subscribers",
    "syncContactSegments": "subscribers",
    "runContactsBulkAction": "subscriber_ids",
}
# Bulk actions that send e-mail; a safe run never asks for them.
SENDING_BULK_ACTIONS = frozenset({"send_double_optin"})

# Operations that change records named elsewhere in the request (query ids, e-mails in a body).
BULK_DELETE_CONTACTS = "deleteContacts"
BULK_UPSERT_CONTACTS = "bulkAddUpdateContacts"

# Site-wide settings: no record of the run's own to confine them to, so they only run in destructive mode.
SITE_SETTINGS = frozenset({"updateContactCustomFields"})

# Not run in safe mode either, with the reason: they send e-mail, or leave rows that no API call removes.
DESTRUCTIVE_ONLY: dict[str, str] = {
    "sendContactEmail": "sends an e-mail (and FluentCRM keeps a hidden campaign that outlives the contact)",
    "sendContactDoubleOptin": "sends the double opt-in e-mail",
    "trackContactEvent": "tracked events stay behind when their contact is deleted",
}

# Body keys of contact writes that point at tags or lists by id (or, for non-numeric values, create tags by title).
RELATION_KEYS: dict[str, Kind] = {
    "tags": Kind.TAG,
    "lists": Kind.LIST,
    "attach_tags": Kind.TAG,
    "detach_tags": Kind.TAG,
    "attach_lists": Kind.LIST,
    "detach_lists": Kind.LIST,
}


def dig(document: object, path: tuple[str, ...]) -> object:
    """Follow ``path`` through nested mappings; ``None`` when any step is missing."""
    node = document
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def as_id(value: object) -> int | None:
    """An integer record id from an int or a digit string (path parameters arrive as either)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    # `str.isdigit` also accepts superscripts and other Unicode digits that `int` cannot parse.
    if isinstance(value, str) and ASCII_DIGITS.fullmatch(value):
        number = int(value)
        return number if number > 0 else None
    return None
