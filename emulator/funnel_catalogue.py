"""The fixed catalogues of the free FluentCRM plugin that the funnel and form routes print.

FluentCRM builds them from WordPress filters; with only the free plugin active they are the same on every site, so
the emulator keeps them as data: the ten funnel triggers (only ``user_register`` usable without FluentCRM Pro), the
editor blocks, and the three opt-in form templates. Texts are short descriptions of the emulator's own; keys, types
and flags follow what FluentCRM 2.9.84 sends.
"""

from __future__ import annotations

import json
from typing import Any

_PRO_TRIGGERS = {
    "fluentcrm_contact_added_to_lists": (
        "CRM",
        "List Applied",
        "fc-icon-list_applied_2",
        "A list was added to a contact",
    ),
    "fluentcrm_contact_removed_from_lists": (
        "CRM",
        "List Removed",
        "fc-icon-list_removed",
        "A list was removed from a contact",
    ),
    "fluentcrm_contact_added_to_tags": (
        "CRM",
        "Tag Applied",
        "fc-icon-tag_applied",
        "A tag was added to a contact",
    ),
    "fluentcrm_contact_removed_from_tags": (
        "CRM",
        "Tag Removed",
        "fc-icon-tag_removed",
        "A tag was removed from a contact",
    ),
    "fluent_crm/contact_birthday": ("CRM", "Contact's Birthday", "", "Starts on a contact's birthday"),
    "fluent_crm/contact_created": ("CRM", "Contact Created", "", "A contact was added"),
    "fluent_crm/company_applied": ("CRM", "Company Applied", "", "A company was added to a contact"),
    "fluent_crm/company_removed": ("CRM", "Company Removed", "", "A company was removed from a contact"),
    "user_login": ("WordPress Triggers", "User Login", "", "A WordPress user logged in"),
}


def triggers() -> dict[str, dict[str, Any]]:
    """Every trigger by name; all but ``user_register`` carry ``disabled: true`` in the free plugin."""
    catalogue: dict[str, dict[str, Any]] = {
        "user_register": {
            "category": "WordPress Triggers",
            "label": "New User Sign Up",
            "description": "Starts when a new WordPress user registers",
            "icon": "fc-icon-wp_new_user_signup",
        }
    }
    for name, (category, label, icon, description) in _PRO_TRIGGERS.items():
        catalogue[name] = {
            "category": category,
            "label": label,
            "icon": icon,
            "description": description,
            "disabled": True,
        }
    return catalogue


#: Free actions (with default settings) and Pro-only blocks (``is_pro``), by action name.
_FREE_ACTIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "fluentcrm_wait_times": (
        "CRM",
        "Wait X Days/Hours",
        {"wait_type": "unit_wait", "wait_time_amount": "", "wait_time_unit": "days"},
    ),
    "add_contact_to_list": ("CRM", "Apply List", {"lists": []}),
    "add_contact_to_tag": ("CRM", "Apply Tag", {"tags": []}),
    "detach_contact_from_list": ("CRM", "Remove From List", {"lists": []}),
    "detach_contact_from_tag": ("CRM", "Remove From Tag", {"tags": []}),
    "send_custom_email": (
        "Email",
        "Send Custom Email",
        {"reference_campaign": "", "send_email_to_type": "contact"},
    ),
}
_PRO_BLOCKS = {
    "end_this_funnel": ("action", "End This Funnel Here"),
    "outgoing_webhook": ("action", "Outgoing Webhook"),
    "update_contact_property": ("action", "Update Contact Property"),
    "fcrm_has_contact_tag": ("conditional", "Check Contact's Tags"),
    "fluencrm_benchmark_link_clicked": ("benchmark", "Link Click"),
}


def blocks() -> dict[str, dict[str, Any]]:
    """The editor's block catalogue (``with[]=blocks``)."""
    catalogue: dict[str, dict[str, Any]] = {}
    for name, (category, title, settings) in _FREE_ACTIONS.items():
        catalogue[name] = {
            "category": category,
            "title": title,
            "description": title,
            "icon": "",
            "settings": dict(settings),
            "type": "action",
        }
    for name, (kind, title) in _PRO_BLOCKS.items():
        catalogue[name] = {"title": title, "description": title, "icon": "", "is_pro": True, "type": kind}
    return catalogue


def block_fields() -> dict[str, dict[str, Any]]:
    """The editor forms of the free actions (``with[]=block_fields``); their fields are editor data."""
    return {
        name: {
            "title": title,
            "sub_title": title,
            "fields": {key: {"type": "input-text", "label": key} for key in settings},
        }
        for name, (_category, title, settings) in _FREE_ACTIONS.items()
    }


def _form_fields(*inputs: str) -> str:
    fields = [
        {"index": index, "element": element, "attributes": {"name": element}}
        for index, element in enumerate(inputs)
    ]
    return json.dumps({"fields": fields, "submitButton": {"element": "button"}}, separators=(",", ":"))


def form_templates(site_url: str) -> dict[str, dict[str, Any]]:
    """The three opt-in form templates ``GET /forms/templates`` lists."""
    images = site_url + "/wp-content/plugins/fluent-crm/assets/images/forms/"
    return {
        "inline_subscribe": {
            "label": "Inline Opt-in Form",
            "image": images + "form_1.svg",
            "id": "inline_subscribe",
            "form_fields": _form_fields("input_email"),
            "custom_css": ".fluent_form_FF_ID { position: relative; }",
            "map_fields": {"email": "email"},
        },
        "simple_optin": {
            "label": "Simple Opt-in Form",
            "image": images + "form_2.svg",
            "id": "simple_optin",
            "form_fields": _form_fields("input_email"),
            "custom_css": "",
            "map_fields": {"email": "email"},
        },
        "with_name_subscribe": {
            "label": "Subscription Form",
            "image": images + "form_3.svg",
            "id": "with_name_subscribe",
            "form_fields": _form_fields("input_name", "input_email"),
            "custom_css": "",
            "map_fields": {
                "email": "email",
                "first_name": "{inputs.names.first_name}",
                "last_name": "{inputs.names.last_name}",
            },
        },
    }


#: The contact fields an incoming webhook may fill, by key and label, in FluentCRM's order.
WEBHOOK_FIELDS = [
    {"key": key, "field": label}
    for key, label in (
        ("prefix", "Name Prefix"),
        ("first_name", "First Name"),
        ("last_name", "Last Name"),
        ("full_name", "Full Name"),
        ("email", "Email"),
        ("timezone", "Timezone"),
        ("address_line_1", "Address Line 1"),
        ("address_line_2", "Address Line 2"),
        ("city", "City"),
        ("state", "State"),
        ("postal_code", "Postal Code"),
        ("country", "Country"),
        ("ip", "IP Address"),
        ("phone", "Phone"),
        ("source", "Source"),
        ("date_of_birth", "Date of Birth (Y-m-d Format only)"),
    )
]
