"""Contact persistence with FluentCRM's rules: what gets stored, what counts as a change, what is cleaned.

The HTTP handlers decide which rules apply (create, force update, update, bulk); this module owns the columns.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from emulator import taxonomy
from emulator.context import now_mysql
from emulator.records import CONTACT_COLUMNS, STATUSES, custom_field_definitions, encode_meta
from emulator.text import (
    mysql_date,
    php_empty,
    php_string,
    sanitize_email,
    sanitize_text_field,
)

#: Columns a request may set (FluentCRM's ``$fillable`` minus those the emulator always computes itself).
FILLABLE = (
    "prefix",
    "first_name",
    "last_name",
    "user_id",
    "company_id",
    "email",
    "status",
    "contact_type",
    "address_line_1",
    "address_line_2",
    "postal_code",
    "city",
    "state",
    "country",
    "phone",
    "timezone",
    "date_of_birth",
    "source",
    "life_time_value",
    "last_activity",
    "total_points",
    "latitude",
    "longitude",
    "ip",
    "avatar",
)
NOT_NULL_COLUMNS = frozenset({"email", "status", "contact_type", "total_points", "life_time_value"})
INTEGER_COLUMNS = frozenset({"user_id", "company_id", "total_points", "life_time_value"})
SORTABLE = frozenset(FILLABLE) | {"id", "hash", "created_at", "updated_at"}


def php_intval(value: Any) -> int:
    text = php_string(value).strip()
    digits = ""
    for index, char in enumerate(text):
        if char.isdigit() or (index == 0 and char in "+-"):
            digits += char
        else:
            break
    try:
        number = int(digits)
    except ValueError:
        return 0
    return max(min(number, 2**63 - 1), -(2**63))


def sanitize_contact(data: dict[str, Any]) -> dict[str, Any]:
    """``Sanitize::contact``: clean known scalar fields and drop a status FluentCRM does not know."""
    out = dict(data)
    for key, value in data.items():
        if isinstance(value, (list, dict)) or php_empty(value):
            continue
        if key == "email":
            out[key] = sanitize_email(value)
        elif key in ("user_id", "total_points", "company_id"):
            out[key] = php_intval(value)
        elif key == "avatar":
            text = php_string(value).strip()
            out[key] = text if text.lower().startswith(("http://", "https://")) else ""
        elif key in FILLABLE or key in ("hash", "created_at", "updated_at"):
            out[key] = sanitize_text_field(value)
    if "status" in out and out["status"] not in STATUSES:
        del out["status"]
    return out


def storable(column: str, value: Any) -> Any:
    """The value a MySQL column ends up holding for ``value`` (strict mode off)."""
    if value is None:
        return None
    if column in INTEGER_COLUMNS:
        return php_intval(value)
    if column == "date_of_birth":
        text = php_string(value)
        return mysql_date(text) if text else None
    return php_string(value)


def find(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row | None:
    if contact_id < 0 or contact_id > 2**63 - 1:
        return None
    row: sqlite3.Row | None = conn.execute("SELECT * FROM subscribers WHERE id = ?", (contact_id,)).fetchone()
    return row


def find_by_email(conn: sqlite3.Connection, email: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM subscribers WHERE email = ? COLLATE NOCASE", (email,)
    ).fetchone()
    return row


def email_taken(conn: sqlite3.Connection, email: str, except_id: int | None = None) -> bool:
    row = find_by_email(conn, email)
    return row is not None and row["id"] != except_id


def wp_user_by_email(conn: sqlite3.Connection, email: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM wp_users WHERE email = ? COLLATE NOCASE", (email,)
    ).fetchone()
    return row


def wp_user(conn: sqlite3.Connection, user_id: Any) -> sqlite3.Row | None:
    if user_id is None:
        return None
    row: sqlite3.Row | None = conn.execute("SELECT * FROM wp_users WHERE id = ?", (user_id,)).fetchone()
    return row


def insert(conn: sqlite3.Connection, values: dict[str, Any], created_at: str | None = None) -> int:
    stamp = now_mysql()
    row = {
        column: storable(column, values.get(column)) for column in FILLABLE if values.get(column) is not None
    }
    row.setdefault("status", "subscribed")
    row.setdefault("contact_type", "lead")
    row["hash"] = hashlib.md5(php_string(row.get("email")).encode()).hexdigest()
    row["created_at"] = created_at or stamp
    row["updated_at"] = stamp
    columns = list(row)
    cursor = conn.execute(
        f"INSERT INTO subscribers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [row[column] for column in columns],
    )
    return int(cursor.lastrowid or 0)


def _same(original: Any, new: Any) -> bool:
    if original is None or new is None:
        return original is None and new is None
    old_text, new_text = php_string(original), php_string(new)
    if old_text == new_text:
        return True
    try:
        return float(old_text) == float(new_text)
    except ValueError:
        return False


def apply_changes(conn: sqlite3.Connection, row: sqlite3.Row, changes: dict[str, Any]) -> dict[str, Any]:
    """Fill ``changes`` into the stored contact; save only when something differs. Returns the dirty columns."""
    dirty: dict[str, Any] = {}
    for column, value in changes.items():
        if column not in FILLABLE or isinstance(value, (list, dict)):
            continue
        if value is None and column in NOT_NULL_COLUMNS:
            # MySQL refuses NULL in these columns; keep the stored value instead of failing the request.
            continue
        stored = storable(column, value)
        if not _same(row[column], stored):
            dirty[column] = stored
    if dirty:
        if "email" in dirty:
            dirty["hash"] = hashlib.md5(php_string(dirty["email"]).encode()).hexdigest()
        dirty["updated_at"] = now_mysql()
        assignments = ", ".join(f"{column} = ?" for column in dirty)
        conn.execute(
            f"UPDATE subscribers SET {assignments} WHERE id = ?",
            [*dirty.values(), row["id"]],
        )
    return {key: value for key, value in dirty.items() if key not in ("hash", "updated_at")}


def format_custom_values(conn: sqlite3.Connection, values: dict[str, Any]) -> dict[str, Any]:
    """Comma-separated text for checkbox and multi-select fields becomes a list, as FluentCRM does."""
    types = {field.get("slug"): field.get("type") for field in custom_field_definitions(conn)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if types.get(key) in ("checkbox", "select-multi") and isinstance(value, str) and value:
            out[key] = [part.strip() for part in value.split(",")]
        else:
            out[key] = value
    return out


def sync_custom_values(
    conn: sqlite3.Connection, contact_id: int, values: dict[str, Any], *, delete_empty: bool
) -> dict[str, Any]:
    """``syncCustomFieldValues``: store non-empty values, remove ``""`` ones when asked. Returns what changed."""
    changed: dict[str, Any] = {}
    stamp = now_mysql()
    for key, value in values.items():
        key = str(key)
        if value == "":
            if delete_empty:
                conn.execute(
                    "DELETE FROM subscriber_meta WHERE subscriber_id = ? AND key = ?", (contact_id, key)
                )
                changed[key] = ""
            continue
        if value is None:
            value = ""
        encoded = encode_meta(value)
        existing = conn.execute(
            "SELECT id, value FROM subscriber_meta WHERE subscriber_id = ? AND key = ?", (contact_id, key)
        ).fetchone()
        if existing is not None:
            if existing["value"] == encoded:
                continue
            conn.execute(
                "UPDATE subscriber_meta SET value = ?, updated_at = ? WHERE id = ?",
                (encoded, stamp, existing["id"]),
            )
        else:
            conn.execute(
                "INSERT INTO subscriber_meta (subscriber_id, object_type, key, value, created_at, updated_at)"
                " VALUES (?, 'custom_field', ?, ?, ?, ?)",
                (contact_id, key, encoded, stamp, stamp),
            )
        changed[key] = value
    return changed


def delete(conn: sqlite3.Connection, contact_ids: list[int]) -> None:
    ids = [i for i in contact_ids if 0 <= i <= 2**63 - 1]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for table, column in (
            ("subscriber_pivot", "subscriber_id"),
            ("subscriber_meta", "subscriber_id"),
            ("campaign_emails", "subscriber_id"),
            ("campaign_url_metrics", "subscriber_id"),
            ("subscriber_notes", "subscriber_id"),
            ("subscribers", "id"),
        ):
            conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)


def attach_references(
    conn: sqlite3.Connection, contact_id: int, kind: str, value: Any, *, detach: bool = False
) -> None:
    items = taxonomy.as_items(value)
    if items is None:
        return
    ids = taxonomy.resolve_ids(conn, items, kind, create=not detach)
    if detach:
        taxonomy.detach(conn, contact_id, kind, ids)
    else:
        taxonomy.attach(conn, contact_id, kind, ids)


__all__ = ["CONTACT_COLUMNS", "FILLABLE", "SORTABLE"]
