"""Tags and lists attached to contacts: id/title resolution, attach and detach.

FluentCRM accepts tag and list references as ids or, for strings that are not numeric, as titles (or slugs);
when attaching, a title that matches nothing creates a new tag or list. Unknown ids are dropped silently.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from emulator.context import now_mysql
from emulator.records import LIST_TYPE, TAG_TYPE
from emulator.text import sanitize_title

_NUMERIC = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")
MAX_ID = 2**63 - 1


def table_for(kind: str) -> str:
    return "tags" if kind == "tag" else "lists"


def object_type_for(kind: str) -> str:
    return TAG_TYPE if kind == "tag" else LIST_TYPE


def as_items(value: Any) -> list[Any] | None:
    """The entries of a PHP array parameter; ``None`` for a scalar (FluentCRM then finds nothing)."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return None


def resolve_ids(conn: sqlite3.Connection, values: Iterable[Any], kind: str, *, create: bool) -> list[int]:
    """Turn ids and titles into ids the way ``Sanitize::sanitizeTagIds``/``sanitizeListIds`` do."""
    ids: list[int] = []
    names: list[str] = []
    for value in values:
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, (int, float)) or (isinstance(value, str) and _NUMERIC.match(value)):
            try:
                number = int(float(value)) if not isinstance(value, int) else value
            except (ValueError, OverflowError):
                continue
            if 0 <= number <= MAX_ID:
                ids.append(number)
        elif isinstance(value, str):
            names.append(value)
    table = table_for(kind)
    for name in names:
        if len(name) < 3:
            continue
        row = conn.execute(
            f"SELECT id FROM {table} WHERE title = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE"
            " ORDER BY id LIMIT 1",
            (name, name),
        ).fetchone()
        if row is not None:
            ids.append(row["id"])
            continue
        if not create:
            continue
        ids.append(
            create_item(
                conn, kind, title=name, slug=unique_slug(conn, kind, sanitize_title(name)), description=None
            )
        )
    return ids


def unique_slug(conn: sqlite3.Connection, kind: str, slug: str) -> str:
    table = table_for(kind)
    candidate, counter = slug or "item", 1
    while conn.execute(f"SELECT 1 FROM {table} WHERE slug = ?", (candidate,)).fetchone():
        counter += 1
        candidate = f"{slug}-{counter}"
    return candidate


def create_item(
    conn: sqlite3.Connection, kind: str, *, title: str, slug: str, description: str | None
) -> int:
    stamp = now_mysql()
    cursor = conn.execute(
        f"INSERT INTO {table_for(kind)} (title, slug, description, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (title, slug, description, stamp, stamp),
    )
    return int(cursor.lastrowid or 0)


def attach(conn: sqlite3.Connection, contact_id: int, kind: str, ids: list[int]) -> None:
    if not ids:
        return
    table = table_for(kind)
    unique = list(dict.fromkeys(ids))
    existing = [
        row["id"]
        for row in conn.execute(f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(unique))})", unique)
    ]
    stamp = now_mysql()
    conn.executemany(
        "INSERT OR IGNORE INTO subscriber_pivot (subscriber_id, object_id, object_type, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(contact_id, object_id, object_type_for(kind), stamp, stamp) for object_id in existing],
    )


def detach(conn: sqlite3.Connection, contact_id: int, kind: str, ids: list[int]) -> None:
    if not ids:
        return
    conn.execute(
        f"DELETE FROM subscriber_pivot WHERE subscriber_id = ? AND object_type = ?"
        f" AND object_id IN ({','.join('?' * len(ids))})",
        [contact_id, object_type_for(kind), *ids],
    )
