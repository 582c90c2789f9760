"""``/subscribers/{id}/emails`` and the two send routes: what a contact was sent, and sending it more.

The e-mails are rows of the shared ``campaign_emails`` table, completed by ``campaign_email_contents`` for the
columns that table leaves out. Nothing is ever sent: a custom e-mail becomes a stored row marked ``sent`` (as
FluentCRM 2.9.84 marks it even when delivery fails), and the double opt-in only answers success. The emulator keeps
no hidden campaign for a custom e-mail, so its ``campaign_id`` is ``null``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from typing import Any

from emulator import errors
from emulator.campaign_model import DEFAULT_TEMPLATE_CONFIG
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.contact_scope import (
    as_id_list,
    contact_or_404,
    path_id,
    refuse_zero_id,
    resolve_smart_codes,
)
from emulator.pagination import paginator, parse_page
from emulator.text import sanitize_text_field

SENDABLE_STATUSES = ("subscribed", "transactional")
#: ``filter`` values and the condition each adds, as the controller applies them.
FILTERS = {"open": "e.is_open = 1", "click": "e.click_counter IS NOT NULL", "unopened": "e.is_open = 0"}
EMAIL_MOCK = {
    "id": "",
    "title": "Custom Email to Contact",
    "status": "published",
    "template_id": "",
    "email_subject": "",
    "email_pre_header": "",
    "email_body": "",
    "utm_status": 0,
    "utm_source": "",
    "utm_medium": "",
    "utm_campaign": "",
    "utm_term": "",
    "utm_content": "",
    "design_template": "simple",
    "settings": {"template_config": DEFAULT_TEMPLATE_CONFIG},
}
_ROW_QUERY = (
    "SELECT e.*, c.email_id AS has_contents, c.email_type, c.email_subject, c.email_body, c.email_headers,"
    " c.is_parsed, c.note, c.email_hash, k.title AS campaign_title"
    " FROM campaign_emails e LEFT JOIN campaign_email_contents c ON c.email_id = e.id"
    " LEFT JOIN campaigns k ON k.id = e.campaign_id"
)


def _numeric(value: Any) -> str | None:
    return None if value is None else str(value)


def email_row(row: sqlite3.Row) -> dict[str, Any]:
    """One ``fc_campaign_emails`` row as the server prints it (numeric columns as strings)."""
    own = row["has_contents"] is not None
    headers = json.loads(row["email_headers"]) if own and row["email_headers"] is not None else None
    return {
        "id": row["id"],
        "campaign_id": _numeric(row["campaign_id"]),
        "email_type": row["email_type"] if own else "campaign",
        "subscriber_id": str(row["subscriber_id"]),
        "email_subject_id": None,
        "email_address": row["email_address"],
        "email_subject": row["email_subject"] if own else row["campaign_title"],
        "email_body": row["email_body"] if own else None,
        "email_headers": headers,
        "is_open": str(row["is_open"]),
        "is_parsed": str(row["is_parsed"] if own else 1),
        "click_counter": _numeric(row["click_counter"]),
        "status": row["status"],
        "note": row["note"] if own else None,
        "scheduled_at": row["scheduled_at"],
        "email_hash": (row["email_hash"] if own else None)
        or hashlib.md5(str(row["id"]).encode()).hexdigest(),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def list_emails(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    page = parse_page(ctx.params)
    where = "e.subscriber_id = ?"
    condition = FILTERS.get(sanitize_text_field(ctx.get("filter")))
    if condition:
        where += " AND " + condition
    with ctx.db.read() as conn:
        args = [path_id(ctx)]
        total = conn.execute(f"SELECT COUNT(*) FROM campaign_emails e WHERE {where}", args).fetchone()[0]
        rows = conn.execute(
            f"{_ROW_QUERY} WHERE {where} ORDER BY e.id DESC LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
    return Reply({"emails": paginator(page, total, [email_row(row) for row in rows], ctx.paginator_path)})


def delete_emails(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    ids = as_id_list(ctx.get("email_ids"))
    if ids is None:
        # FluentCRM maps over the missing list and crashes; this is the clear answer instead.
        raise errors.validation({"email_ids": {"required": "The email_ids field is required."}})
    with ctx.db.write() as conn:
        if ids:
            marks = ",".join("?" * len(ids))
            owned = [
                row["id"]
                for row in conn.execute(
                    f"SELECT id FROM campaign_emails WHERE subscriber_id = ? AND id IN ({marks})",
                    [path_id(ctx), *ids],
                )
            ]
            for table, column in (("campaign_email_contents", "email_id"), ("campaign_emails", "id")):
                conn.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(owned))})", owned)
    return Reply({"message": "Selected emails has been deleted"})


def template_mock(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    return Reply({"email_mock": EMAIL_MOCK})


def send_custom_email(ctx: Context) -> Reply:
    campaign = ctx.json("campaign")
    with ctx.db.write() as conn:
        contact = contact_or_404(ctx, conn)
        if contact["status"] not in SENDABLE_STATUSES:
            raise errors.message(422, "Subscriber's status need to be subscribed.")
        if not isinstance(campaign, dict):
            # FluentCRM creates its hidden campaign from the missing object and crashes.
            raise errors.validation({"campaign": {"required": "The campaign field is required."}})
        stamp = now_mysql()
        cursor = conn.execute(
            "INSERT INTO campaign_emails (campaign_id, subscriber_id, email_address, status, is_open,"
            " click_counter, scheduled_at, created_at, updated_at) VALUES (NULL, ?, ?, 'sent', 0, NULL, ?, ?, ?)",
            (contact["id"], contact["email"], stamp, stamp, stamp),
        )
        subject = resolve_smart_codes(sanitize_text_field(campaign.get("email_subject")), contact)
        conn.execute(
            "INSERT INTO campaign_email_contents (email_id, email_type, email_subject, email_body, email_headers,"
            " is_parsed, email_hash) VALUES (?, 'campaign', ?, '', '[]', 1, ?)",
            (cursor.lastrowid, subject, str(uuid.uuid4())),
        )
    return Reply({"message": "Custom Email has been successfully sent"})


def send_double_optin(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        # FluentCRM crashes for a missing contact; the emulator answers like findOrFail.
        contact_or_404(ctx, conn)
    return Reply({"message": "Double OptIn email has been sent"})
