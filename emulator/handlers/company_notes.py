"""``/companies/{id}/notes``: notes on a company, stored with status ``_company_note_`` like FluentCRM's."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from emulator import company_model as model
from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.companies import company_module
from emulator.handlers.taxonomy_common import required_missing
from emulator.ids import row_id
from emulator.note_fields import note_form
from emulator.pagination import paginator, parse_page
from emulator.records import row_by_id
from emulator.text import php_empty, php_string, sanitize_text_field

NUMERIC = ("subscriber_id", "parent_id", "created_by", "is_private")
COLUMNS = (
    "id", "subscriber_id", "parent_id", "created_by", "status", "type", "is_private", "title", "description",
    "created_at", "updated_at",
)  # fmt: skip
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def _printed(row: sqlite3.Row) -> dict[str, Any]:
    note = {column: row[column] for column in COLUMNS}
    for column in NUMERIC:
        if note[column] is not None:
            note[column] = str(note[column])
    return note


def _author(conn: sqlite3.Connection, user_id: int | None) -> dict[str, Any] | None:
    user = (
        conn.execute("SELECT id, login FROM wp_users WHERE id = ?", (user_id,)).fetchone()
        if user_id
        else None
    )
    if user is None:
        return None
    return {"ID": user["id"], "first_name": "", "last_name": "", "display_name": user["login"]}


def _valid_note(ctx: Context) -> dict[str, str]:
    """``note.title``, ``note.description`` and ``note.type`` (required) and an optional ``note.created_at``."""
    note = ctx.get("note")
    note = note if isinstance(note, dict) else {}  # FluentCRM 2.9.84 crashes without a `note` object
    missing = {
        key: {"required": f"The {key} field is required."}
        for key in ("title", "description", "type")
        if required_missing(note.get(key)) or isinstance(note.get(key), (list, dict))
    }
    if missing:
        raise errors.validation(missing)
    created_at = note.get("created_at")
    if not php_empty(created_at) and not TIMESTAMP.match(php_string(created_at)):
        # FluentCRM answers 423 with PHP's date-parsing error; the emulator names the field instead.
        raise errors.validation(
            {"created_at": {"datetime": "The created_at must be a YYYY-MM-DD HH:MM:SS date."}}
        )
    clean = {
        "title": sanitize_text_field(note["title"]),
        "description": php_string(note["description"]),
        "type": sanitize_text_field(note["type"]),
    }
    if not php_empty(created_at):
        clean["created_at"] = php_string(created_at)
    return clean


def _current_user_id(conn: sqlite3.Connection, ctx: Context) -> int | None:
    row = conn.execute("SELECT id FROM wp_users WHERE login = ?", (ctx.user.login,)).fetchone()
    return int(row["id"]) if row else None


@company_module
def list_notes(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    company_id = row_id(ctx.path_params["id"])
    where, args = "subscriber_id = ?", [str(company_id)]
    search = php_string(ctx.get("search", ""))
    if search:
        where += " AND title LIKE ?"
        args.append(f"%{search}%")
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM company_notes WHERE {where}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM company_notes WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
        notes = [{**_printed(row), "added_by": _author(conn, row["created_by"])} for row in rows]
    return Reply({"notes": paginator(page, total, notes, ctx.paginator_path), "fields": note_form()})


@company_module
def create_note(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        company = model.find_or_fail(conn, ctx.path_params["id"])
        note = _valid_note(ctx)
        stamp = now_mysql()
        created_at = note.pop("created_at", stamp)
        author = _current_user_id(conn, ctx)
        cursor = conn.execute(
            "INSERT INTO company_notes (subscriber_id, created_by, type, title, description, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (company["id"], author, note["type"], note["title"], note["description"], created_at, stamp),
        )
    echo = {
        **note,
        "created_at": created_at,
        "subscriber_id": company["id"],
        "status": "_company_note_",
        "updated_at": stamp,
        "created_by": author,
        "id": int(cursor.lastrowid or 0),
    }
    return Reply({"note": echo, "message": "Note has been successfully added"})


def _note_or_fail(conn: sqlite3.Connection, raw_id: str) -> sqlite3.Row:
    row = row_by_id(conn, "company_notes", raw_id)
    if row is None:
        raise errors.message(404, f"No query results for model [{model.NOTE_MODEL_CLASS}].")
    return row


@company_module
def update_note(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        model.find_or_fail(conn, ctx.path_params["id"])
        note = _valid_note(ctx)
        row = _note_or_fail(conn, ctx.path_params["note_id"])
        changes = {key: value for key, value in note.items() if row[key] != value}
        if changes:
            assignments = ", ".join(f"{key} = ?" for key in changes)
            conn.execute(
                f"UPDATE company_notes SET {assignments}, updated_at = ? WHERE id = ?",
                [*changes.values(), now_mysql(), row["id"]],
            )
        row = conn.execute("SELECT * FROM company_notes WHERE id = ?", (row["id"],)).fetchone()
    return Reply({"note": _printed(row), "message": "Note successfully updated"})


@company_module
def delete_note(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        model.find_or_fail(conn, ctx.path_params["id"])
        conn.execute("DELETE FROM company_notes WHERE id = ?", (row_id(ctx.path_params["note_id"]),))
    return Reply({"message": "Note successfully deleted"})
