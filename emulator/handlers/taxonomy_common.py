"""What the tag and list controllers share: index query, 423 SQL errors, lookups and updates."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, now_mysql
from emulator.pagination import Page, parse_page
from emulator.records import taxonomy_item
from emulator.text import php_string, sanitize_text_field

COLUMNS = {
    "list": ("id", "title", "slug", "description", "is_public", "created_at", "updated_at"),
    "tag": ("id", "title", "slug", "description", "created_at", "updated_at"),
}
TABLES = {"list": "lists", "tag": "tags"}
MYSQL_TABLES = {"list": "wp_fc_lists", "tag": "wp_fc_tags"}
_ORDERBY_SYNTAX = re.compile(
    r"^\s*(([a-z0-9_]+|`[a-z0-9_]+`)(\s+(ASC|DESC))?\s*(,\s*(?=[a-z0-9_`])|$))+$", re.IGNORECASE
)


def required_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return isinstance(value, (list, dict)) and len(value) == 0


def stored_item(row: sqlite3.Row, kind: str) -> dict[str, Any]:
    return taxonomy_item(row, kind)


def find_item(conn: sqlite3.Connection, kind: str, raw_id: str) -> sqlite3.Row | None:
    if len(raw_id) >= 19:
        return None
    row: sqlite3.Row | None = conn.execute(
        f"SELECT * FROM {TABLES[kind]} WHERE id = ?", (int(raw_id),)
    ).fetchone()
    return row


def _sql_error(kind: str, column: str, direction: str, where_sql: str, page: Page) -> errors.ApiError:
    sql = (
        f"select * from `{MYSQL_TABLES[kind]}`{where_sql} order by `{column}` {direction}"
        f" limit {page.size} offset {(page.number - 1) * page.size}"
    )
    return errors.message(423, f"Unknown column '{column}' in 'ORDER BY' (SQL: {sql})")


def index_rows(conn: sqlite3.Connection, ctx: Context, kind: str) -> tuple[Page, int, list[sqlite3.Row]]:
    """One page of tags or lists with FluentCRM's search, ``sort_by``/``sort_order`` and its SQL errors."""
    page = parse_page(ctx.params)
    errors.must_be_text("sort_by", ctx.get("sort_by"))
    sort_by = php_string(ctx.get("sort_by")) if ctx.has("sort_by") else "id"
    errors.must_be_text("sort_order", ctx.get("sort_order"))
    sort_order = php_string(ctx.get("sort_order")) if ctx.has("sort_order") else "DESC"
    direction = "asc" if sort_order.strip().lower() == "asc" else "desc"
    search = sanitize_text_field(ctx.get("search", "")) if ctx.has("search") else ""
    where, args, where_sql = "", [], ""
    if search:
        where = "WHERE (title LIKE ? OR slug LIKE ? OR description LIKE ?)"
        args = [f"%{search}%", f"{search}%", f"{search}%"]
        where_sql = (
            f" where (`title` LIKE %{search}% or `slug` LIKE {search}% or `description` LIKE {search}%)"
        )
    column = sort_by.strip().strip("`") if _ORDERBY_SYNTAX.match(sort_by or "") else sort_by
    if column.lower() not in COLUMNS[kind]:
        raise _sql_error(kind, column, direction, where_sql, page)
    table = TABLES[kind]
    total = conn.execute(f"SELECT COUNT(*) FROM {table} {where}", args).fetchone()[0]
    collate = " COLLATE NOCASE" if column.lower() in ("title", "slug", "description") else ""
    tiebreak = "" if column.lower() == "id" else f", id {direction}"
    rows = conn.execute(
        f"SELECT * FROM {table} {where} ORDER BY {column.lower()}{collate} {direction}{tiebreak}"
        " LIMIT ? OFFSET ?",
        [*args, page.limit, page.offset],
    ).fetchall()
    return page, total, rows


def affected(
    conn: sqlite3.Connection, kind: str, row: sqlite3.Row, title: str, slug: str, description: str
) -> int:
    """Update a tag or list and return MySQL's affected-row count: 0 when nothing changed."""
    if (row["title"], row["slug"], row["description"]) == (title, slug, description):
        return 0
    conn.execute(
        f"UPDATE {TABLES[kind]} SET title = ?, slug = ?, description = ?, updated_at = ? WHERE id = ?",
        (title, slug, description, now_mysql(), row["id"]),
    )
    return 1
