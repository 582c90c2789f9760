"""Campaigns as FluentCRM stores them: a row of ``campaigns`` (shared with the reports) plus ``campaign_details``.

This module turns the two rows into the JSON FluentCRM prints, resolves a campaign's recipient selection into
contacts, and "sends": every message goes into the ``outbox`` table, which tests read through the test API. Nothing
ever leaves the machine.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from emulator.context import now_mysql

#: The largest id SQLite (and MySQL's BIGINT) can hold; a larger one names no record.
MAX_ID = 2**63 - 1
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
LIST_TYPE = "FluentCrm\\App\\Models\\Lists"
TAG_TYPE = "FluentCrm\\App\\Models\\Tag"
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
#: The font stack of FluentCRM's default design, emoji fonts included (as every recorded answer shows it).
FONT_STACK = (
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif,"
    " 'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol'"
)
DEFAULT_TEMPLATE_CONFIG: dict[str, Any] = {
    "content_width": 700,
    "content_padding": 20,
    "headings_font_family": FONT_STACK,
    "text_color": "#202020",
    "link_color": "",
    "body_bg_color": "#FAFAFA",
    "content_bg_color": "#FFFFFF",
    "footer_text_color": "#202020",
    "content_font_family": FONT_STACK,
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


def _segments(value: Any) -> bool:
    return value is None or (
        isinstance(value, list)
        and all(
            isinstance(row, dict)
            and all(
                isinstance(row.get(key), (int, str, type(None))) and not isinstance(row.get(key), bool)
                for key in ("list", "tag")
            )
            for row in value
        )
    )


#: The type each settings key FluentCRM writes itself must have; the rest of ``settings`` is free-form.
_SETTINGS_CHECKS: dict[str, Callable[[Any], bool]] = {
    "mailer_settings": lambda v: (
        v == [] or (isinstance(v, dict) and all(isinstance(x, str) for x in v.values()))
    ),
    "subscribers": _segments,
    "excludedSubscribers": _segments,
    "sending_filter": lambda v: isinstance(v, str),
    "dynamic_segment": lambda v: v is None or (isinstance(v, dict) and isinstance(v.get("slug", ""), str)),
    "advanced_filters": lambda v: (
        isinstance(v, list)
        and all(isinstance(group, list) and all(isinstance(r, dict) for r in group) for group in v)
    ),
    "template_config": lambda v: v == [] or (isinstance(v, dict) and template_config_ok(v)),
    "footer_settings": lambda v: isinstance(v, dict),
    "sending_type": lambda v: isinstance(v, str),
    "schedule_range": lambda v: (
        isinstance(v, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in v)
    ),
    "is_transactional": lambda v: isinstance(v, str),
}
_CONFIG_INTEGERS = ("content_width", "content_padding")


def template_config_ok(config: dict[str, Any]) -> bool:
    """Known design options with their types (sizes integers, the rest strings); other options any scalar."""
    for key, value in config.items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return False
        if key in _CONFIG_INTEGERS and not isinstance(value, int):
            return False
        if key in DEFAULT_TEMPLATE_CONFIG and key not in _CONFIG_INTEGERS and not isinstance(value, str):
            return False
    return True


def well_formed_settings(settings: dict[str, Any]) -> bool:
    """Whether ``settings`` may be stored: FluentCRM stores anything, the emulator only what it can read back
    with the documented types (see docs/emulator.md)."""
    return all(check(settings[key]) for key, check in _SETTINGS_CHECKS.items() if key in settings)


def find(conn: sqlite3.Connection, campaign_id: int) -> sqlite3.Row | None:
    """A campaign of type ``campaign`` (reports' own archived rows have no details and are not campaigns here)."""
    if not 0 < campaign_id <= MAX_ID:
        return None
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
    keys = ("title", "email_body", "status", "type", "design_template", "slug")
    # FluentCRM's model fills `created_by` after the slug, then the timestamps and the id (recorded order).
    return {
        **{key: full[key] for key in keys},
        "created_by": row["created_by"],
        **{key: full[key] for key in ("settings", "updated_at", "created_at", "id")},
    }


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
