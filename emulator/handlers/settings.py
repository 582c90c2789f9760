"""``/setting/...``: site-wide settings, the diagnostic echo, log maintenance and the set-up helpers.

Settings objects are read and written through :mod:`emulator.settings_store`. Routes that would reach outside the
site on a real server (plugin installs, sharing an e-mail with the vendor) or run background work (``run_cron``)
answer as FluentCRM does without doing any of it; ``reset_db`` behaves like a site without development mode.
"""

from __future__ import annotations

import copy
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from emulator import errors
from emulator import settings_store as store
from emulator.context import Context, Reply
from emulator.pagination import paginator, parse_page
from emulator.routing import Route
from emulator.settings_forms import AUTO_SUBSCRIBE_FORMS
from emulator.taxonomy import as_items
from emulator.text import php_empty, php_string, sanitize_text_field

ACTIVATION_MARKERS = ("#activate_link#", "{{crm.activate_button")
FOOTER_MARKERS = ("##crm.unsubscribe_url##", "##crm.manage_subscription_url##")
CRON_HOOKS = (
    "fluentcrm_scheduled_every_minute_tasks",
    "fluentcrm_scheduled_hourly_tasks",
    "fluentcrm_scheduled_five_minute_tasks",
)
BOUNCE_SERVICES = {
    "ses": "Amazon SES",
    "mailgun": "Mailgun",
    "pepipost": "PepiPost",
    "postmark": "PostMark",
    "sendgrid": "SendGrid",
    "sparkpost": "SparkPost",
    "elasticemail": "Elastic Email",
    "postalserver": "Postal Server",
    "smtp2go": "SMTP2Go",
    "brevo": "Brevo (ex Sendinblue)",
}
LOG_TITLES = {
    "emails": "Email History Logs",
    "email_clicks": "Email clicks",
    "email_open": "Email Opens",
    "system_logs": "System Logs",
    "activity_logs": "Activity Logs",
}
NO_CRM_ACCESS = "Sorry, the provided user does not have FluentCRM access"
#: The largest `days_before` the spec allows: its cut-off (now - days * 86400) fits PHP's 64-bit integers with a
#: margin of some 180 years of clock time; a little above it FluentCRM's timestamp arithmetic overflows.
MAX_DAYS_BEFORE = 106_751_991_100_000


def _names(value: Any) -> list[str]:
    items = as_items(value)
    return [php_string(item) for item in items] if items is not None else []


def _missing(value: Any) -> bool:
    """FluentCRM's ``required`` rule: null, a blank string or an empty array (``"0"`` and ``0`` are present)."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, (list, dict)) and not value)


def _required(ctx: Context, *fields: str) -> None:
    missing = {
        field: {"required": f"The {field} field is required."} for field in fields if _missing(ctx.get(field))
    }
    if missing:
        raise errors.validation(missing)


# --- global settings -------------------------------------------------------------------------------------------
def get_global(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        stored = store.global_settings(conn)
    body: dict[str, Any] = {}
    for key in _names(ctx.get("settings_keys", [])):
        if key == "email_settings":
            email = stored.get("email_settings")
            body[key] = {**store.EMAIL_SETTINGS_DEFAULTS, **(email if isinstance(email, dict) else {})}
        elif key in stored:
            body[key] = stored[key]
    return Reply(body)


def save_global(ctx: Context) -> Reply:
    settings = ctx.json("settings", [])
    if isinstance(settings, list):
        settings = {str(index): value for index, value in enumerate(settings)}
    elif not isinstance(settings, dict):
        settings = {} if settings is None else {"0": settings}  # PHP's (array) cast of a scalar
    email = settings.get("email_settings")
    if "email_settings" in settings:
        footer = php_string(email.get("email_footer")) if isinstance(email, dict) else ""
        if not any(marker in footer for marker in FOOTER_MARKERS):
            raise errors.message(
                422,
                "##crm.manage_subscription_url## or ##crm.unsubscribe_url## string is required for compliance. "
                "Please include unsubscription or manage subscription link",
            )
    with ctx.db.write() as conn:
        stored = store.global_settings(conn)
        stored.update(settings)
        store.write_option(conn, store.GLOBAL_SETTINGS, stored)
    return Reply({"message": "Settings Updated"})


# --- set-up helpers --------------------------------------------------------------------------------------------
def complete_installation(ctx: Context) -> Reply:
    if ctx.get("share_essentials") == "yes":
        with ctx.db.write() as conn:
            store.write_option(conn, "_fluentcrm_share_essential", "yes")
    return Reply({"message": "Installation has been completed"})


def _installer(message: str, **extra: Any) -> Any:
    """A plugin install as on a site that cannot download: success claimed, ``is_installed`` false."""

    def handler(ctx: Context) -> Reply:
        return Reply(
            {**{key: value(ctx) for key, value in extra.items()}, "is_installed": False, "message": message}
        )

    return handler


def _admin_url(path: str) -> Any:
    return lambda ctx: ctx.site_url + "/wp-admin/" + path


install_fluentform = _installer(
    "Fluent Forms has been installed and activated",
    ff_config=lambda ctx: {
        "is_installed": False,
        "create_form_link": ctx.site_url + "/wp-admin/admin.php?page=fluent_forms#add=1",
    },
)
install_fluentsmtp = _installer(
    "FluentSMTP plugin has been installed and activated successfully",
    config_url=_admin_url("options-general.php?page=fluent-mail#/"),
)
install_fluentconnect = _installer("FluentConnect plugin has been installed and activated successfully")
install_fluent_support = _installer("Fluent Support plugin has been installed and activated successfully")


def reset_db(ctx: Context) -> Reply:
    raise errors.message(
        422,
        'Development mode is not activated. So you can not use this feature. You can define "FLUENTCRM_IS_DEV_FEATURES"'
        " in your wp-config to enable this feature",
    )


# --- double opt-in ---------------------------------------------------------------------------------------------
def _list_option(list_id: Any, key: str) -> str:
    return f"list:{php_string(list_id)}:{key}"


def get_double_optin(ctx: Context) -> Reply:
    list_id = ctx.get("list_id")
    with ctx.db.read() as conn:
        own = store.read_option(conn, _list_option(list_id, "double_optin_settings")) if list_id else None
        settings = own if own else store.merged(conn, store.DOUBLE_OPTIN, store.DOUBLE_OPTIN_DEFAULTS)
        follows_global = (
            store.read_option(conn, _list_option(list_id, "global_double_optin")) if list_id else None
        )
    body: dict[str, Any] = {"settings": settings}
    if list_id:
        body["global_double_optin"] = follows_global or "yes"
    if "settings_fields" in _names(ctx.get("with", [])):
        body["settings_fields"] = {
            key: {"type": widget, "label": label}
            for key, widget, label in (
                ("email_subject", "input-text-popper", "Email Subject"),
                ("email_pre_header", "input-text-popper", "Email Pre Header"),
                ("email_body", "wp-editor", "Email Body"),
                ("design_template", "image-radio", "Design Template"),
                ("after_confirmation_type", "input-radio", "After Confirmation Type"),
                ("after_confirm_message", "wp-editor", "After Confirmation Message"),
                ("after_conf_redirect_url", "input-text-popper", "Redirect URL"),
            )
        }
    return Reply(body)


def save_double_optin(ctx: Context) -> Reply:
    settings = ctx.json("settings")
    if not isinstance(settings, dict):
        # FluentCRM 2.9.84 crashes here (500); see the spec's fault `settings-not-an-object`.
        raise errors.validation({"settings": {"required": "The settings field is required."}})
    labels = {
        "email_subject": "Email Subject is required",
        "email_body": "Email Body is required",
        "after_confirm_message": "After Confirmation Message is required",
    }
    missing = {field: {"required": text} for field, text in labels.items() if _missing(settings.get(field))}
    if missing:
        raise errors.validation(missing)
    if not any(marker in php_string(settings["email_body"]) for marker in ACTIVATION_MARKERS):
        raise errors.message(422, "Email Body need to contains activation link")
    list_id = ctx.get("list_id")
    with ctx.db.write() as conn:
        if list_id:
            store.write_option(conn, _list_option(list_id, "double_optin_settings"), settings)
            follows_global = sanitize_text_field(ctx.get("global_double_optin"))
            if follows_global:
                store.write_option(conn, _list_option(list_id, "global_double_optin"), follows_global)
        else:
            store.write_option(conn, store.DOUBLE_OPTIN, settings)
    return Reply({"message": "Double Opt-in settings has been updated"})


# --- bounce handlers -------------------------------------------------------------------------------------------
def bounce_configs(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        key = store.bounce_key(conn)
    rest = ctx.site_url + "/wp-json/fluent-crm/v2/public/bounce_handler/"
    handlers = {}
    for service, label in BOUNCE_SERVICES.items():
        url = (
            f"{ctx.site_url}/index.php?fluentcrm=1&route=bounce_handler&provider=ses&verify_key={key}"
            if service == "ses"
            else f"{rest}{service}/handle/{key}"
        )
        handlers[service] = {
            "label": label,
            "webhook_url": url,
            "doc_url": f"https://fluentcrm.com/docs/bounce-handling-with-{service}/",
            "input_title": f"{label} Bounce Handler Webhook URL",
            "input_info": f"Please paste this URL into your {label}'s Webhook settings to enable Bounce Handling with FluentCRM",
        }
    return Reply({"bounce_settings": handlers, "fluentsmtp_info": False})


# --- automatic subscription ------------------------------------------------------------------------------------
def get_auto_subscribe(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        body: dict[str, Any] = {
            "registration_setting": store.merged(conn, store.REGISTRATION, store.REGISTRATION_DEFAULTS),
            "comment_settings": store.merged(conn, store.COMMENTS, store.COMMENT_DEFAULTS),
            "user_syncing_settings": store.merged(conn, store.USER_SYNC, store.USER_SYNC_DEFAULTS),
            "role_based_tagging_settings": {
                "status": "no",
                "tag_mappings": {role: {"add_tags": [], "remove_tags": []} for role in store.ROLES},
            },
        }
    if "fields" in _names(ctx.get("with", [])):
        body.update(copy.deepcopy(AUTO_SUBSCRIBE_FORMS))
    return Reply(body)


def save_auto_subscribe(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        for option, key in (
            (store.REGISTRATION, "registration_setting"),
            (store.COMMENTS, "comment_settings"),
            (store.USER_SYNC, "user_syncing_settings"),
        ):
            store.write_option(conn, option, ctx.get(key, []))
    return Reply({"message": "Settings has been updated"})


# --- compliance and experiments --------------------------------------------------------------------------------
def get_compliance(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        return Reply({"settings": store.merged(conn, store.COMPLIANCE, store.COMPLIANCE_DEFAULTS)})


def _known_keys(ctx: Context, defaults: dict[str, Any]) -> dict[str, Any]:
    """``Arr::only($request->all(), keys)``, each value through ``sanitize_text_field`` (ids stay integers)."""
    data: dict[str, Any] = {}
    for key in defaults:
        if key not in ctx.params:
            continue
        value = ctx.params[key]
        if key == "campaign_ids" and isinstance(value, list):
            data[key] = [int(item) if php_string(item).lstrip("-").isdigit() else 0 for item in value]
        else:
            data[key] = sanitize_text_field(value)
    return data


def save_compliance(ctx: Context) -> Reply:
    data = _known_keys(ctx, store.COMPLIANCE_DEFAULTS)
    with ctx.db.write() as conn:
        store.write_option(conn, store.COMPLIANCE, data)
    return Reply({"message": "Settings has been successfully updated", "settings": data or []})


def get_experiments(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        return Reply({"settings": store.experimental_settings(conn)})


def save_experiments(ctx: Context) -> Reply:
    data = _known_keys(ctx, store.EXPERIMENT_DEFAULTS)
    with ctx.db.write() as conn:
        store.mark_feature_tables(conn, data)
        store.write_option(conn, store.EXPERIMENTS, data)
    return Reply({"message": "Settings has been updated"})


def archive_campaigns(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        rows = conn.execute(
            "SELECT id, title, status, created_at, updated_at FROM campaigns ORDER BY id DESC"
        ).fetchall()
    campaigns = [
        {
            "id": row[0],
            "parent_id": None,
            "type": "campaign",
            "title": row[1],
            "available_urls": None,
            "slug": php_string(row[1]).lower().replace(" ", "-"),
            "status": row[2],
            "template_id": None,
            "email_subject": None,
            "email_pre_header": None,
            "email_body": None,
            "recipients_count": 0,
            "delay": "0",
            "utm_status": "0",
            "utm_source": None,
            "utm_medium": None,
            "utm_campaign": None,
            "utm_term": None,
            "utm_content": None,
            "design_template": None,
            "scheduled_at": None,
            "settings": None,
            "created_by": "1",
            "created_at": row[3],
            "updated_at": row[4],
        }
        for row in rows
    ]
    return Reply({"campaigns": campaigns})


# --- diagnostics and background tasks --------------------------------------------------------------------------
def echo(ctx: Context) -> Reply:
    return Reply({"message": "Valid", "params": ctx.params or []})


def cron_status(ctx: Context) -> Reply:
    events = [
        (CRON_HOOKS[0], "Scheduled Email Sending Tasks", 60),
        # FluentCRM labels the five-minute task with the hourly hook's name (FINDINGS B8); kept as the server does.
        (CRON_HOOKS[1], "Scheduled Email Processing", 300),
        (CRON_HOOKS[1], "Scheduled Automation Tasks", 3600),
    ]
    return Reply(
        {
            "cron_events": [
                {
                    "hook": hook,
                    "is_overdue": False,
                    "human_name": name,
                    "next_run": "1 min",
                    "interval": interval,
                }
                for hook, name, interval in events
            ],
            "server": {
                "memory_limit": "256MB",
                "usage_percent": "1.5",
                "max_execution_time": "30 seconds",
                "has_server_cron": False,
            },
        }
    )


def run_cron(ctx: Context) -> Reply:
    if ctx.get("hook") not in CRON_HOOKS:
        raise errors.message(422, "The provided hook name is not valid")
    # The emulator has no background work: nothing is due, so running a task changes nothing.
    return Reply({"message": "Selected CRON Event successfully ran"})


# --- REST keys and integrations --------------------------------------------------------------------------------
def list_rest_keys(ctx: Context) -> Reply:
    return Reply({"managers": [], "rest_keys": []})


def _no_manager_can(*fields: str) -> Any:
    """Like the free plugin: after validation, no user has FluentCRM manager access, so every key is refused."""

    def handler(ctx: Context) -> Reply:
        _required(ctx, *fields)
        raise errors.message(422, NO_CRM_ACCESS)

    return handler


create_rest_key = _no_manager_can("api_name", "api_user_id")
delete_rest_key = _no_manager_can("user_id", "uuid")


def list_integrations(ctx: Context) -> Reply:
    return Reply({"integrations": []})


def save_integration(ctx: Context) -> Reply:
    raise errors.message(422, "Sorry, the provided provider does not exist")


# --- old logs --------------------------------------------------------------------------------------------------
def _old_logs_request(ctx: Context) -> tuple[list[str], int, str]:
    errors_found: dict[str, dict[str, str]] = {}
    days = ctx.get("days_before")
    selected = ctx.get("selected_logs")
    if _missing(days):
        errors_found["days_before"] = {"required": "The days_before field is required."}
    else:
        text = php_string(days).strip()
        try:
            number = float(text)
        except ValueError:
            errors_found["days_before"] = {
                "numeric": "The days_before must be a number.",
                "min": "The days_before must be at least 7 characters.",
            }
        else:
            if number < 7:
                errors_found["days_before"] = {"min": "The days_before must be at least 7."}
    if _missing(selected):
        errors_found["selected_logs"] = {"required": "The selected_logs field is required."}
    if errors_found:
        raise errors.validation(errors_found)
    if not isinstance(selected, (list, dict)):
        # FluentCRM 2.9.84 crashes on a plain string (500); see the spec's fault `selected-logs-not-array`.
        raise errors.invalid_param("selected_logs", "selected_logs must be an array.")
    whole_days = int(float(php_string(days)))
    if whole_days > MAX_DAYS_BEFORE:
        # FluentCRM 2.9.84 crashes (500): the cut-off timestamp overflows; see the spec's fault `days-before-overflow`.
        raise errors.invalid_param("days_before", f"days_before must be at most {MAX_DAYS_BEFORE}.")
    whole_days = min(whole_days, 100_000)  # older than any row: a date Python can still compute
    cutoff = (datetime.now(UTC) - timedelta(days=whole_days)).strftime("%Y-%m-%d 00:00:01")
    return _names(selected), whole_days, cutoff


def _log_queries(conn: sqlite3.Connection, selected: list[str]) -> list[tuple[str, str]]:
    """(log name, the FROM/WHERE of its rows) for each selected log, in FluentCRM's order."""
    sources = {
        "emails": "FROM campaign_emails WHERE status = 'sent' AND created_at < ?",
        "email_clicks": "FROM campaign_url_metrics WHERE type = 'click' AND created_at < ?",
        "email_open": "FROM campaign_url_metrics WHERE type = 'open' AND created_at < ?",
        "system_logs": "FROM system_logs WHERE created_at < ?",
        "activity_logs": "FROM activity_logs WHERE created_at < ?",
    }
    chosen = [(name, sql) for name, sql in sources.items() if name in selected]
    if any(name == "activity_logs" for name, _ in chosen) and not store.feature_table_exists(
        conn, "activity_log"
    ):
        raise _missing_activity_table("select count(*) as aggregate from `wp_fc_activity_logs`")
    return chosen


def _missing_activity_table(sql: str) -> errors.ApiError:
    return errors.message(423, f"Table 'wordpress.wp_fc_activity_logs' doesn't exist (SQL: {sql})")


def count_old_logs(ctx: Context) -> Reply:
    selected, _, cutoff = _old_logs_request(ctx)
    with ctx.db.read() as conn:
        counts = [
            {
                "title": LOG_TITLES[name],
                "count": conn.execute("SELECT COUNT(*) " + sql, (cutoff,)).fetchone()[0],
            }
            for name, sql in _log_queries(conn, selected)
        ]
    return Reply({"log_counts": counts})


def delete_old_logs(ctx: Context) -> Reply:
    selected, days, cutoff = _old_logs_request(ctx)
    with ctx.db.write() as conn:
        has_more = False
        for _, sql in _log_queries(conn, selected):
            table = sql.split()[1]
            conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid {sql} LIMIT 10000)", (cutoff,))
            has_more = (
                has_more or conn.execute("SELECT 1 " + sql + " LIMIT 1", (cutoff,)).fetchone() is not None
            )
    return Reply(
        {"message": f"Logs older than {days} days have been deleted successfully", "has_more": has_more}
    )


# --- system and activity logs ----------------------------------------------------------------------------------
LOG_COLUMNS = {
    "system_logs": (
        "id",
        "subscriber_id",
        "parent_id",
        "created_by",
        "status",
        "type",
        "title",
        "description",
        "created_at",
        "updated_at",
    ),
    "activity_logs": (
        "id",
        "object_type",
        "object_id",
        "action",
        "source",
        "description",
        "activity_by",
        "created_at",
        "updated_at",
    ),
}
SEARCHED = {"system_logs": ("title", "description"), "activity_logs": ("action", "description")}
NUMERIC_COLUMNS = {"subscriber_id", "parent_id", "created_by", "object_id", "activity_by"}


def _log_page(ctx: Context, table: str) -> Reply:
    page = parse_page(ctx.params)
    search = sanitize_text_field(ctx.get("search"))
    where, args = "", []
    if search:
        where = " WHERE " + " OR ".join(f"{column} LIKE ?" for column in SEARCHED[table])
        args = [f"%{search}%"] * len(SEARCHED[table])
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM {table}{where}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT {', '.join(LOG_COLUMNS[table])} FROM {table}{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
    data = [
        {
            column: (php_string(value) if column in NUMERIC_COLUMNS and value is not None else value)
            for column, value in zip(LOG_COLUMNS[table], row, strict=True)
        }
        for row in rows
    ]
    body = paginator(page, total, data, ctx.paginator_path)
    # FluentCRM echoes `per_page` as it arrived in the query.
    if not php_empty(ctx.get("per_page")):
        body["per_page"] = php_string(ctx.get("per_page"))
    return Reply({"logs": body})


def list_system_logs(ctx: Context) -> Reply:
    return _log_page(ctx, "system_logs")


def clear_system_logs(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        conn.execute("DELETE FROM system_logs")
    return Reply({"message": "All logs has been deleted"})


def _require_activity_table(ctx: Context, sql: str) -> None:
    with ctx.db.read() as conn:
        if not store.feature_table_exists(conn, "activity_log"):
            raise _missing_activity_table(sql)


def list_activity_logs(ctx: Context) -> Reply:
    _require_activity_table(ctx, "select count(*) as aggregate from `wp_fc_activity_logs`")
    return _log_page(ctx, "activity_logs")


def clear_activity_logs(ctx: Context) -> Reply:
    _require_activity_table(ctx, "delete from `wp_fc_activity_logs` where `id` > 0")
    with ctx.db.write() as conn:
        conn.execute("DELETE FROM activity_logs")
    return Reply({"message": "All activity logs have been deleted"})


def routes() -> list[Route]:
    """The settings routes, methods in the order of the real server's ``Allow`` header."""
    return [
        Route(r"/setting", {"GET": get_global, "PUT": save_global}),
        Route(r"/setting/complete-installation", {"POST": complete_installation}),
        Route(r"/setting/double-optin", {"GET": get_double_optin, "PUT": save_double_optin}),
        Route(r"/setting/install-fluentform", {"POST": install_fluentform}),
        Route(r"/setting/install-fluentsmtp", {"POST": install_fluentsmtp}),
        Route(r"/setting/install-fluentconnect", {"POST": install_fluentconnect}),
        Route(r"/setting/install-fluent-support", {"POST": install_fluent_support}),
        Route(r"/setting/bounce_configs", {"GET": bounce_configs}, cacheable=False),
        Route(r"/setting/auto_subscribe_settings", {"GET": get_auto_subscribe, "POST": save_auto_subscribe}),
        Route(r"/setting/test", {"GET": echo, "PUT": echo, "POST": echo, "DELETE": echo}, cacheable=False),
        Route(r"/setting/reset_db", {"POST": reset_db}),
        Route(r"/setting/old_logs", {"GET": count_old_logs, "DELETE": delete_old_logs}, cacheable=False),
        Route(r"/setting/cron_status", {"GET": cron_status}),
        Route(r"/setting/run_cron", {"POST": run_cron}),
        Route(
            r"/setting/rest-keys", {"GET": list_rest_keys, "POST": create_rest_key, "DELETE": delete_rest_key}
        ),
        Route(r"/setting/integrations", {"GET": list_integrations, "POST": save_integration}),
        Route(r"/setting/compliance", {"GET": get_compliance, "POST": save_compliance}),
        Route(r"/setting/experiments", {"GET": get_experiments, "POST": save_experiments}),
        Route(r"/setting/experiments/campaigns", {"GET": archive_campaigns}),
        Route(r"/setting/system-logs", {"GET": list_system_logs}),
        Route(r"/setting/system-logs/reset", {"GET": clear_system_logs}, cacheable=False),
        Route(r"/setting/activity-logs", {"GET": list_activity_logs}),
        Route(r"/setting/activity-logs/reset", {"GET": clear_activity_logs}, cacheable=False),
    ]
