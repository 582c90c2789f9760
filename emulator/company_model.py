"""Companies as FluentCRM stores and prints them, and their links to contacts.

A company row prints its columns in table order with ``owner_id`` and ``employees_number`` as strings (they come
from MySQL) and ``meta`` decoded. Contacts are linked through ``subscriber_pivot`` with the Company model as object
type, as FluentCRM does, so the pivot's member-count triggers count company members too.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable
from typing import Any

from emulator import errors
from emulator.context import now_mysql
from emulator.records import row_by_id

COMPANY_TYPE = "FluentCrm\\App\\Models\\Company"
MODEL_CLASS = COMPANY_TYPE
NOTE_MODEL_CLASS = "FluentCrm\\App\\Models\\CompanyNote"
COLUMNS = (
    "id", "hash", "owner_id", "name", "industry", "email", "timezone", "address_line_1", "address_line_2",
    "postal_code", "city", "state", "country", "employees_number", "description", "phone", "type", "logo",
    "website", "linkedin_url", "facebook_url", "twitter_url", "date_of_start", "meta", "created_at", "updated_at",
)  # fmt: skip
#: Columns a request may write (everything but the keys FluentCRM manages itself).
WRITABLE = tuple(
    column for column in COLUMNS if column not in ("id", "hash", "meta", "created_at", "updated_at")
)
NUMERIC = frozenset({"owner_id", "employees_number"})
URL_FIELDS = ("website", "linkedin_url", "facebook_url", "twitter_url")
TYPES = ("Prospect", "Partner", "Reseller", "Vendor", "Other")
EMPTY_META: dict[str, Any] = {"custom_values": []}


def not_found() -> errors.ApiError:
    return errors.message(404, f"No query results for model [{MODEL_CLASS}].")


def printed(row: sqlite3.Row, *, echoed: dict[str, Any] | None = None) -> dict[str, Any]:
    """The row as FluentCRM prints it; ``echoed`` values (what the request just set) keep their PHP types."""
    company: dict[str, Any] = {}
    for column in COLUMNS:
        value = row[column]
        if column in NUMERIC and value is not None:
            value = str(value)
        if column == "meta":
            value = json.loads(value) if value else dict(EMPTY_META)
        company[column] = value
    for column, value in (echoed or {}).items():
        if column in NUMERIC:
            company[column] = value
    return company


def find(conn: sqlite3.Connection, raw_id: Any) -> sqlite3.Row | None:
    return row_by_id(conn, "companies", raw_id)


def find_or_fail(conn: sqlite3.Connection, raw_id: Any) -> sqlite3.Row:
    row = find(conn, raw_id)
    if row is None:
        raise not_found()
    return row


def name_taken(conn: sqlite3.Connection, name: str, except_id: int | None = None) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM companies WHERE name = ? COLLATE NOCASE AND id != ?", (name, except_id or 0)
        ).fetchone()
        is not None
    )


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    stamp = now_mysql()
    data = {
        **values,
        "hash": secrets.token_hex(16),
        "meta": json.dumps(EMPTY_META),
        "created_at": stamp,
        "updated_at": stamp,
    }
    columns = ", ".join(data)
    cursor = conn.execute(
        f"INSERT INTO companies ({columns}) VALUES ({', '.join('?' * len(data))})", list(data.values())
    )
    return int(cursor.lastrowid or 0)


def update(conn: sqlite3.Connection, company_id: int, values: dict[str, Any]) -> None:
    if not values:
        return
    assignments = ", ".join(f"{column} = ?" for column in values)
    conn.execute(
        f"UPDATE companies SET {assignments}, updated_at = ? WHERE id = ?",
        [*values.values(), now_mysql(), company_id],
    )


def contacts_count(conn: sqlite3.Connection, company_id: int) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM subscriber_pivot WHERE object_type = ? AND object_id = ?",
        (COMPANY_TYPE, company_id),
    ).fetchone()
    return int(row[0])


def attach(
    conn: sqlite3.Connection, contact_id: int, company_ids: Iterable[int], primary: int | None
) -> None:
    """Link a contact to companies; a contact with no primary company gets ``primary``."""
    stamp = now_mysql()
    conn.executemany(
        "INSERT OR IGNORE INTO subscriber_pivot (subscriber_id, object_id, object_type, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(contact_id, company_id, COMPANY_TYPE, stamp, stamp) for company_id in dict.fromkeys(company_ids)],
    )
    if primary is not None:
        conn.execute(
            "UPDATE subscribers SET company_id = ?, updated_at = ? WHERE id = ? AND company_id IS NULL",
            (primary, stamp, contact_id),
        )


def companies_of(conn: sqlite3.Connection, contact_id: int) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT object_id FROM subscriber_pivot WHERE subscriber_id = ? AND object_type = ? ORDER BY id",
            (contact_id, COMPANY_TYPE),
        )
    ]


def detach(conn: sqlite3.Connection, contact_id: int, company_ids: list[int]) -> None:
    conn.execute(
        f"DELETE FROM subscriber_pivot WHERE subscriber_id = ? AND object_type = ?"
        f" AND object_id IN ({','.join('?' * len(company_ids))})",
        [contact_id, COMPANY_TYPE, *company_ids],
    )


def delete(conn: sqlite3.Connection, company_ids: list[int]) -> None:
    """Remove companies, their notes and contact links; their members lose them as primary company."""
    if not company_ids:
        return
    marks = ",".join("?" * len(company_ids))
    conn.execute(f"DELETE FROM companies WHERE id IN ({marks})", company_ids)
    conn.execute(f"DELETE FROM company_notes WHERE subscriber_id IN ({marks})", company_ids)
    conn.execute(
        f"DELETE FROM subscriber_pivot WHERE object_type = ? AND object_id IN ({marks})",
        [COMPANY_TYPE, *company_ids],
    )
    conn.execute(f"UPDATE subscribers SET company_id = NULL WHERE company_id IN ({marks})", company_ids)
