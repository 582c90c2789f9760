"""The bulk and lookup routes beside ``/subscribers``: set one property on many contacts, attach and detach tags or
lists, run a bulk action, find the neighbours of a contact in the list, and search contacts for a picker.

Where FluentCRM 2.9.84 crashes on a missing or scalar list of contact ids, the emulator answers 422. Actions that
would send e-mail only report success; companies, sequences and automations do not exist in the emulator (the
company actions find no company, the others need FluentCRM Pro as on the free plugin).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from emulator import contact_model as model
from emulator import errors, taxonomy
from emulator.context import Context, Reply
from emulator.handlers.contact_scope import as_id_list
from emulator.records import CONTACT_TYPES, STATUSES, attached, contact_columns, finish_contact
from emulator.text import php_empty, php_string, sanitize_text_field

COMPANY_NOT_FOUND = {"message": "No query results for model [FluentCrm\\App\\Models\\Company]."}


def _existing(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    ids = [i for i in ids if 0 < i <= taxonomy.MAX_ID]
    if not ids:
        return []
    return conn.execute(
        f"SELECT * FROM subscribers WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id", ids
    ).fetchall()


# --- PUT /subscribers/subscribers-property ------------------------------------------------------------------
#: Which values each settable column accepts (``None``: any value).
PROPERTY_VALUES: dict[str, tuple[str, ...] | None] = {
    "status": STATUSES,
    "contact_type": CONTACT_TYPES,
    "avatar": None,
    "company_id": (),
}


def update_property(ctx: Context) -> Reply:
    column = sanitize_text_field(ctx.get("property"))
    raw_ids = ctx.get("subscribers", [])
    ids = as_id_list(raw_ids)
    problems = {}
    if not column:
        problems["column"] = {"required": "The column field is required."}
    if ids is None and not php_empty(raw_ids):
        # A scalar reaches FluentCRM's SQL builder as a list and crashes it; the emulator refuses it.
        ids = []
    if not ids:
        problems["subscriber_ids"] = {"required": "The subscriber_ids field is required."}
    if problems:
        raise errors.validation(problems)
    assert ids is not None
    if column not in PROPERTY_VALUES:
        raise errors.message(422, "Column is not valid")
    value = php_string(ctx.get("value"))
    allowed = PROPERTY_VALUES[column]
    if column == "company_id":
        raise errors.ApiError(404, dict(COMPANY_NOT_FOUND))
    if allowed is not None and value not in allowed:
        raise errors.message(422, "Value is not valid")
    with ctx.db.write() as conn:
        for row in _existing(conn, ids):
            model.apply_changes(conn, row, {column: value})
    return Reply({"message": "Subscribers successfully updated"})


# --- POST /subscribers/sync-segments ------------------------------------------------------------------------
def sync_segments(ctx: Context) -> Reply:
    ids = as_id_list(ctx.get("subscribers"))
    if ids is None:
        # FluentCRM counts the missing list and crashes; the emulator refuses it.
        raise errors.validation({"subscribers": {"required": "The subscribers field is required."}})
    kind = "tag" if ctx.get("type") == "tags" else "list"
    by_id = ctx.get("find_by", "slug") == "id"
    with ctx.db.write() as conn:
        rows = _existing(conn, ids)
        attach = _segment_ids(conn, kind, ctx.get("attach"), by_id)
        detach = _segment_ids(conn, kind, ctx.get("detach"), by_id)
        if (attach or detach) and len(rows) < len(set(ids)):
            # FluentCRM changes each listed contact without checking it exists, and crashes on a missing one.
            raise errors.model_not_found("subscriber")
        for row in rows:
            taxonomy.attach(conn, row["id"], kind, attach)
            taxonomy.detach(conn, row["id"], kind, detach)
        rows = _existing(conn, ids)
        contact_ids = [row["id"] for row in rows]
        tags, lists = attached(conn, contact_ids, "tag"), attached(conn, contact_ids, "list")
    contacts = []
    for row in rows:
        item = finish_contact(contact_columns(row), ctx.site_url)
        item["tags"], item["lists"] = tags[row["id"]], lists[row["id"]]
        contacts.append(item)
    noun = "subscriber" if len(ids) == 1 else "subscribers"
    return Reply({"message": f"Successfully updated the {noun}.", "subscribers": contacts})


def _segment_ids(conn: sqlite3.Connection, kind: str, value: Any, by_id: bool) -> list[int]:
    """The ids of the tags or lists named by slug (or by id with ``find_by=id``); unknown names are skipped."""
    items = taxonomy.as_items(value) or []
    column = "id" if by_id else "slug"
    names = [php_string(item) for item in items if not isinstance(item, (list, dict))]
    if not names:
        return []
    return [
        row["id"]
        for row in conn.execute(
            f"SELECT id FROM {taxonomy.table_for(kind)} WHERE {column} IN ({','.join('?' * len(names))})",
            names,
        )
    ]


# --- POST /subscribers/do-bulk-action -----------------------------------------------------------------------
BulkAction = Callable[[Context, sqlite3.Connection, list[int]], str]


def _segments(kind: str, detach: bool) -> BulkAction:
    def run(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
        options = [i for i in (as_id_list(ctx.get("action_options", [])) or []) if i]
        if not options:
            raise errors.message(422, "Please provide bulk options")
        for row in _existing(conn, ids):
            (taxonomy.detach if detach else taxonomy.attach)(conn, row["id"], kind, options)
        return "Selected bulk action has been successfully completed"

    return run


def _change_status(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    status = sanitize_text_field(ctx.get("new_status", ""))
    if not status:
        raise errors.message(422, "Please select status")
    for row in _existing(conn, ids):
        model.apply_changes(conn, row, {"status": status})
    return "Status has been changed for the selected subscribers"


def _change_type(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    contact_type = sanitize_text_field(ctx.get("new_status", ""))
    if not contact_type:
        raise errors.message(422, "Please select new type")
    for row in _existing(conn, ids):
        model.apply_changes(conn, row, {"contact_type": contact_type})
    return "Contact Type has been updated for the selected subscribers"


def _custom_field(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    field = ctx.get("custom_field")
    key = php_string(field.get("key")) if isinstance(field, dict) else ""
    if php_empty(key):
        raise errors.message(422, "Please provide a valid custom field key")
    value = field.get("value") if isinstance(field, dict) else None
    for row in _existing(conn, ids):
        model.sync_custom_values(conn, row["id"], {key: "" if value is None else value}, delete_empty=False)
    return "Custom Fields has been updated for the selected subscribers"


def _delete(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    model.delete(conn, ids)
    return "Selected Contacts has been deleted permanently"


def _double_optin(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    return "Double optin sent to selected contacts"  # nothing is sent


def _company(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    if model.php_intval(ctx.get("new_status", "")) == 0:
        raise errors.message(422, "Invalid Company ID")
    raise errors.ApiError(404, dict(COMPANY_NOT_FOUND))  # the emulator has no companies


def _needs_pro(ctx: Context, conn: sqlite3.Connection, ids: list[int]) -> str:
    raise errors.message(422, "This action requires FluentCRM Pro")


BULK_ACTIONS: dict[str, BulkAction] = {
    "add_to_tags": _segments("tag", detach=False),
    "remove_from_tags": _segments("tag", detach=True),
    "add_to_lists": _segments("list", detach=False),
    "remove_from_lists": _segments("list", detach=True),
    "change_contact_status": _change_status,
    "change_contact_type": _change_type,
    "update_custom_fields": _custom_field,
    "delete_contacts": _delete,
    "send_double_optin": _double_optin,
    "add_to_company": _company,
    "remove_from_company": _company,
    "add_to_email_sequence": _needs_pro,
    "add_to_automation": _needs_pro,
}


def bulk_action(ctx: Context) -> Reply:
    ids = as_id_list(ctx.get("subscriber_ids", []))
    if not ids:
        # A scalar list makes FluentCRM crash; the emulator gives the answer for an empty selection.
        raise errors.message(422, "Subscribers selection is required")
    action = BULK_ACTIONS.get(sanitize_text_field(ctx.get("action_name", "")))
    if action is None:
        raise errors.message(422, "Selected Action is not valid")
    with ctx.db.write() as conn:
        message = action(ctx, conn, ids)
    return Reply({"last_contact_id": ids[-1], "completed_contacts": len(ids), "message": message})


# --- GET /subscribers/prev-next-ids -------------------------------------------------------------------------
def prev_next_ids(ctx: Context) -> Reply:
    current = model.php_intval(ctx.get("current_id"))
    if php_empty(ctx.get("filter_type")) or not current:
        raise errors.message(422, "filter_type & current_id is required")
    descending = php_string(ctx.get("sort_type", "DESC")) == "DESC"
    where, args = _neighbour_filters(ctx)
    with ctx.db.read() as conn:
        nxt = _ids(conn, where, args, "<" if descending else ">", current, "DESC" if descending else "ASC")
        prev = _ids(conn, where, args, ">" if descending else "<", current, "ASC" if descending else "DESC")
    return Reply(
        {
            "navigation": {"next": nxt, "prev": prev},
            "has_next": len(nxt) == 10,
            "has_prev": len(prev) == 10,
        }
    )


def _ids(
    conn: sqlite3.Connection, where: list[str], args: list[Any], op: str, current: int, order: str
) -> list[int]:
    clauses = " AND ".join([*where, f"id {op} ?"])
    return [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM subscribers WHERE {clauses} ORDER BY id {order} LIMIT 10", [*args, current]
        )
    ]


def _neighbour_filters(ctx: Context) -> tuple[list[str], list[Any]]:
    """The simple contact-list filters: search over name and e-mail, statuses, and any-of tags and lists."""
    where: list[str] = []
    args: list[Any] = []
    search = sanitize_text_field(ctx.get("search", ""))
    if search:
        where.append("(first_name LIKE ? OR last_name LIKE ? OR email LIKE ?)")
        args += [f"%{search}%"] * 3
    statuses = [php_string(s) for s in taxonomy.as_items(ctx.get("statuses", [])) or []]
    if statuses:
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        args += statuses
    for key, kind in (("tags", "tag"), ("lists", "list")):
        ids = [i for i in as_id_list(ctx.get(key, [])) or [] if i]
        if ids:
            where.append(
                "id IN (SELECT subscriber_id FROM subscriber_pivot WHERE object_type = ?"
                f" AND object_id IN ({','.join('?' * len(ids))}))"
            )
            args += [taxonomy.object_type_for(kind), *ids]
    return where, args


# --- GET /subscribers/search-contacts -----------------------------------------------------------------------
def search_contacts(ctx: Context) -> Reply:
    search = sanitize_text_field(ctx.get("search", "")).strip()
    limit = model.php_intval(ctx.get("limit", 20))
    values = ctx.get("values", [])
    wanted = [
        i for i in (as_id_list(values) if isinstance(values, (list, dict)) else as_id_list([values])) or []
    ]
    found: dict[str, dict[str, Any]] = {}
    with ctx.db.read() as conn:
        if search and limit > 0:
            like = f"%{search}%"
            rows = conn.execute(
                "SELECT * FROM subscribers WHERE first_name LIKE ? OR last_name LIKE ? OR email LIKE ?"
                " OR (COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')) LIKE ? ORDER BY id LIMIT ?",
                (like, like, like, like, limit),
            ).fetchall()
            for row in rows:
                found[str(row["id"])] = _hit(row)
        extra = [i for i in wanted if str(i) not in found]
        for row in _existing(conn, extra):
            found[str(row["id"])] = _hit(row)
    return Reply({"contacts": found})


def _hit(row: sqlite3.Row) -> dict[str, Any]:
    names = [name for name in (row["first_name"], row["last_name"]) if name]
    return {
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "full_name": " ".join(names),
        "email": row["email"],
        "id": str(row["id"]),
    }
