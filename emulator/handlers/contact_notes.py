"""``/subscribers/{id}/notes``: the notes kept on a contact (table ``subscriber_notes``).

Quirks kept from FluentCRM 2.9.84: a missing contact has an empty note list (200), a new note echoes
``subscriber_id``/``created_by`` as integers while stored rows give them as strings, deleting an unknown note id
still answers success, and the fields must come wrapped in ``note``. Where the real server crashes (no ``note``
object, an unknown note on update, a path id of 0) the emulator answers 422 or 404; and it only changes or deletes
notes of the contact in the path, where the real server looks the note up by its id alone.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.contact_scope import (
    caller_id,
    contact_or_404,
    path_id,
    refuse_zero_id,
    resolve_smart_codes,
)
from emulator.handlers.taxonomy_common import required_missing
from emulator.note_fields import note_form
from emulator.pagination import paginator, parse_page
from emulator.text import php_empty, php_string, sanitize_text_field

NOTE_MODEL = "FluentCrm\\App\\Models\\SubscriberNote"
REQUIRED = ("title", "description", "type")
_DATETIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")


def stored_note(row: sqlite3.Row) -> dict[str, Any]:
    """A note as read back from the database: integer ``id``, the other numbers as strings."""
    return {
        "id": row["id"],
        "subscriber_id": str(row["subscriber_id"]),
        "parent_id": None if row["parent_id"] is None else str(row["parent_id"]),
        "created_by": None if row["created_by"] is None else str(row["created_by"]),
        "status": row["status"],
        "type": row["type"],
        "is_private": str(row["is_private"]),
        "title": row["title"],
        "description": row["description"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _author(conn: sqlite3.Connection, user_id: int | None) -> dict[str, Any] | None:
    row = conn.execute("SELECT id, login FROM wp_users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        return None
    return {"ID": row["id"], "first_name": "", "last_name": "", "display_name": row["login"]}


def list_notes(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    search = php_string(ctx.get("search"))
    where = "subscriber_id = ?"
    args: list[object] = [path_id(ctx)]
    if not php_empty(search):
        where += " AND title LIKE ? ESCAPE '\\'"
        args.append("%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM subscriber_notes WHERE {where}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM subscriber_notes WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
        data = [{**stored_note(row), "added_by": _author(conn, row["created_by"])} for row in rows]
    return Reply({"notes": paginator(page, total, data, ctx.paginator_path), "fields": note_form()})


def _note_fields(ctx: Context) -> dict[str, Any]:
    """The validated ``note`` object: 422 for missing fields, 423 for an unparsable ``created_at``."""
    note = ctx.json("note")
    if not isinstance(note, dict):
        # FluentCRM hands the missing object to its validator and crashes; this is the clear answer instead.
        raise errors.validation({"note": {"required": "The note field is required."}})
    problems = {
        field: {"required": f"The {field} field is required."}
        for field in REQUIRED
        if required_missing(note.get(field)) or isinstance(note.get(field), (list, dict))
    }
    if problems:
        raise errors.validation(problems)
    fields = {
        "title": sanitize_text_field(note["title"]),
        "description": php_string(note["description"]),
        "type": sanitize_text_field(note["type"]),
    }
    created_at = note.get("created_at")
    if not php_empty(created_at):
        fields["created_at"] = _mysql_datetime(php_string(created_at))
    return fields


def _mysql_datetime(value: str) -> str:
    """The DATETIME MySQL stores for ``value``; text PHP cannot read as a date is FluentCRM's 423."""
    match = _DATETIME.match(value)
    try:
        if match is None:
            raise ValueError(value)
        parts = [int(part) if part else 0 for part in match.groups()]
        return datetime(*parts).strftime("%Y-%m-%d %H:%M:%S")  # type: ignore[arg-type]
    except ValueError:
        first = value[:1] or " "
        raise errors.message(
            423,
            f"Failed to parse time string ({value}) at position 0 ({first}): "
            "The timezone could not be found in the database",
        ) from None


def create_note(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    fields = _note_fields(ctx)
    with ctx.db.write() as conn:
        contact = contact_or_404(ctx, conn)
        stamp = now_mysql()
        created_at = fields.get("created_at") or stamp
        description = resolve_smart_codes(fields["description"], contact)
        author = caller_id(ctx, conn)
        cursor = conn.execute(
            "INSERT INTO subscriber_notes (subscriber_id, created_by, type, title, description, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contact["id"], author, fields["type"], fields["title"], description, created_at, stamp),
        )
    note = {
        "title": fields["title"],
        "description": description,
        "type": fields["type"],
        "created_at": created_at,
        "subscriber_id": contact["id"],
        "updated_at": stamp,
        "created_by": author,
        "id": int(cursor.lastrowid or 0),
    }
    return Reply({"note": note, "message": "Note successfully added"})


def _contact_note(ctx: Context, conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM subscriber_notes WHERE id = ? AND subscriber_id = ?",
        (path_id(ctx, "note_id"), contact_id),
    ).fetchone()
    return row


def update_note(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    refuse_zero_id(ctx, "note_id", NOTE_MODEL)
    fields = _note_fields(ctx)
    with ctx.db.write() as conn:
        contact = contact_or_404(ctx, conn)
        if _contact_note(ctx, conn, contact["id"]) is None:
            raise errors.ApiError(404, {"message": f"No query results for model [{NOTE_MODEL}]."})
        fields["description"] = resolve_smart_codes(fields["description"], contact)
        fields["updated_at"] = now_mysql()
        assignments = ", ".join(f"{column} = ?" for column in fields)
        conn.execute(
            f"UPDATE subscriber_notes SET {assignments} WHERE id = ?",
            [*fields.values(), path_id(ctx, "note_id")],
        )
        row = _contact_note(ctx, conn, contact["id"])
        assert row is not None
    return Reply({"note": stored_note(row), "message": "Note successfully updated"})


def delete_note(ctx: Context) -> Reply:
    refuse_zero_id(ctx)
    refuse_zero_id(ctx, "note_id", NOTE_MODEL)
    with ctx.db.write() as conn:
        contact = contact_or_404(ctx, conn)
        conn.execute(
            "DELETE FROM subscriber_notes WHERE id = ? AND subscriber_id = ?",
            (path_id(ctx, "note_id"), contact["id"]),
        )
    return Reply({"message": "Note successfully deleted"})
