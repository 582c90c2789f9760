"""``/labels``: FluentCRM's global labels. Nothing is validated: missing fields become empty strings and a colour
that is not a hex colour becomes ``null``, as on the real server."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.records import row_by_id
from emulator.text import php_string, sanitize_text_field

MODEL = "FluentCrm\\App\\Models\\Label"
_HEX_COLOR = re.compile(r"^#([A-Fa-f0-9]{3}){1,2}$")


def _printed(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "parent_id": None if row["parent_id"] is None else str(row["parent_id"]),
        "slug": row["slug"],
        "title": row["title"],
        "position": f"{row['position']:.2f}",
        "description": row["description"],
        "settings": json.loads(row["settings"]) if row["settings"] else {"color": None},
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _sent(ctx: Context) -> dict[str, Any]:
    """``label.slug``, ``label.title`` and ``settings.color`` from the ``label`` object (absent keys are empty)."""
    label = ctx.get("label")
    label = label if isinstance(label, dict) else {}
    color = php_string(label.get("color", "")) if not isinstance(label.get("color"), (list, dict)) else ""
    return {
        "slug": sanitize_text_field(label.get("slug", "")),
        "title": sanitize_text_field(label.get("title", "")),
        "settings": {"color": color if _HEX_COLOR.match(color) else None},
    }


def _find_or_fail(conn: sqlite3.Connection, raw_id: str) -> sqlite3.Row:
    row = row_by_id(conn, "labels", raw_id)
    if row is None:
        # For id 0 FluentCRM 2.9.84 crashes; the emulator answers like findOrFail.
        raise errors.message(404, f"No query results for model [{MODEL}].")
    return row


MESSAGE = "Labels has been Updated successfully"


def list_labels(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        rows = conn.execute("SELECT * FROM labels ORDER BY position ASC, id ASC").fetchall()
    return Reply({"labels": [_printed(row) for row in rows]})


def create_label(ctx: Context) -> Reply:
    label = _sent(ctx)
    stamp = now_mysql()
    with ctx.db.write() as conn:
        cursor = conn.execute(
            "INSERT INTO labels (slug, title, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (label["slug"], label["title"], json.dumps(label["settings"]), stamp, stamp),
        )
    created = {**label, "updated_at": stamp, "created_at": stamp, "id": int(cursor.lastrowid or 0)}
    return Reply({"label": created, "message": MESSAGE})


def update_label(ctx: Context) -> Reply:
    label = _sent(ctx)
    with ctx.db.write() as conn:
        row = _find_or_fail(conn, ctx.path_params["id"])
        conn.execute(
            "UPDATE labels SET slug = ?, title = ?, settings = ?, updated_at = ? WHERE id = ?",
            (label["slug"], label["title"], json.dumps(label["settings"]), now_mysql(), row["id"]),
        )
        row = conn.execute("SELECT * FROM labels WHERE id = ?", (row["id"],)).fetchone()
    return Reply({"label": _printed(row), "message": MESSAGE})


def delete_label(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _find_or_fail(conn, ctx.path_params["id"])
        conn.execute("DELETE FROM labels WHERE id = ?", (row["id"],))
    return Reply({"message": "Label has been deleted successfully"})
