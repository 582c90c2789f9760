"""Campaigns as FluentCRM stores them: a row of ``campaigns`` (shared with the reports) plus ``campaign_details``.

This module turns the two rows into the JSON FluentCRM prints, resolves a campaign's recipient selection into
contacts, and "sends": every message goes into the ``outbox`` table, which tests read through the test API. Nothing
ever leaves the machine.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from emulator.context import now_mysql

LIST_TYPE = "FluentCrm\\App\\Models\\Lists"
TAG_TYPE = "FluentCrm\\App\\Models\\Tag"
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
DEFAULT_TEMPLATE_CONFIG: dict[str, Any] = {
    "content_width": 700,
    "content_padding": 20,
    "headings_font_family": "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    "text_color": "#202020",
    "link_color": "",
    "body_bg_color": "#FAFAFA",
    "content_bg_color": "#FFFFFF",
    "footer_text_color": "#202020",
    "content_font_family": "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
    "paragraph_color": "",
    "paragraph_font_size": "",
    "paragraph_font_family": "",
    "paragraph_line_height": "",
    "headings_color": "#202020",
}


def default_settings() -> dict[str, Any]:
    """What ``Campaign::create`` stores: every contact, instant sending, the default design."""
    return {
        "mailer_settings": {
            "from_name": "",
            "from_email": "",
            "reply_to_name": "",
            "reply_to_email": "",
            "is_custom": "no",
        },
        "subscribers": [{"list": "all", "tag": "all"}],
        "excludedSubscribers": [{"list": None, "tag": None}],
        "sending_filter": "list_tag",
        "dynamic_segment": {"id": "", "slug": ""},
        "advanced_filters": [[]],
        "template_config": dict(DEFAULT_TEMPLATE_CONFIG),
        "sending_type": "instant",
        "is_transactional": "no",
    }


def find(conn: sqlite3.Connection, campaign_id: int) -> sqlite3.Row | None:
    """A campaign of type ``campaign`` (reports' own archived rows have no details and are not campaigns here)."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT c.id, c.title, c.status, c.created_at, c.updated_at, d.* FROM campaigns c"
        " JOIN campaign_details d ON d.campaign_id = c.id WHERE c.id = ?",
        (campaign_id,),
    ).fetchone()
    return row


def title_taken(conn: sqlite3.Connection, title: str, except_id: int = 0) -> bool:
    found = conn.execute("SELECT 1 FROM campaigns WHERE title = ? AND id != ?", (title, except_id)).fetchone()
    return found is not None


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    stamp = now_mysql()
    cursor = conn.execute(
        "INSERT INTO campaigns (title, status, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (values["title"], values.get("status", "draft"), stamp, stamp),
    )
    campaign_id = int(cursor.lastrowid or 0)
    conn.execute(
        "INSERT INTO campaign_details (campaign_id, slug, template_id, email_subject, email_pre_header, email_body,"
        " utm, design_template, settings, created_by, label_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            campaign_id,
            values["slug"],
            values.get("template_id"),
            values.get("email_subject"),
            values.get("email_pre_header"),
            values.get("email_body", ""),
            json.dumps(values.get("utm", {})),
            values.get("design_template", "simple"),
            json.dumps(values.get("settings", default_settings())),
            values.get("created_by", 1),
            json.dumps(values.get("label_ids", [])),
        ),
    )
    return campaign_id


def update(conn: sqlite3.Connection, campaign_id: int, **columns: Any) -> None:
    """Change columns of either table; ``title`` and ``status`` live in ``campaigns``, the rest in the details."""
    stamp = now_mysql()
    core = {key: columns.pop(key) for key in ("title", "status") if key in columns}
    assignments = ", ".join(f"{key} = ?" for key in core)
    conn.execute(
        f"UPDATE campaigns SET {assignments + ', ' if assignments else ''}updated_at = ? WHERE id = ?",
        (*core.values(), stamp, campaign_id),
    )
    if columns:
        encoded = {
            key: json.dumps(value) if key in ("settings", "utm", "label_ids") else value
            for key, value in columns.items()
        }
        conn.execute(
            "UPDATE campaign_details SET "
            + ", ".join(f"{key} = ?" for key in encoded)
            + " WHERE campaign_id = ?",
            (*encoded.values(), campaign_id),
        )


def settings_of(row: sqlite3.Row) -> Any:
    return json.loads(row["settings"]) if row["settings"] is not None else None


def render(row: sqlite3.Row) -> dict[str, Any]:
    """The campaign as FluentCRM reads it back: columns in table order, numeric columns as strings of digits."""
    utm = json.loads(row["utm"])
    return {
        "id": row["id"],
        "parent_id": None,
        "type": row["type"],
        "title": row["title"],
        "available_urls": None,
        "slug": row["slug"],
        "status": row["status"],
        "template_id": row["template_id"],
        "email_subject": row["email_subject"],
        "email_pre_header": row["email_pre_header"],
        "email_body": row["email_body"],
        "recipients_count": row["recipients_count"],
        "delay": "0",
        "utm_status": str(utm.get("utm_status", 0)),
        **{key: utm.get(key) for key in UTM_KEYS},
        "design_template": row["design_template"],
        "scheduled_at": row["scheduled_at"],
        "settings": settings_of(row),
        "created_by": str(row["created_by"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def render_created(row: sqlite3.Row) -> dict[str, Any]:
    """The freshly inserted model: only the columns that were set, ``created_by`` still an integer."""
    full = render(row)
    keys = (
        "title",
        "email_body",
        "status",
        "type",
        "design_template",
        "slug",
        "settings",
        "updated_at",
        "created_at",
        "id",
    )
    return {**{key: full[key] for key in keys}, "created_by": row["created_by"]}


def recipients(conn: sqlite3.Connection, settings: Any) -> list[sqlite3.Row]:
    """The subscribed contacts a ``list_tag`` selection matches (another filter matches nobody here)."""
    if not isinstance(settings, dict) or settings.get("sending_filter", "list_tag") != "list_tag":
        return []
    rows = settings.get("subscribers")
    if not isinstance(rows, list) or not rows:
        rows = [{"list": "all", "tag": "all"}]
    found: dict[int, sqlite3.Row] = {}
    for selection in rows:
        if not isinstance(selection, dict):
            continue
        clauses, args = ["s.status = 'subscribed'"], []
        for key, object_type in (("list", LIST_TYPE), ("tag", TAG_TYPE)):
            value = selection.get(key)
            if value not in (None, "", "all"):
                clauses.append(
                    "EXISTS (SELECT 1 FROM subscriber_pivot p WHERE p.subscriber_id = s.id"
                    " AND p.object_type = ? AND p.object_id = ?)"
                )
                args += [object_type, str(value)]
        for contact in conn.execute(
            f"SELECT s.* FROM subscribers s WHERE {' AND '.join(clauses)} ORDER BY s.id", args
        ):
            found[contact["id"]] = contact
    return list(found.values())


def deliver(
    conn: sqlite3.Connection,
    kind: str,
    campaign_id: int | None,
    to: str,
    subject: str | None,
    body: str | None,
) -> None:
    """Put one message in the outbox: the only place the emulator ever "sends" to."""
    conn.execute(
        "INSERT INTO outbox (kind, campaign_id, to_email, subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, campaign_id, to, subject, body, now_mysql()),
    )


def send_now(conn: sqlite3.Connection, row: sqlite3.Row) -> int:
    """Send a campaign to its recipients at once: e-mail rows marked ``sent``, messages in the outbox, archived."""
    stamp = now_mysql()
    contacts = recipients(conn, settings_of(row))
    for contact in contacts:
        conn.execute(
            "INSERT INTO campaign_emails (campaign_id, subscriber_id, email_address, status, is_open, scheduled_at,"
            " created_at, updated_at) VALUES (?, ?, ?, 'sent', 0, ?, ?, ?)",
            (row["id"], contact["id"], contact["email"], stamp, stamp, stamp),
        )
        deliver(conn, "campaign", row["id"], contact["email"], row["email_subject"], row["email_body"])
    update(conn, row["id"], status="archived", recipients_count=len(contacts))
    return len(contacts)
