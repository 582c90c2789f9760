"""``/reports/emails``: the history of campaign e-mails, each with its contact and campaign, and its clean-up.

The emulator's e-mail rows keep the columns its reports count (address, status, dates, opens and clicks); the
columns it has no data for (subject, body, headers...) are printed as the ``null`` FluentCRM prints when unset.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from emulator import errors, pagination, records
from emulator.context import Context, Reply
from emulator.text import php_string


def _email(row: sqlite3.Row) -> dict[str, Any]:
    def digits(value: Any) -> str | None:
        return None if value is None else str(value)

    return {
        "id": row["id"],
        "campaign_id": digits(row["campaign_id"]),
        "email_type": "campaign",
        "subscriber_id": digits(row["subscriber_id"]),
        "email_subject_id": None,
        "email_address": row["email_address"] or "",
        "email_subject": None,
        "email_body": None,
        "email_headers": None,
        "is_open": digits(row["is_open"]),
        "is_parsed": "0",
        "click_counter": digits(row["click_counter"]),
        "status": row["status"],
        "note": None,
        "scheduled_at": row["scheduled_at"],
        "email_hash": None,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _campaign(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "status": row["status"],
        "type": "campaign",
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def list_emails(ctx: Context) -> Reply:
    page = pagination.parse_page(ctx.params)
    status = ctx.get("status")
    where, params = (
        ("WHERE status = ?", [php_string(status)]) if status not in (None, "", [], {}) else ("", [])
    )
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM campaign_emails {where}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM campaign_emails {where} ORDER BY scheduled_at DESC, id ASC LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        ).fetchall()
        contact_ids = sorted({row["subscriber_id"] for row in rows if row["subscriber_id"] is not None})
        campaign_ids = sorted({row["campaign_id"] for row in rows if row["campaign_id"] is not None})
        contacts = {
            row["id"]: records.finish_contact(records.contact_columns(row), ctx.site_url)
            for row in _rows_by_id(conn, "subscribers", contact_ids)
        }
        campaigns = {row["id"]: _campaign(row) for row in _rows_by_id(conn, "campaigns", campaign_ids)}
        statuses: Any = None
        if php_string(ctx.get("page")) == "1":
            counts = conn.execute(
                "SELECT status, COUNT(id) AS total FROM campaign_emails GROUP BY status"
            ).fetchall()
            statuses = {row["status"]: str(row["total"]) for row in counts} or []
    data = [
        {
            **_email(row),
            "subscriber": contacts.get(row["subscriber_id"]),
            "campaign": campaigns.get(row["campaign_id"]),
        }
        for row in rows
    ]
    return Reply(
        {"emails": pagination.paginator(page, total, data, ctx.paginator_path), "statuses": statuses}
    )


def _rows_by_id(conn: sqlite3.Connection, table: str, ids: list[int]) -> list[sqlite3.Row]:
    if not ids:
        return []
    return conn.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()


def delete_emails(ctx: Context) -> Reply:
    ids = ctx.get("email_ids")
    if isinstance(ids, dict):
        ids = list(ids.values())
    if ids is not None and not isinstance(ids, list):
        raise errors.invalid_param("email_ids", "email_ids must be a list of e-mail ids.")
    numbers = [int(value) for value in ids or [] if php_string(value).isdigit() and int(value) <= 2**63 - 1]
    if numbers:
        with ctx.db.write() as conn:
            for start in range(0, len(numbers), 500):
                chunk = numbers[start : start + 500]
                conn.execute(f"DELETE FROM campaign_emails WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return Reply({"message": "Selected emails has been deleted"})
