"""``/webhooks``: incoming contact webhooks, kept as JSON settings with a UUID key.

FluentCRM stores every request parameter of a create in the settings, and on update merges the request but resets
``lists``, ``tags`` and ``companies`` to empty when they are omitted; the emulator does the same, so a client that
renames a webhook without resending them loses them here too. An update of a missing webhook, where FluentCRM
crashes, is answered 404.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.funnel_catalogue import WEBHOOK_FIELDS
from emulator.handlers.taxonomy_common import required_missing
from emulator.ids import row_id
from emulator.records import custom_field_definitions, taxonomy_item

_RESET_WHEN_OMITTED = ("tags", "lists", "companies")


def _all(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT * FROM webhooks ORDER BY created_at DESC, id DESC").fetchall()
    return [
        {
            "id": row["id"],
            "object_type": "webhook",
            "object_id": None,
            "key": row["key"],
            "value": json.loads(row["value"]),
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        for row in rows
    ]


def _request_fields(ctx: Context) -> dict[str, Any]:
    return {key: value for key, value in ctx.params.items() if not key.startswith("_")}


def list_webhooks(ctx: Context) -> Reply:
    search = ctx.get("search")
    with ctx.db.read() as conn:
        webhooks = _all(conn)
        if isinstance(search, str) and search:
            webhooks = [
                hook for hook in webhooks if search.lower() in str(hook["value"].get("name", "")).lower()
            ]
        body = {
            "webhooks": webhooks,
            "fields": WEBHOOK_FIELDS,
            "custom_fields": [
                {"key": field.get("slug"), "field": field.get("label")}
                for field in custom_field_definitions(conn)
            ],
            "lists": [taxonomy_item(row, "list") for row in conn.execute("SELECT * FROM lists ORDER BY id")],
            "tags": [taxonomy_item(row, "tag") for row in conn.execute("SELECT * FROM tags ORDER BY id")],
        }
    return Reply(body)


def create_webhook(ctx: Context) -> Reply:
    data = _request_fields(ctx)
    problems = {
        field: {"required": f"The {field} field is required."}
        for field in ("name", "status")
        if required_missing(data.get(field))
    }
    if problems:
        raise errors.validation(problems)
    _refuse_structured_names(data)
    key = str(uuid.uuid4())
    value = {**data, "url": f"{ctx.site_url}/?fluentcrm=1&route=contact&hash={key}"}
    stamp = now_mysql()
    with ctx.db.write() as conn:
        cursor = conn.execute(
            "INSERT INTO webhooks (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (key, json.dumps(value, ensure_ascii=False), stamp, stamp),
        )
        webhooks = _all(conn)
    return Reply(
        {
            "id": int(cursor.lastrowid or 0),
            "webhook": value,
            "webhooks": webhooks,
            "message": "Successfully created the WebHook",
        }
    )


def _refuse_structured_names(data: dict[str, Any]) -> None:
    """FluentCRM stores a ``name`` or ``status`` that is not a string (a list, a number, ``false``) verbatim, and
    every later list of webhooks carries it; the emulator refuses it instead (docs/emulator.md)."""
    wrong: dict[str, dict[str, str]] = {
        field: {"string": f"The {field} must be a string."}
        for field in ("name", "status")
        if field in data and not isinstance(data[field], str)
    }
    if wrong:
        raise errors.validation(wrong)


def update_webhook(ctx: Context) -> Reply:
    changes = _request_fields(ctx)
    _refuse_structured_names(changes)
    for field in _RESET_WHEN_OMITTED:
        changes[field] = changes.get(field, [])
    changes.pop("id", None)
    changes.pop("url", None)
    with ctx.db.write() as conn:
        row = conn.execute("SELECT * FROM webhooks WHERE id = ?", (row_id(ctx.path_params["id"]),)).fetchone()
        if row is None:
            raise errors.model_not_found("webhook")
        value = {**json.loads(row["value"]), **changes}
        conn.execute(
            "UPDATE webhooks SET value = ?, updated_at = ? WHERE id = ?",
            (json.dumps(value, ensure_ascii=False), now_mysql(), row["id"]),
        )
        webhooks = _all(conn)
    return Reply({"webhooks": webhooks, "message": "Successfully updated the webhook"})


def delete_webhook(ctx: Context) -> Reply:
    errors.id_zero("webhook", ctx.path_params["id"])
    with ctx.db.write() as conn:
        conn.execute("DELETE FROM webhooks WHERE id = ?", (row_id(ctx.path_params["id"]),))
        webhooks = _all(conn)
    return Reply({"webhooks": webhooks, "message": "Successfully deleted the webhook"})
