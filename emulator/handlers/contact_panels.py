"""The contact profile's panels: data that integrations (commerce, forms, help desk, custom sections and
widgets) would provide, plus the clicked links and the experimental event tracking.

The free FluentCRM 2.9.84 has no integration installed, so each integration panel answers its empty default. The
panels differ only in their wrapper and in whether the contact is looked up first; they are declared once in
``INTEGRATION_PANELS`` and served by one handler each.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from emulator import errors, settings_store
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.contact_scope import caller_id, contact_or_404
from emulator.handlers.taxonomy_common import required_missing
from emulator.pagination import paginator, parse_page
from emulator.text import is_email, php_empty, php_string, sanitize_text_field


@dataclass(frozen=True)
class IntegrationPanel:
    """An answer an integration would fill in: the empty default FluentCRM starts from."""

    empty: dict[str, Any]
    #: ``findOrFail`` first (404 for a missing contact), or answer for any id.
    checks_contact: bool


TICKET_COLUMNS = {
    "id": {"label": "ID", "width": "100px"},
    "status": {"label": "Status", "width": "120px"},
    "Submitted at": {"label": "Submitted at", "width": "150px"},
    "action": {"label": "Action", "width": "150px"},
}
INTEGRATION_PANELS = {
    "purchase_history": IntegrationPanel({"orders": {"orders": [], "total": 0}}, checks_contact=True),
    "form_submissions": IntegrationPanel({"submissions": {"data": [], "total": 0}}, checks_contact=False),
    "support_tickets": IntegrationPanel(
        {"tickets": {"data": [], "total": 0, "columns_config": TICKET_COLUMNS}}, checks_contact=False
    ),
    "external_view": IntegrationPanel({"heading": "", "content_html": ""}, checks_contact=True),
    "info_widgets": IntegrationPanel(
        {"widgets": {"top_widgets": [], "other_widgets": [], "widgets_count": 0}}, checks_contact=True
    ),
}


def panel(name: str) -> Callable[[Context], Reply]:
    """The handler of one integration panel."""
    spec = INTEGRATION_PANELS[name]

    def handler(ctx: Context) -> Reply:
        if spec.checks_contact:
            with ctx.db.read() as conn:
                contact_or_404(ctx, conn)
        return Reply(copy.deepcopy(spec.empty))

    handler.__name__ = name
    return handler


def info_widgets(ctx: Context) -> Reply:
    """All widgets, or with ``by_widget`` the first one of that kind; no integration provides any."""
    if php_empty(ctx.get("by_widget")):
        return panel("info_widgets")(ctx)
    with ctx.db.read() as conn:
        contact_or_404(ctx, conn)
    return Reply({"widget": {"content": "No content found"}})


def save_external_view(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        contact_or_404(ctx, conn)
    raise errors.message(422, "Handled could not be found.")


# --- clicked links ------------------------------------------------------------------------------------------
URL_METRIC_COLUMNS = frozenset(
    {"id", "campaign_id", "subscriber_id", "type", "url", "created_at", "updated_at", "counter"}
)


def url_metrics(ctx: Context) -> Reply:
    """The contact's clicks, one row per link and campaign with its count (``counter`` as a string)."""
    page = parse_page(ctx.params)
    sort_by = php_string(ctx.get("sort_by", "id")) or "id"
    sort_type = php_string(ctx.get("sort_type", "DESC")).upper() or "DESC"
    with ctx.db.read() as conn:
        contact = contact_or_404(ctx, conn)
        if sort_by not in URL_METRIC_COLUMNS or sort_type not in ("ASC", "DESC"):
            raise errors.message(
                423,
                f"Unknown column '{sort_by}' in 'ORDER BY' (SQL: select * from `wp_fc_campaign_url_metrics` where"
                f" `subscriber_id` = {contact['id']} and `type` = 'click' order by `{sort_by}` {sort_type.lower()}"
                f" limit {page.size} offset {page.offset})",
            )
        grouped = (
            "SELECT MIN(id) AS id, campaign_id, subscriber_id, type, url, MIN(created_at) AS created_at,"
            " MAX(created_at) AS updated_at, COUNT(*) AS counter FROM campaign_url_metrics"
            " WHERE subscriber_id = ? AND type = 'click'"
            " GROUP BY campaign_id, url"
        )
        total = conn.execute(f"SELECT COUNT(*) FROM ({grouped})", (contact["id"],)).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM ({grouped}) ORDER BY {sort_by} {sort_type} LIMIT ? OFFSET ?",
            (contact["id"], page.limit, page.offset),
        ).fetchall()
    data = [{"url": row["url"], "count": str(row["counter"])} for row in rows]
    return Reply({"urlMetrics": paginator(page, total, data, ctx.paginator_path)})


# --- event tracking -----------------------------------------------------------------------------------------
NOT_ENABLED = {"message": "Event Tracker is not enabled", "error_code": "not_enabled"}


def _tracking_enabled(ctx: Context) -> bool:
    with ctx.db.read() as conn:
        return settings_store.experiment_enabled(conn, "event_tracking")


def _event(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "subscriber_id": str(row["subscriber_id"]),
        "counter": str(row["counter"]),
        "created_by": None if row["created_by"] is None else str(row["created_by"]),
        "provider": row["provider"],
        "event_key": row["event_key"],
        "title": row["title"],
        "value": row["value"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def tracking_events(ctx: Context) -> Reply:
    if not _tracking_enabled(ctx):
        raise errors.ApiError(422, dict(NOT_ENABLED))
    page = parse_page(ctx.params)
    with ctx.db.read() as conn:
        contact = contact_or_404(ctx, conn)
        total = conn.execute(
            "SELECT COUNT(*) FROM event_tracking WHERE subscriber_id = ?", (contact["id"],)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT * FROM event_tracking WHERE subscriber_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (contact["id"], page.limit, page.offset),
        ).fetchall()
    return Reply({"events": paginator(page, total, [_event(row) for row in rows], ctx.paginator_path)})


def track_event(ctx: Context) -> Reply:
    problems = {
        field: {"required": f"The {field} field is required."}
        for field in ("event_key", "title")
        if required_missing(ctx.get(field)) or isinstance(ctx.get(field), (list, dict))
    }
    if problems:
        raise errors.validation(problems)
    if not _tracking_enabled(ctx):
        raise errors.ApiError(422, dict(NOT_ENABLED))
    key, title = sanitize_text_field(ctx.get("event_key")), sanitize_text_field(ctx.get("title"))
    value = ctx.get("value")
    repeatable = ctx.get("repeatable", True) not in (False, "false", "0", 0, "no")
    with ctx.db.write() as conn:
        email = php_string(ctx.get("email")).strip()
        if not php_empty(ctx.get("subscriber_id")):
            contact = conn.execute(
                "SELECT id FROM subscribers WHERE id = ?", (php_string(ctx.get("subscriber_id")),)
            ).fetchone()
        elif is_email(email):
            contact = conn.execute(
                "SELECT id FROM subscribers WHERE email = ? COLLATE NOCASE", (email,)
            ).fetchone()
        else:
            contact = None
        if contact is None:
            raise errors.ApiError(
                422, {"message": "Subscriber not found", "error_code": "subscriber_not_found"}
            )
        stamp = now_mysql()
        existing = conn.execute(
            "SELECT id FROM event_tracking WHERE subscriber_id = ? AND event_key = ? ORDER BY id DESC LIMIT 1",
            (contact["id"], key),
        ).fetchone()
        stored_value = None if value is None else php_string(value)
        if existing is not None and repeatable:
            conn.execute(
                "UPDATE event_tracking SET counter = counter + 1, title = ?, value = ?, updated_at = ? WHERE id = ?",
                (title, stored_value, stamp, existing["id"]),
            )
            event_id = int(existing["id"])
        else:
            cursor = conn.execute(
                "INSERT INTO event_tracking (subscriber_id, counter, created_by, provider, event_key, title, value,"
                " created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
                (
                    contact["id"],
                    caller_id(ctx, conn),
                    sanitize_text_field(ctx.get("provider")) or "custom",
                    key,
                    title,
                    stored_value,
                    stamp,
                    stamp,
                ),
            )
            event_id = int(cursor.lastrowid or 0)
    return Reply({"message": "Event has been tracked", "id": event_id})
