"""Rows turned into the JSON objects FluentCRM prints, with its key order and its mix of ints and strings.

Model ids are integers; other numeric columns (``user_id``, ``total_points``, pivot ids, ``is_public``) come out
of MySQL as strings and FluentCRM passes them on unchanged, so the emulator does the same.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

CONTACT_COLUMNS = (
    "id",
    "user_id",
    "hash",
    "contact_owner",
    "company_id",
    "prefix",
    "first_name",
    "last_name",
    "email",
    "timezone",
    "address_line_1",
    "address_line_2",
    "postal_code",
    "city",
    "state",
    "country",
    "ip",
    "latitude",
    "longitude",
    "total_points",
    "life_time_value",
    "phone",
    "status",
    "contact_type",
    "source",
    "avatar",
    "date_of_birth",
    "created_at",
    "last_activity",
    "updated_at",
)
NUMERIC_STRING_COLUMNS = frozenset(
    {"user_id", "contact_owner", "company_id", "total_points", "life_time_value"}
)
STATUSES = ("subscribed", "pending", "unsubscribed", "transactional", "bounced", "complained", "spammed")
CONTACT_TYPES = ("lead", "customer")
TAG_TYPE = "FluentCrm\\App\\Models\\Tag"
LIST_TYPE = "FluentCrm\\App\\Models\\Lists"
AVATAR_PATH = "/wp-content/plugins/fluent-crm/assets/images/avatar.png"
CUSTOM_FIELDS_OPTION = "contact_custom_fields"


def _numeric_string(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def contact_columns(row: sqlite3.Row) -> dict[str, Any]:
    """The 30 table columns of a contact, in table order (the ``subscribers`` schema lists them in that order)."""
    out = (
        dict(zip(CONTACT_COLUMNS, row, strict=False))
        if len(row) == len(CONTACT_COLUMNS)
        else {column: row[column] for column in CONTACT_COLUMNS}
    )
    for column in NUMERIC_STRING_COLUMNS:
        value = out[column]
        if value is not None:
            out[column] = str(value)
    return out


def finish_contact(data: dict[str, Any], site_url: str) -> dict[str, Any]:
    """Append the computed ``full_name`` and ``photo`` attributes FluentCRM adds to every contact."""
    names = [name for name in (data.get("first_name"), data.get("last_name")) if name]
    data["full_name"] = " ".join(names).strip()
    data["photo"] = data.get("avatar") or (site_url + AVATAR_PATH)
    return data


def taxonomy_item(row: sqlite3.Row, kind: str) -> dict[str, Any]:
    """A tag or list as stored: ids as integers, ``is_public`` (lists only) as a string."""
    item: dict[str, Any] = {
        "id": row["id"],
        "title": row["title"],
        "slug": row["slug"],
        "description": row["description"],
    }
    if kind == "list":
        item["is_public"] = str(row["is_public"])
    item["created_at"] = row["created_at"]
    item["updated_at"] = row["updated_at"]
    return item


def attached(
    conn: sqlite3.Connection, contact_ids: Iterable[int], kind: str
) -> dict[int, list[dict[str, Any]]]:
    """Tags or lists (with their pivot rows) of several contacts in one query, ordered by title."""
    ids = list(contact_ids)
    result: dict[int, list[dict[str, Any]]] = {contact_id: [] for contact_id in ids}
    if not ids:
        return result
    table, object_type = ("tags", TAG_TYPE) if kind == "tag" else ("lists", LIST_TYPE)
    extra = ", t.is_public" if kind == "list" else ""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT p.subscriber_id AS p_subscriber, p.object_id AS p_object, p.created_at AS p_created,"
            f" p.updated_at AS p_updated, t.id, t.title, t.slug, t.description, t.created_at, t.updated_at{extra}"
            f" FROM subscriber_pivot p JOIN {table} t ON t.id = p.object_id"
            f" WHERE p.object_type = ? AND p.subscriber_id IN ({','.join('?' * len(chunk))})"
            f" ORDER BY t.title COLLATE NOCASE, t.id",
            [object_type, *chunk],
        ).fetchall()
        for row in rows:
            item = taxonomy_item(row, kind)
            item["pivot"] = {
                "subscriber_id": str(row["p_subscriber"]),
                "object_id": str(row["p_object"]),
                "object_type": object_type,
                "created_at": row["p_created"],
                "updated_at": row["p_updated"],
            }
            result[row["p_subscriber"]].append(item)
    return result


def custom_field_definitions(
    conn: sqlite3.Connection, option: str = CUSTOM_FIELDS_OPTION
) -> list[dict[str, Any]]:
    """The stored custom-field definitions of contacts, or of another model when ``option`` names its row."""
    row = conn.execute("SELECT value FROM options WHERE name = ?", (option,)).fetchone()
    if row is None:
        return []
    value = json.loads(row["value"])
    return value if isinstance(value, list) else []


def decode_meta(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def encode_meta(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        value = "1" if value else ""
    return json.dumps(str(value), ensure_ascii=False)


def custom_values(
    conn: sqlite3.Connection, contact_ids: Iterable[int], slugs: list[str]
) -> dict[int, dict[str, Any]]:
    """Custom-field values of several contacts, limited to the defined field slugs, in storage order."""
    ids = list(contact_ids)
    result: dict[int, dict[str, Any]] = {contact_id: {} for contact_id in ids}
    if not ids or not slugs:
        return result
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT subscriber_id, key, value FROM subscriber_meta WHERE object_type = 'custom_field'"
            f" AND subscriber_id IN ({','.join('?' * len(chunk))})"
            f" AND key IN ({','.join('?' * len(slugs))}) ORDER BY id",
            [*chunk, *slugs],
        ).fetchall()
        for row in rows:
            result[row["subscriber_id"]][row["key"]] = decode_meta(row["value"])
    return result


def row_by_id(conn: sqlite3.Connection, table: str, raw_id: Any) -> sqlite3.Row | None:
    """The row of ``table`` with the id a path gave (digits only); ids too long for SQLite match nothing."""
    text = str(raw_id)
    if not text.isdigit() or len(text) >= 19:
        return None
    row: sqlite3.Row | None = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (int(text),)).fetchone()
    return row
