"""Site-wide settings: FluentCRM's option rows, their defaults on a fresh install, and the experimental switches.

Every settings object lives in the ``options`` table as JSON under the option name FluentCRM uses. A read merges
what is stored over the defaults (as FluentCRM's helpers do); a missing row means "never saved". Other resource
areas ask :func:`experiment_enabled` whether a feature switch such as ``company_module`` is on.
"""

from __future__ import annotations

import copy
import json
import secrets
import sqlite3
from typing import Any

GLOBAL_SETTINGS = "fluentcrm-global-settings"
COMPLIANCE = "_fluentcrm_compliance_settings"
EXPERIMENTS = "_fluentcrm_experimental_settings"
DOUBLE_OPTIN = "double_optin_settings"
REGISTRATION = "user_registration_subscribe_settings"
COMMENTS = "comment_form_subscribe_settings"
USER_SYNC = "user_syncing_settings"
BOUNCE_KEY = "_fc_bounce_key"
#: Feature tables an experimental switch creates the first time it is turned on, and keeps afterwards.
FEATURE_TABLES = {
    "company_module": "companies",
    "event_tracking": "event_tracking",
    "activity_log": "activity_logs",
}
_TABLE_CREATED = "_emulator_feature_table_"

#: What the installer stores in the global settings option.
GLOBAL_DEFAULTS: dict[str, Any] = {
    "campaign": {"from": {"name": "", "email": ""}},
    "email": {"emails_per_second": 4},
}
EMAIL_SETTINGS_DEFAULTS: dict[str, Any] = {
    "from_name": "",
    "from_email": "",
    "emails_per_second": 15,
    "email_footer": (
        "{{crm.business_name}}, {{crm.business_address}}<br>Don't like these emails? "
        '<a href="##crm.unsubscribe_url##">Unsubscribe</a> or '
        '<a href="##crm.manage_subscription_url##">Manage Email Subscriptions</a>'
    ),
    "pref_list_type": "no",
    "pref_list_items": [],
    "pref_form": "no",
    "pref_general": ["prefix", "first_name", "last_name"],
    "pref_custom": [],
}
COMPLIANCE_DEFAULTS: dict[str, Any] = {
    "anonymize_ip": "no",
    "delete_contact_on_user": "no",
    "personal_data_export": "yes",
    "one_click_unsubscribe": "no",
    "enable_gravatar": "no",
    "gravatar_fallback": "no",
}
EXPERIMENT_DEFAULTS: dict[str, Any] = {
    "quick_contact_navigation": "yes",
    "campaign_archive": "no",
    "campaign_group_by_month": "no",
    "campaign_search": "",
    "campaign_max_number": 50,
    "campaign_ids": [],
    "campaign_status": "archived",
    "classic_date_time": "no",
    "full_navigation": "no",
    "company_module": "no",
    "company_auto_logo": "no",
    "disable_visual_ai": "no",
    "multi_threading_emails": "no",
    "system_logs": "no",
    "event_tracking": "no",
    "abandoned_cart": "no",
    "activity_log": "no",
}
DOUBLE_OPTIN_DEFAULTS: dict[str, Any] = {
    "email_subject": "Please Confirm Subscription",
    "email_pre_header": "",
    "design_template": "simple",
    "email_body": (
        '<h2>Please Confirm Subscription</h2><p><a href="#activate_link#">Yes, subscribe me to the mailing '
        "list</a></p><p>If you received this email by mistake, simply delete it.</p>"
    ),
    "after_confirmation_type": "message",
    "after_confirm_message": (
        "<h2>Subscription Confirmed</h2><p>Your subscription to our list has been confirmed.</p>"
        "<p>Thank you for subscribing!</p>"
    ),
    "after_conf_redirect_url": "",
    "tag_based_redirect": "no",
    "tag_redirects": [{"field_key": [], "field_value": ""}],
}
REGISTRATION_DEFAULTS: dict[str, Any] = {
    "status": "no",
    "target_list": "",
    "target_tags": [],
    "double_optin": "no",
}
COMMENT_DEFAULTS: dict[str, Any] = {
    "status": "no",
    "checkbox_label": "Subscribe to newsletter",
    "auto_checked": "no",
    "target_list": "",
    "show_only_new": "yes",
    "target_tags": [],
    "double_optin": "yes",
}
USER_SYNC_DEFAULTS: dict[str, Any] = {"status": "no", "delete_contact_on_user_delete": "no"}
ROLES = ("administrator", "editor", "author", "contributor", "subscriber")


def read_option(conn: sqlite3.Connection, name: str) -> Any:
    """The stored value of an option, ``None`` when it was never saved."""
    row = conn.execute("SELECT value FROM options WHERE name = ?", (name,)).fetchone()
    return None if row is None else json.loads(row[0])


def bounce_key(conn: sqlite3.Connection) -> str:
    """The site's bounce key (``fcrm_`` and 14 hexadecimal digits), made and stored on first use as FluentCRM does.

    Call it inside a write transaction: the settings page and the public bounce handler may both be first.
    """
    key = read_option(conn, BOUNCE_KEY)
    if not key:
        key = "fcrm_" + secrets.token_hex(7)
        write_option(conn, BOUNCE_KEY, key)
    return str(key)


def write_option(conn: sqlite3.Connection, name: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO options (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, json.dumps(value, ensure_ascii=False)),
    )


def merged(conn: sqlite3.Connection, name: str, defaults: dict[str, Any]) -> dict[str, Any]:
    """Stored keys over a copy of the defaults (an empty or non-object row reads as the defaults)."""
    stored = read_option(conn, name)
    result = copy.deepcopy(defaults)
    if isinstance(stored, dict):
        result.update(stored)
    return result


def global_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    stored = read_option(conn, GLOBAL_SETTINGS)
    return stored if isinstance(stored, dict) else copy.deepcopy(GLOBAL_DEFAULTS)


def experimental_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    return merged(conn, EXPERIMENTS, EXPERIMENT_DEFAULTS)


def experiment_enabled(conn: sqlite3.Connection, name: str) -> bool:
    """Whether an experimental switch (``company_module``, ``event_tracking``, ``activity_log``...) is on."""
    return experimental_settings(conn).get(name) == "yes"


def feature_table_exists(conn: sqlite3.Connection, switch: str) -> bool:
    """Whether the switch was ever turned on: FluentCRM creates the feature's table then and never drops it."""
    return read_option(conn, _TABLE_CREATED + switch) is not None


def mark_feature_tables(conn: sqlite3.Connection, settings: dict[str, Any]) -> None:
    for switch, table in FEATURE_TABLES.items():
        if settings.get(switch) == "yes":
            write_option(conn, _TABLE_CREATED + switch, table)
