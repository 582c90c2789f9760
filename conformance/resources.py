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
    CAMPAIGN = "campaigns"
    TEMPLATE = "templates"
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
    Kind.CAMPAIGN: "/campaigns",
    Kind.TEMPLATE: "/templates",
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
    # A new campaign comes back as the bare model; a duplicate inside `campaign`.
    "createCampaign": Creator(Kind.CAMPAIGN, (("id",),)),
    "duplicateCampaign": Creator(Kind.CAMPAIGN, (("campaign", "id"),)),
    "createTemplate": Creator(Kind.TEMPLATE, (("template_id",),)),
    "duplicateTemplate": Creator(Kind.TEMPLATE, (("template_id",),)),
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
    # Every campaign route with an `{id}` either changes the campaign or, like `processing-stat` (a GET that
    # starts and sends due campaigns) and `duplicate` (whose copy would carry another campaign's title), must
    # only ever touch the run's own campaigns.
    "updateCampaign": Kind.CAMPAIGN,
    "deleteCampaign": Kind.CAMPAIGN,
    "saveCampaignStep": Kind.CAMPAIGN,
    "pauseCampaign": Kind.CAMPAIGN,
    "resumeCampaign": Kind.CAMPAIGN,
    "duplicateCampaign": Kind.CAMPAIGN,
    "updateCampaignTitle": Kind.CAMPAIGN,
    "subscribeCampaignRecipients": Kind.CAMPAIGN,
    "draftCampaignRecipients": Kind.CAMPAIGN,
    "deleteCampaignEmails": Kind.CAMPAIGN,
    "scheduleCampaign": Kind.CAMPAIGN,
    "unscheduleCampaign": Kind.CAMPAIGN,
    "getCampaignProcessingStat": Kind.CAMPAIGN,
    "resyncCampaignRevenues": Kind.CAMPAIGN,
    "updateCampaignLabels": Kind.CAMPAIGN,
    "updateTemplate": Kind.TEMPLATE,
    "deleteTemplate": Kind.TEMPLATE,
    "duplicateTemplate": Kind.TEMPLATE,
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

# Funnels: every write names the funnel in `{id}`; e-mail steps go to the run's mail funnel only.
MUTATES_BY_ID.update(
    {
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
)


# Operations that name their records in the body: `(body key, kind, is a list)`. Outside destructive mode only the
# run's own ids survive (`createTemplate`'s `template_id` would otherwise overwrite someone's template).
BODY_IDS: dict[str, tuple[str, Kind, bool]] = {
    "updateCampaignByBody": ("campaign_id", Kind.CAMPAIGN, False),
    "campaignBulkAction": ("campaign_ids", Kind.CAMPAIGN, True),
    "templateBulkAction": ("template_ids", Kind.TEMPLATE, True),
    "createTemplate": ("template_id", Kind.TEMPLATE, False),
}

# Operations that send e-mail or start sending. A run that is not destructive never sends them: there is no way to
# confine an e-mail to the run's own records. Scheduling is the same in FluentCRM (without a date it sends at
# once), and resuming restarts sending.
SENDS_EMAIL = frozenset({"sendCampaignTestEmail", "scheduleCampaign", "resumeCampaign"})

# Deleting campaign N in FluentCRM 2.9.84 also deletes the campaign e-mail whose id is N, whoever owns it (bug B1),
# so even the run's own campaigns are deleted only by the cleanup, which first checks that e-mail row.
DELETES_OTHERS_DATA = frozenset({"deleteCampaign"})
BULK_DELETE_CAMPAIGNS = "delete_campaigns"

# Bulk actions that delete the records named in the body: `(action_name, body key, kind)`. schemathesis only knows
# a record is gone after a DELETE on its path, so the guard records these removals itself.
BULK_DELETES: dict[str, tuple[str, str, Kind]] = {
    "templateBulkAction": ("delete_templates", "template_ids", Kind.TEMPLATE),
    "campaignBulkAction": (BULK_DELETE_CAMPAIGNS, "campaign_ids", Kind.CAMPAIGN),
}

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

DELETES_BY_ID = frozenset(
    {
        "deleteContact",
        "deleteList",
        "deleteTag",
        "deleteCampaign",
        "deleteTemplate",
        "deleteFunnel",
        "deleteWebhook",
    }
)

# Writes that name their funnel in the body (`funnel_id`), and the kind of funnel they may touch.
FUNNEL_IN_BODY: dict[str, Kind] = {
    "saveFunnelSequencesFallback": Kind.FUNNEL,
    "saveFunnelEmailActionFallback": Kind.MAIL_FUNNEL,
}

# Operations that change records named elsewhere in the request (query ids, e-mails in a body).
BULK_DELETE_CONTACTS = "deleteContacts"
BULK_UPSERT_CONTACTS = "bulkAddUpdateContacts"

# Site-wide settings: no record of the run's own to confine them to, and no way to delete a settings entry once
# written, so they only run in destructive mode (see conformance.site_settings).
SITE_SETTINGS = frozenset(
    {
        "updateContactCustomFields",
        "updateDoubleOptinSettings",
        "updateAutoSubscribeSettings",
        "updateComplianceSettings",
        "updateExperimentalSettings",
        "setTemplateGlobalStyle",
        "renameContactCustomFieldGroup",
        "updateCompanyCustomFields",
    }
)

# Operations with a site-wide effect that no cleanup can undo: plugin installs and the set-up wizard (downloads,
# sharing an e-mail with the vendor), running background tasks (which send e-mail), dropping every table,
# application passwords, add-on integrations, deleting logs, and the first read of the bounce settings (it
# creates the site's secret bounce key). Destructive mode only.
SITE_SIDE_EFFECTS = frozenset(
    {
        "completeInstallation",
        "installFluentForms",
        "installFluentSmtp",
        "installFluentConnect",
        "installFluentSupport",
        "runCronTask",
        "resetDatabase",
        "createRestKey",
        "deleteRestKey",
        "saveIntegration",
        "deleteOldLogs",
        "clearSystemLogs",
        "clearActivityLogs",
        "getBounceConfigs",
    }
)


# The one settings write safe mode sends: confined to stored entries and written back after the run.
GLOBAL_SETTINGS_WRITE = "updateGlobalSettings"

# Writes whose targets the guard cannot confine to the run's own records (or whose new records it cannot mark and
# find again): companies and their notes and contact links, labels, bulk tag and list creation and deletion, the
# company CSV import. A company bulk action with no ids even acts on the whole site. Destructive mode only.
UNCONFINED_WRITES = frozenset(
    {
        "createCompany",
        "updateCompany",
        "deleteCompany",
        "updateCompaniesProperty",
        "attachCompanyContacts",
        "detachCompanyContacts",
        "companiesBulkAction",
        "createCompanyNote",
        "updateCompanyNote",
        "deleteCompanyNote",
        "importCompaniesCsv",
        "createLabel",
        "updateLabel",
        "deleteLabel",
        "bulkCreateTags",
        "bulkDeleteTags",
        "bulkCreateLists",
        "bulkDeleteLists",
    }
)

# Contact operations a safe run never sends, with the reason: they send e-mail, or leave rows that no API call
# removes.
CONTACT_SIDE_EFFECTS: dict[str, str] = {
    "sendContactEmail": "sends an e-mail (and FluentCRM keeps a hidden campaign that outlives the contact)",
    "sendContactDoubleOptin": "sends the double opt-in e-mail",
    "trackContactEvent": "tracked events stay behind when their contact is deleted",
}

# What safe mode never sends because it writes site-wide state or has side effects no cleanup undoes.
DESTRUCTIVE_ONLY = SITE_SETTINGS | SITE_SIDE_EFFECTS | frozenset(CONTACT_SIDE_EFFECTS)

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
