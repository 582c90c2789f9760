"""``/companies``: FluentCRM's company controller, served only while the ``company_module`` switch is on.

Writes echo PHP's types: a number the request just set comes back as an integer, every read gives a string.
Where FluentCRM 2.9.84 crashes (a ``find_by`` lookup, id 0, attach or detach without ids) the emulator answers
a clear 4xx instead (docs/emulator.md).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from emulator import company_model as model
from emulator import errors, settings_store
from emulator.contact_model import php_intval
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.contacts import _stats as contact_stats
from emulator.handlers.custom_fields import COMPANY_FIELDS
from emulator.handlers.taxonomy_common import order_error, required_missing
from emulator.pagination import paginator, parse_page
from emulator.records import contact_columns, finish_contact
from emulator.routing import Handler
from emulator.text import php_empty, php_string, sanitize_email, sanitize_text_field

SORTABLE = frozenset(model.COLUMNS) - {"meta"}
SEARCHED = ("name", "email", "phone", "description")
FILTERS = {"company_types": "type", "company_categories": "industry"}
BULK_BATCH = 50


def company_module(handler: Handler) -> Handler:
    """Answer 403 ``rest_forbidden``, like FluentCRM's permission check, while the module switch is off."""

    @functools.wraps(handler)
    def gated(ctx: Context) -> Reply:
        with ctx.db.read() as conn:
            enabled = settings_store.experiment_enabled(conn, "company_module")
        if not enabled:
            raise errors.forbidden(403)
        return handler(ctx)

    return gated


# --- reading ---------------------------------------------------------------------------------------------------


def _owner(
    conn: sqlite3.Connection, ctx: Context, owner_id: int | None, *, stats: bool
) -> dict[str, Any] | None:
    if owner_id is None:
        return None
    row = conn.execute("SELECT * FROM subscribers WHERE id = ?", (owner_id,)).fetchone()
    if row is None:
        return None
    owner = contact_columns(row)
    if stats:
        owner["stats"] = contact_stats(conn, row["id"])
    return finish_contact(owner, ctx.site_url)


def _counted(
    conn: sqlite3.Connection, ctx: Context, row: sqlite3.Row, *, stats: bool = False
) -> dict[str, Any]:
    company = model.printed(row)
    company["contacts_count"] = model.contacts_count(conn, row["id"])
    company["owner"] = _owner(conn, ctx, row["owner_id"], stats=stats)
    return company


def _filters(ctx: Context, search: str, inline: Any) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if search:
        clauses.append("(" + " OR ".join(f"{column} LIKE ?" for column in SEARCHED) + ")")
        args += [f"%{search}%"] * len(SEARCHED)
    if isinstance(inline, dict):
        for key, column in FILTERS.items():
            values = inline.get(key)
            values = list(values.values()) if isinstance(values, dict) else values
            if isinstance(values, list) and values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                args += [sanitize_text_field(value) for value in values]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


@company_module
def list_companies(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    sort_by = php_string(ctx.get("sort_by")) if ctx.has("sort_by") else "id"
    direction = "asc" if php_string(ctx.get("sort_order", "DESC")).strip().lower() == "asc" else "desc"
    column = sort_by.strip().strip("`").lower()
    if column not in SORTABLE:
        raise order_error("wp_fc_companies", sort_by.strip().strip("`"), direction, "", page)
    where, args = _filters(ctx, sanitize_text_field(ctx.get("search", "")), ctx.get("inline_filters"))
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM companies{where}", args).fetchone()[0]
        tiebreak = "" if column == "id" else f", id {direction}"
        rows = conn.execute(
            f"SELECT * FROM companies{where} ORDER BY {column} {direction}{tiebreak} LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
        items = [_counted(conn, ctx, row) for row in rows]
    return Reply({"companies": paginator(page, total, items, ctx.paginator_path)})


@company_module
def get_company(ctx: Context) -> Reply:
    find_by = php_string(ctx.get("find_by", "id"))
    with ctx.db.read() as conn:
        if find_by in ("name", "email", "phone"):
            # FluentCRM 2.9.84 crashes here; the emulator does the lookup the controller meant to do.
            row = conn.execute(
                f"SELECT * FROM companies WHERE {find_by} = ? ORDER BY id LIMIT 1",
                (php_string(ctx.get("find_by_value", "")),),
            ).fetchone()
            if row is None:
                raise errors.message(404, "Company not found")
        else:
            row = model.find_or_fail(conn, ctx.path_params["id"])
        return Reply({"company": _counted(conn, ctx, row, stats=True)})


@company_module
def search_companies(ctx: Context) -> Reply:
    where, args = _filters(ctx, sanitize_text_field(ctx.get("search", "")), None)
    subscriber_id = php_intval(ctx.get("subscriber_id"))
    if subscriber_id:
        where += (" AND " if where else " WHERE ") + (
            "id NOT IN (SELECT object_id FROM subscriber_pivot WHERE object_type = ? AND subscriber_id = ?)"
        )
        args += [model.COMPANY_TYPE, subscriber_id]
    compact = ("id", "name", "email", "logo", "phone", "website")
    with ctx.db.read() as conn:
        rows = conn.execute(
            f"SELECT * FROM companies{where} ORDER BY name COLLATE NOCASE ASC LIMIT 50", args
        ).fetchall()
        results = [{key: row[key] for key in compact} for row in rows]
        shown = {row["id"] for row in rows}
        values = ctx.get("values", [])
        extra = [php_intval(value) for value in (values if isinstance(values, list) else [])]
        for company_id in dict.fromkeys(extra):
            row = model.find(conn, company_id) if company_id not in shown else None
            if row is not None:
                results.append({key: row[key] for key in compact})
        has_more = conn.execute("SELECT COUNT(*) FROM companies").fetchone()[0] >= 50
    return Reply({"results": results, "has_more": has_more})


@company_module
def search_unattached_contacts(ctx: Context) -> Reply:
    limit_value = ctx.get("limit", "20")
    if not php_string(limit_value).strip().isdigit() or php_intval(limit_value) < 1:
        raise errors.invalid_param("limit", "limit must be a positive integer.")
    company_id = php_intval(ctx.get("company_id"))
    search = sanitize_text_field(ctx.get("search", ""))
    where = "id NOT IN (SELECT subscriber_id FROM subscriber_pivot WHERE object_type = ? AND object_id = ?)"
    args: list[Any] = [model.COMPANY_TYPE, company_id]
    if search:
        where += " AND (email LIKE ? OR first_name LIKE ? OR last_name LIKE ? OR phone LIKE ?)"
        args += [f"%{search}%"] * 4
    with ctx.db.read() as conn:
        rows = conn.execute(
            f"SELECT * FROM subscribers WHERE {where} ORDER BY id DESC LIMIT ?",
            [*args, php_intval(limit_value)],
        ).fetchall()
    return Reply({"results": [finish_contact(contact_columns(row), ctx.site_url) for row in rows]})


@company_module
def custom_tab_view(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        model.find_or_fail(conn, ctx.path_params["id"])
    # No plugin registers profile sections in the emulator, so the default answer of the filter is all there is.
    return Reply({"heading": "", "content_html": ""})


# --- writing ---------------------------------------------------------------------------------------------------


#: A scheme as PHP's ``parse_url`` sees one: ``name:`` not followed by a bare port number (``host:8080``).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d+(/|$))")


def _with_scheme(url: str) -> str:
    return url if _SCHEME.match(url) else "https://" + url


def _is_url(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https", "ftp") and bool(parts.netloc) and not any(c.isspace() for c in url)
    )


def _sanitized(data: dict[str, Any]) -> dict[str, Any]:
    """The company columns the request sent, cleaned the way ``Sanitize::company`` does; arrays are dropped."""
    values: dict[str, Any] = {}
    for column in model.WRITABLE:
        if column not in data or isinstance(data[column], (list, dict)):
            continue
        value = data[column]
        if column in model.NUMERIC:
            values[column] = (
                php_intval(value) if not php_empty(value) else (None if column == "owner_id" else 0)
            )
        elif column == "email":
            values[column] = sanitize_email(value)
        elif column in (*model.URL_FIELDS, "logo"):
            values[column] = (
                _with_scheme(php_string(value).strip()) if not php_empty(value) else php_string(value)
            )
        elif column == "description":
            values[column] = php_string(value)
        else:
            values[column] = sanitize_text_field(value)
    return values


def _validate(values: dict[str, Any], name: Any) -> None:
    if required_missing(name) or isinstance(name, (list, dict)) or not sanitize_text_field(name):
        raise errors.validation({"name": {"required": "The name field is required."}})
    problems = {
        column: {"url": f"The {column} format is invalid."}
        for column in model.URL_FIELDS
        if values.get(column) and not _is_url(values[column])
    }
    if problems:
        raise errors.validation(problems)


def _adopt_owner(conn: sqlite3.Connection, company_id: int, owner_id: Any) -> None:
    """An owner contact is attached to the company, which becomes its primary company if it has none."""
    if owner_id and conn.execute("SELECT 1 FROM subscribers WHERE id = ?", (owner_id,)).fetchone():
        model.attach(conn, owner_id, [company_id], primary=company_id)


def _create(ctx: Context) -> Reply:
    data = dict(ctx.params)
    values = _sanitized(data)
    with ctx.db.write() as conn:
        name = data.get("name")
        if isinstance(name, str) and model.name_taken(conn, sanitize_text_field(name)):
            raise errors.validation(
                {"name": {"unique": "The name attribute is already taken and must be unique."}}
            )
        _validate(values, name)
        sent = {column: values[column] for column in data if column in values}
        company_id = model.insert(conn, sent)
        _adopt_owner(conn, company_id, sent.get("owner_id"))
        contact_id = php_intval(data.get("intended_contact_id"))
        if contact_id and conn.execute("SELECT 1 FROM subscribers WHERE id = ?", (contact_id,)).fetchone():
            model.attach(conn, contact_id, [company_id], primary=company_id)
        row = conn.execute("SELECT * FROM companies WHERE id = ?", (company_id,)).fetchone()
    echo = {**sent, "meta": model.printed(row)["meta"], "hash": row["hash"]}
    echo.update({"updated_at": row["updated_at"], "created_at": row["created_at"], "id": company_id})
    return Reply({"message": "Company has been created successfully", "company": echo})


@company_module
def create_company(ctx: Context) -> Reply:
    return _create(ctx)


@company_module
def update_company(ctx: Context) -> Reply:
    if ctx.path_params["id"].strip("0") == "":
        return _create(ctx)  # FluentCRM's update() hands id 0 to create()
    data = dict(ctx.params)
    values = _sanitized(data)
    with ctx.db.write() as conn:
        row = model.find_or_fail(conn, ctx.path_params["id"])
        if model.name_taken(conn, sanitize_text_field(data.get("name", "")), except_id=row["id"]):
            raise errors.message(422, "Company name already exists. Please use a different company name")
        _validate(values, data.get("name"))
        if values.get("owner_id") and values["owner_id"] != row["owner_id"]:
            _adopt_owner(conn, row["id"], values["owner_id"])
        model.update(conn, row["id"], values)
        row = conn.execute("SELECT * FROM companies WHERE id = ?", (row["id"],)).fetchone()
    return Reply({"message": "Company has been updated", "company": model.printed(row, echoed=values)})


@company_module
def delete_company(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = model.find_or_fail(conn, ctx.path_params["id"])
        model.delete(conn, [row["id"]])
    return Reply({"message": "Company has been deleted successfully"})


def _id_list(value: Any) -> list[int]:
    items = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
    return [php_intval(item) for item in items if not isinstance(item, (list, dict))]


@company_module
def update_property(ctx: Context) -> Reply:
    column = sanitize_text_field(ctx.get("property", ""))
    value = ctx.get("value")
    value = sanitize_text_field(value) if not isinstance(value, (list, dict)) else ""
    company_ids = [company_id for company_id in _id_list(ctx.get("companies", [])) if company_id]
    required = {"column": column, "value": value, "company_ids": company_ids}
    missing = {
        key: {"required": f"The {key} field is required."}
        for key, given in required.items()
        if required_missing(given)
    }
    if missing:
        raise errors.validation(missing)
    if column not in ("type", "logo", "owner_id", "refetch_logo"):
        raise errors.message(422, "Column is not valid")
    if column == "type" and value not in model.TYPES:
        raise errors.message(422, "Value is not valid")
    with ctx.db.write() as conn:
        rows = conn.execute(
            f"SELECT * FROM companies WHERE id IN ({','.join('?' * len(company_ids))})", company_ids
        ).fetchall()
        for row in rows:
            if column == "refetch_logo":
                # The emulator makes no outgoing requests, so no logo is ever found.
                raise errors.message(
                    422, "Sorry, we could not find the logo from website. Please upload manually"
                )
            stored = php_intval(value) if column == "owner_id" else value
            if row[column] != stored:
                model.update(conn, row["id"], {column: stored})
    return Reply({"message": "Company successfully updated"})


def _pairs(ctx: Context) -> tuple[list[int], list[int]]:
    """The contact and company ids of an attach or detach; FluentCRM crashes without either list."""
    missing = {
        key: {"required": f"The {key} field is required."}
        for key in ("subscriber_ids", "company_ids")
        if not isinstance(ctx.get(key), (list, dict))
    }
    if missing:
        raise errors.validation(missing)
    return _id_list(ctx.get("subscriber_ids")), _id_list(ctx.get("company_ids"))


def _existing(conn: sqlite3.Connection, table: str, ids: list[int]) -> list[sqlite3.Row]:
    if not ids:
        return []
    return conn.execute(
        f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id", ids
    ).fetchall()


INVALID_DATA = Reply("Invalid data", status=422, bench=False)


def _resolved(
    conn: sqlite3.Connection, contact_ids: list[int], company_ids: list[int]
) -> tuple[list[sqlite3.Row], list[sqlite3.Row]] | None:
    contacts = _existing(conn, "subscribers", contact_ids)
    companies = _existing(conn, "companies", company_ids)
    if len(company_ids) != len(companies) or not contacts or not companies:
        return None
    return contacts, companies


@company_module
def attach_contacts(ctx: Context) -> Reply:
    contact_ids, company_ids = _pairs(ctx)
    with ctx.db.write() as conn:
        found = _resolved(conn, contact_ids, company_ids)
        if found is None:
            return INVALID_DATA
        contacts, companies = found
        for contact in contacts:
            model.attach(conn, contact["id"], [row["id"] for row in companies], primary=company_ids[0])
        printed = [model.printed(row) for row in companies]
    return Reply({"message": "Selected Companies has been attached successfully", "companies": printed})


@company_module
def detach_contacts(ctx: Context) -> Reply:
    contact_ids, company_ids = _pairs(ctx)
    with ctx.db.write() as conn:
        found = _resolved(conn, contact_ids, company_ids)
        if found is None:
            return INVALID_DATA
        contacts, companies = found
        valid = [row["id"] for row in companies]
        for row in companies:
            if row["owner_id"] in contact_ids:
                model.update(conn, row["id"], {"owner_id": None})
        listed: list[sqlite3.Row] = _existing(conn, "companies", valid)
        last_primary: int | bool = False
        for contact in contacts:
            model.detach(conn, contact["id"], valid)
            if contact["company_id"] in valid:
                # FluentCRM answers with this contact's remaining companies once its primary one was detached.
                remaining = model.companies_of(conn, contact["id"])
                listed = _existing(conn, "companies", remaining)
                last_primary = remaining[0] if remaining else False
                conn.execute(
                    "UPDATE subscribers SET company_id = ?, updated_at = ? WHERE id = ?",
                    (remaining[0] if remaining else None, now_mysql(), contact["id"]),
                )
        printed = [model.printed(row) for row in listed]
    return Reply(
        {
            "companies": printed,
            "last_primary_company_id": last_primary,
            "message": "Company has been successfully detached",
        }
    )


def _bulk_targets(conn: sqlite3.Connection, ctx: Context) -> list[sqlite3.Row]:
    """The ids sent, or, with none, the next 50 companies after ``last_id`` (FluentCRM's batch over the site)."""
    company_ids = [company_id for company_id in _id_list(ctx.get("company_ids", [])) if company_id]
    if company_ids:
        return _existing(conn, "companies", company_ids)
    query = ctx.get("company_query")
    where, args = _filters(
        ctx,
        sanitize_text_field(ctx.get("search", "")),
        query.get("inline_filters") if isinstance(query, dict) else None,
    )
    where += (" AND " if where else " WHERE ") + "id > ?"
    rows: list[sqlite3.Row] = conn.execute(
        f"SELECT * FROM companies{where} ORDER BY id ASC LIMIT {BULK_BATCH}",
        [*args, php_intval(ctx.get("last_id"))],
    ).fetchall()
    return rows


def _set_column(
    column: str, label: str, missing: str
) -> Callable[[sqlite3.Connection, Context, list[sqlite3.Row]], str]:
    def action(conn: sqlite3.Connection, ctx: Context, rows: list[sqlite3.Row]) -> str:
        value = sanitize_text_field(ctx.get("new_status", ""))
        if not value:
            raise errors.message(422, missing)
        for row in rows:
            if row[column] != value:
                model.update(conn, row["id"], {column: value})
        return label

    return action


def _delete_rows(conn: sqlite3.Connection, ctx: Context, rows: list[sqlite3.Row]) -> str:
    model.delete(conn, [row["id"] for row in rows])
    return "Selected Companies has been deleted permanently"


def _change_status(conn: sqlite3.Connection, ctx: Context, rows: list[sqlite3.Row]) -> str:
    value = sanitize_text_field(ctx.get("new_status", ""))
    if not value:
        raise errors.message(422, "Please select status")
    # Companies have no status column: FluentCRM's UPDATE fails on the first company.
    raise errors.message(
        423,
        f"Unknown column 'status' in 'SET' (SQL: update `wp_fc_companies` set `status` = '{value}',"
        f" `updated_at` = '{now_mysql()}' where `id` = '{rows[0]['id']}')",
    )


BULK_ACTIONS: dict[str, Callable[[sqlite3.Connection, Context, list[sqlite3.Row]], str]] = {
    "delete_companies": _delete_rows,
    "change_company_status": _change_status,
    "change_company_type": _set_column(
        "type", "Company Type has been updated for the selected companies", "Please select new type"
    ),
    "change_company_category": _set_column(
        "industry",
        "Company Category has been updated for the selected companies",
        "Please select new category",
    ),
}


@company_module
def bulk_action(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        rows = _bulk_targets(conn, ctx)
        if not rows:
            return Reply(
                {
                    "is_completed": True,
                    "completed_companies": 0,
                    "message": "All companies has been processed",
                }
            )
        action = BULK_ACTIONS.get(sanitize_text_field(ctx.get("action_name", "")))
        message = (
            action(conn, ctx, rows) if action else "Selected bulk action has been successfully completed"
        )
    return Reply(
        {"last_company_id": str(rows[-1]["id"]), "completed_companies": len(rows), "message": message}
    )


@company_module
def import_csv(ctx: Context) -> Reply:
    # FluentCRM reads the file the CSV upload stored; the emulator keeps no uploads, so the read always fails.
    raise errors.message(422, "Expected data must be a string or stringable")


get_custom_fields = company_module(COMPANY_FIELDS.get)
save_custom_fields = company_module(COMPANY_FIELDS.save)
