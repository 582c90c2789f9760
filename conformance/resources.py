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
    FUNNEL = "funnels"
    # A funnel of the run's own that alone receives e-mail steps: their hidden campaigns outlive a funnel deleted
    # with `DELETE /funnels/{id}`, so the run never deletes this one that way (the cleanup's bulk delete removes
    # the campaigns with it).
    MAIL_FUNNEL = "mail funnels"
    WEBHOOK = "webhooks"


# Collection path (relative to the API root) of each kind.
COLLECTION = {
    Kind.CONTACT: "/subscribers",
    Kind.LIST: "/lists",
    Kind.TAG: "/tags",
    Kind.FUNNEL: "/funnels",
    Kind.MAIL_FUNNEL: "/funnels",
    Kind.WEBHOOK: "/webhooks",
}


@dataclass(frozen=True)
class Creator:
    kind: Kind
    # JSON-pointer-like paths to the new record's id in a successful response, tried in order.
    id_paths: tuple[tuple[str, ...], ...]


CREATORS: dict[str, Creator] = {
    "createContact": Creator(Kind.CONTACT, (("contact", "id"),)),
    "createList": Creator(Kind.LIST, (("lists", "id"), ("item", "id"))),
    "createTag": Creator(Kind.TAG, (("lists", "id"), ("item", "id"))),
    "createFunnel": Creator(Kind.FUNNEL, (("funnel", "id"),)),
    "cloneFunnel": Creator(Kind.FUNNEL, (("funnel", "id"),)),
    "importFunnel": Creator(Kind.FUNNEL, (("funnel", "id"),)),
    "createFunnelFromTemplate": Creator(Kind.FUNNEL, (("funnel", "id"),)),
    "createWebhook": Creator(Kind.WEBHOOK, (("id",),)),
}

# Operations that change or remove the single record named by the `{id}` path parameter.
MUTATES_BY_ID: dict[str, Kind] = {
    "updateContact": Kind.CONTACT,
    "deleteContact": Kind.CONTACT,
    "updateList": Kind.LIST,
    "deleteList": Kind.LIST,
    "updateTag": Kind.TAG,
    "deleteTag": Kind.TAG,
    # Funnels: every write names the funnel in `{id}`; e-mail steps go to the run's mail funnel only.
    "updateFunnelStatus": Kind.FUNNEL,
    "deleteFunnel": Kind.FUNNEL,
    "cloneFunnel": Kind.FUNNEL,
    "changeFunnelTrigger": Kind.FUNNEL,
    "updateFunnelTitle": Kind.FUNNEL,
    "updateFunnelLabels": Kind.FUNNEL,
    "saveFunnelSequences": Kind.FUNNEL,
    "removeFunnelSubscribers": Kind.FUNNEL,
    "updateFunnelSubscriberStatus": Kind.FUNNEL,
    "syncFunnelNewSteps": Kind.FUNNEL,
    "saveFunnelEmailAction": Kind.MAIL_FUNNEL,
    "updateWebhook": Kind.WEBHOOK,
    "deleteWebhook": Kind.WEBHOOK,
}

DELETES_BY_ID = frozenset({"deleteContact", "deleteList", "deleteTag", "deleteFunnel", "deleteWebhook"})

# Writes that name their funnel in the body (`funnel_id`), and the kind of funnel they may touch.
FUNNEL_IN_BODY: dict[str, Kind] = {
    "saveFunnelSequencesFallback": Kind.FUNNEL,
    "saveFunnelEmailActionFallback": Kind.MAIL_FUNNEL,
}

# Operations that change records named elsewhere in the request (query ids, e-mails in a body).
BULK_DELETE_CONTACTS = "deleteContacts"
BULK_UPSERT_CONTACTS = "bulkAddUpdateContacts"

# Site-wide settings: no record of the run's own to confine them to, so they only run in destructive mode.
SITE_SETTINGS = frozenset({"updateContactCustomFields"})

# Operations a safe run never sends: they reach outside the site (the server calls a URL of the request: a test
# webhook, a remote automation template), create what the run cannot remove (a Fluent Forms form), or remove rows
# named by ids that cannot be confined to the run (funnel-subscriber rows of any funnel).
OUTSIDE_REACH = frozenset(
    {"sendFunnelTestWebhook", "createFunnelFromTemplate", "createForm", "removeFunnelSubscriberRows"}
)

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
