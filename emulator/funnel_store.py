"""Funnel rows and how FluentCRM prints them.

A funnel's ``settings`` and ``conditions`` and a step's ``settings`` are stored as JSON text; an empty map is kept
as ``[]`` because that is how PHP prints it, and ``GET /funnels/{id}`` alone casts an empty ``settings`` to ``{}``.
Foreign keys and counters read back from the database are numeric strings, the model's own ``id`` an integer; a
model that was just inserted prints the integers it was given (``created_by``), as Eloquent does.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context
from emulator.ids import row_id
from emulator.records import contact_columns, finish_contact

FUNNEL_COLUMNS = (
    "id",
    "type",
    "title",
    "trigger_name",
    "status",
    "conditions",
    "settings",
    "created_by",
    "created_at",
    "updated_at",
)
SEQUENCE_COLUMNS = (
    "id",
    "funnel_id",
    "parent_id",
    "action_name",
    "condition_type",
    "type",
    "title",
    "description",
    "status",
    "conditions",
    "settings",
    "note",
    "delay",
    "c_delay",
    "sequence",
    "created_by",
    "created_at",
    "updated_at",
)
SEQUENCE_STRINGS = ("funnel_id", "parent_id", "delay", "c_delay", "sequence", "created_by")
PROGRESS_COLUMNS = (
    "id",
    "funnel_id",
    "starting_sequence_id",
    "next_sequence",
    "subscriber_id",
    "last_sequence_id",
    "next_sequence_id",
    "last_sequence_status",
    "status",
    "type",
    "last_executed_time",
    "next_execution_time",
    "notes",
    "source_trigger_name",
    "source_ref_id",
    "created_at",
    "updated_at",
)
PROGRESS_STRINGS = (
    "funnel_id",
    "starting_sequence_id",
    "next_sequence",
    "subscriber_id",
    "last_sequence_id",
    "next_sequence_id",
    "source_ref_id",
)
METRIC_COLUMNS = (
    "id",
    "funnel_id",
    "sequence_id",
    "subscriber_id",
    "benchmark_value",
    "benchmark_currency",
    "status",
    "notes",
    "created_at",
    "updated_at",
)
CAMPAIGN_COLUMNS = (
    "id",
    "parent_id",
    "title",
    "status",
    "template_id",
    "email_subject",
    "email_pre_header",
    "email_body",
    "utm_status",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "design_template",
    "settings",
)


def php_map_or_null(value: Any) -> str:
    """A map that FluentCRM stores as NULL when it was not given at all (an import without settings)."""
    return "null" if value is None else php_map(value)


def php_map(value: Any) -> str:
    """Store a map the way it comes back: an empty or missing one as ``[]``. A list or a scalar, which FluentCRM
    would store and echo as it came, is stored as empty too (see docs/emulator.md)."""
    if not isinstance(value, dict) or not value:
        return "[]"
    return json.dumps(value, ensure_ascii=False)


def _stringify(row: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    for column in columns:
        if row[column] is not None:
            row[column] = str(row[column])
    return row


def funnel_item(row: sqlite3.Row) -> dict[str, Any]:
    """A funnel as read from the database: maps decoded, ``created_by`` a numeric string."""
    item = {column: row[column] for column in FUNNEL_COLUMNS}
    item["conditions"] = json.loads(item["conditions"])
    item["settings"] = json.loads(item["settings"])
    return _stringify(item, ("created_by",))


def fresh_funnel(row: sqlite3.Row) -> dict[str, Any]:
    """A funnel as Eloquent prints a model it just inserted: the given keys in insertion order, ``id`` last."""
    item = funnel_item(row)
    item["created_by"] = int(item["created_by"]) if item["created_by"] is not None else None
    order = (
        "title",
        "trigger_name",
        "status",
        "conditions",
        "settings",
        "created_by",
        "type",
        "updated_at",
        "created_at",
        "id",
    )
    return {key: item[key] for key in order}


def sequence_item(row: sqlite3.Row) -> dict[str, Any]:
    item = {column: row[column] for column in SEQUENCE_COLUMNS}
    item["conditions"] = json.loads(item["conditions"])
    item["settings"] = json.loads(item["settings"])
    return _stringify(item, SEQUENCE_STRINGS)


def metric_item(row: sqlite3.Row) -> dict[str, Any]:
    item = {column: row[column] for column in METRIC_COLUMNS}
    return _stringify(item, ("funnel_id", "sequence_id", "subscriber_id", "benchmark_value"))


def campaign_item(row: sqlite3.Row) -> dict[str, Any]:
    item = {column: row[column] for column in CAMPAIGN_COLUMNS}
    item["settings"] = json.loads(item["settings"])
    return _stringify(item, ("parent_id", "template_id", "utm_status"))


def find_funnel(conn: sqlite3.Connection, funnel_id: Any) -> sqlite3.Row:
    """``Funnel::findOrFail``: the row, or 404 with the Funnel model message (also for the id 0, where the real
    server crashes)."""
    row = conn.execute("SELECT * FROM funnels WHERE id = ?", (row_id(funnel_id),)).fetchone()
    if not isinstance(row, sqlite3.Row):
        raise errors.model_not_found("funnel")
    return row


def funnel_sequences(conn: sqlite3.Connection, funnel_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT * FROM funnel_sequences WHERE funnel_id = ? ORDER BY sequence, id", (funnel_id,)
    )
    return [sequence_item(row) for row in rows]


def editor_sequences(conn: sqlite3.Connection, funnel_id: int) -> list[dict[str, Any]]:
    """The steps as the editor reads them: top-level steps in order, a conditional block's steps in its
    ``children`` (``yes``/``no``), a benchmark's ``can_enter`` defaulted to ``yes``."""
    top: dict[int, dict[str, Any]] = {}
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for step in funnel_sequences(conn, funnel_id):
        if step["type"] == "conditional":
            step["children"] = {"yes": [], "no": []}
        elif step["type"] == "benchmark" and isinstance(step["settings"], dict):
            step["settings"].setdefault("can_enter", "yes")
        if step["parent_id"] not in (None, "0"):
            branch = children.setdefault(step["parent_id"], {"yes": [], "no": []})
            branch.setdefault(step["condition_type"] or "yes", []).append(step)
        else:
            top[step["id"]] = step
    for parent_id, branches in children.items():
        if int(parent_id) in top:
            top[int(parent_id)]["children"] = branches
    return list(top.values())


def progress_item(row: sqlite3.Row) -> dict[str, Any]:
    return _stringify({column: row[column] for column in PROGRESS_COLUMNS}, PROGRESS_STRINGS)


def _sequence_or_none(conn: sqlite3.Connection, sequence_id: Any) -> dict[str, Any] | None:
    if sequence_id is None:
        return None
    row = conn.execute("SELECT * FROM funnel_sequences WHERE id = ?", (sequence_id,)).fetchone()
    return sequence_item(row) if row is not None else None


def progress_with(
    conn: sqlite3.Connection, row: sqlite3.Row, ctx: Context, relations: tuple[str, ...]
) -> dict[str, Any]:
    """A funnel-subscriber row with the relations an operation loads, in the order FluentCRM prints them."""
    item = progress_item(row)
    for relation in relations:
        if relation == "subscriber":
            contact = conn.execute(
                "SELECT * FROM subscribers WHERE id = ?", (row["subscriber_id"],)
            ).fetchone()
            item["subscriber"] = finish_contact(contact_columns(contact), ctx.site_url) if contact else None
        elif relation == "funnel":
            funnel = conn.execute("SELECT * FROM funnels WHERE id = ?", (row["funnel_id"],)).fetchone()
            item["funnel"] = funnel_item(funnel) if funnel else None
        elif relation == "last_sequence":
            item["last_sequence"] = _sequence_or_none(conn, row["last_sequence_id"])
        elif relation == "next_sequence_item":
            item["next_sequence_item"] = _sequence_or_none(conn, row["next_sequence_id"])
        elif relation == "metrics":
            metrics = conn.execute(
                "SELECT * FROM funnel_metrics WHERE funnel_id = ? AND subscriber_id = ? ORDER BY id",
                (row["funnel_id"], row["subscriber_id"]),
            )
            item["metrics"] = [metric_item(metric) for metric in metrics]
    return item


def current_user_id(conn: sqlite3.Connection, ctx: Context) -> int:
    row = conn.execute("SELECT id FROM wp_users WHERE login = ?", (ctx.user.login,)).fetchone()
    return int(row["id"]) if row is not None else 0


def description(conn: sqlite3.Connection, funnel_id: int) -> str | None:
    row = conn.execute(
        "SELECT value FROM funnel_meta WHERE funnel_id = ? AND key = 'description'", (funnel_id,)
    ).fetchone()
    return row["value"] if row is not None else None


def set_description(conn: sqlite3.Connection, funnel_id: int, text: str | None) -> None:
    if text:
        conn.execute(
            "INSERT INTO funnel_meta (funnel_id, key, value) VALUES (?, 'description', ?)"
            " ON CONFLICT (funnel_id, key) DO UPDATE SET value = excluded.value",
            (funnel_id, text),
        )
    else:
        conn.execute("DELETE FROM funnel_meta WHERE funnel_id = ? AND key = 'description'", (funnel_id,))


def delete_funnels(conn: sqlite3.Connection, funnel_ids: list[int], *, bulk: bool) -> None:
    """Remove funnels with their steps and progress rows, as FluentCRM's two deletes do it.

    ``DELETE /funnels/{id}`` removes the rows directly: the hidden campaigns of e-mail steps stay behind, the
    description goes. The bulk delete deletes step by step, so e-mail steps take their campaigns along, and it
    leaves the description in the meta table.
    """
    from emulator.funnel_steps import delete_steps

    marks = ",".join("?" * len(funnel_ids))
    if bulk:
        steps = [
            row["id"]
            for row in conn.execute(
                f"SELECT id FROM funnel_sequences WHERE funnel_id IN ({marks})", funnel_ids
            )
        ]
        if steps:
            delete_steps(conn, steps)
    else:
        conn.execute(f"DELETE FROM funnel_meta WHERE funnel_id IN ({marks})", funnel_ids)
    for table in ("funnel_sequences", "funnel_subscribers", "funnel_metrics"):
        conn.execute(f"DELETE FROM {table} WHERE funnel_id IN ({marks})", funnel_ids)
    conn.execute(f"DELETE FROM funnels WHERE id IN ({marks})", funnel_ids)
