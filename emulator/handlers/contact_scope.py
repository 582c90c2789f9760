"""What the contact sub-resource routes share: reading ids from the path, finding the contact, smart codes.

FluentCRM 2.9.84 hands a path id of ``0`` to its controllers as a missing argument and crashes (500); where that
happens the emulator treats ``0`` like any id that names no contact, which is what a client can act on.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from emulator import contact_model as model
from emulator import errors
from emulator.context import Context
from emulator.ids import row_id
from emulator.records import contact_columns, finish_contact
from emulator.text import php_string

_SMART_CODE = re.compile(r"\{\{\s*contact\.([a-z_0-9]+)\s*(?:\|([^}]*))?\}\}")


def path_id(ctx: Context, name: str = "id") -> int:
    """A digits-only path parameter as an integer; ``-1`` for a number too big to be any row's id."""
    return row_id(ctx.path_params[name])


def refuse_zero_id(
    ctx: Context, name: str = "id", model_class: str = "FluentCrm\\App\\Models\\Subscriber"
) -> None:
    """Where FluentCRM 2.9.84 crashes on a path id of ``0`` (the framework drops the falsy argument), answer 404 with
    the model message instead, even on routes that otherwise answer a missing record with 200."""
    if ctx.path_params.get(name) == "0":
        raise errors.ApiError(404, {"message": f"No query results for model [{model_class}]."})


def contact_or_404(ctx: Context, conn: sqlite3.Connection) -> sqlite3.Row:
    """``Subscriber::findOrFail($id)``: the contact named by the path, or 404 with the model message."""
    row = model.find(conn, path_id(ctx))
    if row is None:
        raise errors.model_not_found("subscriber")
    return row


def as_id_list(value: Any) -> list[int] | None:
    """PHP ``array_map('intval', $value)`` over a list (or map) of ids; ``None`` where PHP would get no array."""
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        return None
    return [model.php_intval(item) for item in value if not isinstance(item, (list, dict))]


def resolve_smart_codes(text: str, contact: sqlite3.Row) -> str:
    """Replace ``{{contact.<field>}}`` (optionally ``|fallback``) with the contact's value, as FluentCRM's
    campaign-text parser does for notes and custom e-mails. Other codes are left as they are."""
    values = finish_contact(contact_columns(contact), "")

    def replace(match: re.Match[str]) -> str:
        field, fallback = match.group(1), match.group(2)
        value = php_string(values.get(field)) if field in values else ""
        return value or (fallback or "").strip()

    return _SMART_CODE.sub(replace, text)


def caller_id(ctx: Context, conn: sqlite3.Connection) -> int | None:
    """The WordPress user id of the caller (FluentCRM's ``get_current_user_id()``)."""
    row = conn.execute("SELECT id FROM wp_users WHERE login = ? COLLATE NOCASE", (ctx.user.login,)).fetchone()
    return None if row is None else int(row["id"])
