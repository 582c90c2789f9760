"""``/import``: CSV files (upload, then import page by page) and WordPress users, through ``contact_import``.

The staged CSV files live in the ``import_files`` table under the name FluentCRM would give them; an import that
reaches the last row deletes its file, as FluentCRM does, so importing it again fails the same way.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import time
from typing import Any

from emulator import contact_model as model
from emulator import errors, records
from emulator.contact_import import import_contacts
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.report_helpers import ASSETS, USER_ROLES
from emulator.text import is_email, php_empty, php_string, sanitize_text_field

CSV_PAGE_SIZE = 500
USER_PAGE_SIZE = 100
SQLITE_MAX_OFFSET = 2**62  # a larger page number still means "past the end"
NO_DRIVER = "Sorry no driver found for this import"

CONTACT_FIELDS = {
    "prefix": "Name Prefix",
    "first_name": "First Name",
    "last_name": "Last Name",
    "full_name": "Full Name",
    "email": "Email",
    "timezone": "Timezone",
    "address_line_1": "Address Line 1",
    "address_line_2": "Address Line 2",
    "city": "City",
    "state": "State",
    "postal_code": "Postal Code",
    "country": "Country",
    "ip": "IP Address",
    "phone": "Phone",
    "source": "Source",
    "date_of_birth": "Date of Birth (Y-m-d Format only)",
}
COMPANY_FIELDS = {
    "name": "Company Name *",
    "owner_email": "Owner Email",
    "owner_name": "Owner Name",
    "industry": "Industry",
    "description": "Company Description",
    "logo": "Company Logo URL",
    "type": "Type",
    "email": "Company Email",
    "phone": "Company Phone",
    "address_line_1": "Address Line 1",
    "address_line_2": "Address Line 2",
    "postal_code": "Postal Code",
    "city": "City",
    "state": "State",
    "country": "Country",
    "employees_number": "Employees Number",
    "linkedin_url": "LinkedIn URL",
    "facebook_url": "Facebook URL",
    "twitter_url": "Twitter URL",
    "website": "Website URL",
}


def _delimiter(ctx: Context) -> str:
    return "," if ctx.get("delimiter", "comma") == "comma" else ";"


def _rows(content: bytes, delimiter: str) -> list[list[str]]:
    text = content.decode("utf-8-sig", errors="replace")
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


CSV_EXTENSIONS = (".csv", ".txt")


def _is_csv(filename: str, content: bytes) -> bool:
    """What the CSV mime check accepts in practice: a ``.csv`` or ``.txt`` name and text without NUL bytes."""
    if not filename.lower().endswith(CSV_EXTENSIONS) or b"\x00" in content:
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def upload_csv(ctx: Context) -> Reply:
    mappable = COMPANY_FIELDS if ctx.get("type") == "company" else CONTACT_FIELDS
    upload = ctx.files.get("file")
    body: dict[str, Any] = {
        "file": None,
        "headers": [],
        "fields": mappable,
        "columns": list(mappable),
        "map": [],
    }
    if upload is None:
        return Reply(body, bench=False)
    if not _is_csv(upload.filename, upload.content):
        raise errors.validation({"file": {"mimetypes": "The file must be a valid CSV."}})
    rows = _rows(upload.content, _delimiter(ctx))
    headers = [cell for cell in (rows[0] if rows else []) if cell != ""]
    if len(headers) != len(set(headers)):
        raise errors.message(
            422,
            "Looks like your csv has same name header multiple times. Please fix your csv first and remove any"
            " duplicate header column",
        )
    digest = hashlib.md5(upload.content + str(time.time_ns()).encode()).hexdigest()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", upload.filename.rsplit("/", 1)[-1]).strip("-") or "import.csv"
    name = f"fluentcrm-{digest}-fluentcrm-{base}"
    with ctx.db.write() as conn:
        conn.execute(
            "INSERT INTO import_files (name, content, created_at) VALUES (?, ?, ?)",
            (name, upload.content, now_mysql()),
        )
        labels = {field["label"]: field["slug"] for field in records.custom_field_definitions(conn)}
    body.update(
        file=name, headers=headers, map=[{"csv": h, "table": _guess(h, mappable, labels)} for h in headers]
    )
    return Reply(body, bench=False)


def _guess(header: str, mappable: dict[str, str], custom_labels: dict[str, str]) -> str | None:
    """The field a header maps to: a field key as written or snake-cased, overridden by a custom field's label."""
    table = header if header in mappable else None
    snake = header.lower().replace(" ", "_")
    if table is None and snake in mappable:
        table = snake
    return custom_labels.get(header, table)


def import_csv(ctx: Context) -> Reply:
    name = ctx.get("file")
    if php_empty(name):
        raise errors.message(422, "The array can not be empty")
    with ctx.db.read() as conn:
        key = "" if isinstance(name, (list, dict)) else php_string(name)
        stored = conn.execute("SELECT content FROM import_files WHERE name = ?", (key,)).fetchone()
        custom_slugs = {field["slug"] for field in records.custom_field_definitions(conn)}
    if stored is None:
        raise errors.message(422, "Expected data must be a string or stringable")
    all_rows = _rows(stored["content"], _delimiter(ctx))
    header, data = (all_rows[0], all_rows[1:]) if all_rows else ([], [])
    page = _page_number(ctx.get("importing_page", 1))
    offset = (page - 1) * CSV_PAGE_SIZE
    page_rows = data[offset : offset + CSV_PAGE_SIZE]
    maps = _maps(ctx.get("map"))
    contacts: list[dict[str, Any]] = []
    invalid: list[dict[str, Any]] = []
    for cells in page_rows:
        if not any(cells):
            continue
        record = dict(zip(header, cells, strict=False))
        contact = _mapped(record, maps, custom_slugs)
        if "email" not in contact:
            raise errors.ApiError(422, {"email": "The email field is required."})
        contact["email"] = php_string(contact["email"]).strip()
        (contacts if is_email(contact["email"]) else invalid).append(contact)
    tags, lists = ctx.get("tags") or [], ctx.get("lists") or []
    with ctx.db.write() as conn:
        result = import_contacts(
            conn,
            contacts,
            tags=tags,
            lists=lists,
            update=ctx.get("update"),
            new_status=ctx.get("new_status"),
            source="csv",
            site_url=ctx.site_url,
            force_status=ctx.get("force_update_status") == "yes",
        )
        changed = {contact["email"].lower() for contact in [*result.inserted, *result.updated]}
        _store_custom_values(conn, [contact for contact in contacts if contact["email"].lower() in changed])
        completed = offset + len(page_rows)
        has_more = completed < len(data)
        if not has_more:
            conn.execute("DELETE FROM import_files WHERE name = ?", (key,))
    return Reply(
        {
            "total": len(data),
            "completed": completed,
            "total_page": math.ceil(len(data) / CSV_PAGE_SIZE),
            "skipped": len(invalid),
            "invalid_contacts": invalid,
            "skipped_contacts": [],
            "invalid_email_counts": len(invalid),
            "inserted": len(result.inserted),
            "updated": len(result.updated),
            "has_more": has_more,
            "last_page": ctx.get("importing_page", 1),
            "tags": tags,
            "lists": lists,
            "offset": offset,
            "result": result.body(),
        }
    )


def _maps(value: Any) -> list[dict[str, Any]]:
    """The column mappings; anything but a list of objects maps nothing (so the e-mail check fails)."""
    entries = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
    return [entry for entry in entries if isinstance(entry, dict)]


def _mapped(record: dict[str, str], maps: list[dict[str, Any]], custom_slugs: set[str]) -> dict[str, Any]:
    contact: dict[str, Any] = {"custom_values": []}
    for entry in maps:
        table, column = entry.get("table"), entry.get("csv")
        if php_empty(table) or not isinstance(table, str) or not isinstance(column, str):
            continue
        value = record.get(column)
        if table in ("tags", "lists"):
            continue  # titles of new tags and lists; the emulator attaches only the import's own ids
        if table in custom_slugs:
            values = contact["custom_values"] if isinstance(contact["custom_values"], dict) else {}
            values[table] = value
            contact["custom_values"] = values
        else:
            contact[table] = sanitize_text_field(value) if value is not None else None
    return contact


def _store_custom_values(conn: Any, contacts: list[dict[str, Any]]) -> None:
    for contact in contacts:
        values = contact.get("custom_values")
        if isinstance(values, dict) and values:
            row = model.find_by_email(conn, contact["email"])
            if row is not None:
                model.sync_custom_values(conn, int(row["id"]), values, delete_empty=False)


def _page_number(value: Any) -> int:
    text = php_string(value).strip()
    return max(int(text), 1) if text.isdigit() else 1


# --- WordPress users -----------------------------------------------------------------------------------------


def _roles(value: Any) -> list[str] | None:
    """``role__in``: a list of roles, ``None`` (every role) when empty."""
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, (list, type(None))):
        value = [value]  # one role sent as a scalar
    roles = [php_string(role) for role in value or [] if not isinstance(role, (list, dict))]
    return roles or None


def _users(ctx: Context, roles: list[str] | None, limit: int, offset: int) -> tuple[int, list[Any]]:
    where = f"WHERE role IN ({','.join('?' * len(roles))})" if roles else ""
    params: list[Any] = list(roles or [])
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM wp_users {where}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM wp_users {where} ORDER BY login LIMIT ? OFFSET ?", [*params, limit, offset]
        ).fetchall()
    return int(total), rows


def _import_users(ctx: Context, settings: dict[str, Any], status: Any, page: int) -> dict[str, Any]:
    offset = min(max(page - 1, 0) * USER_PAGE_SIZE, SQLITE_MAX_OFFSET)
    total, users = _users(ctx, _roles(settings.get("roles")), USER_PAGE_SIZE, offset)
    rows = [{"email": user["email"], "user_id": user["id"], "first_name": user["login"]} for user in users]
    if rows:
        with ctx.db.write() as conn:
            import_contacts(
                conn,
                rows,
                tags=settings.get("tags"),
                lists=settings.get("lists"),
                update=settings.get("update"),
                new_status=status,
                source="wp_users",
                site_url=ctx.site_url,
            )
    return {
        "page_total": math.ceil(total / USER_PAGE_SIZE),
        "record_total": total,
        # FluentCRM reports more whenever this page held users, the last page included.
        "has_more": bool(users),
        "current_page": page,
        "next_page": page + 1,
    }


def import_users(ctx: Context) -> Reply:
    page = _page_number(ctx.get("page", 1))
    return Reply({"message": "Processing", **_import_users(ctx, ctx.params, ctx.get("new_status"), page)})


def list_drivers(ctx: Context) -> Reply:
    images = ctx.site_url + ASSETS + "/images/"
    return Reply(
        {
            "drivers": {
                "csv": {"label": "CSV File", "logo": images + "csv.svg", "disabled": False},
                "users": {"label": "WordPress Users", "logo": images + "wordpress.svg", "disabled": False},
            }
        }
    )


def get_driver(ctx: Context) -> Reply:
    if ctx.path_params["driver"] != "users":
        raise errors.message(422, NO_DRIVER)
    if not php_empty(ctx.get("summary")):
        config = ctx.get("config")
        roles = _roles(config.get("roles") if isinstance(config, dict) else None)
        total, users = _users(ctx, roles, 5, 0)
        info = {
            "subscribers": [{"name": user["login"], "email": user["email"]} for user in users],
            "total": total,
            **{f"has_{name}_config": True for name in ("list", "tag", "status", "update", "silent")},
        }
        return Reply({"import_info": info}, bench=False)
    return Reply(
        {
            "config": {"roles": []},
            "fields": {
                "roles": {
                    "label": "Select User Roles",
                    "inline_help": "Please check the user roles that you want to import as contact",
                    "type": "checkbox-group",
                    "options": [{"id": role, "label": title} for role, title in USER_ROLES],
                    "input_class": "fluentcrm_2col_labels",
                    "has_all_selector": True,
                    "all_selector_label": "All",
                }
            },
            "labels": {"step_2": "Next [Review Data]", "step_3": "Import Users Now"},
        }
    )


def run_driver(ctx: Context) -> Reply:
    if ctx.path_params["driver"] != "users":
        raise errors.message(422, NO_DRIVER)
    config = ctx.get("config")
    if config == []:
        config = {}  # an empty JSON object, as PHP decodes it
    if not isinstance(config, dict):
        raise errors.invalid_param("config", "config must be an object of import settings.")
    page = ctx.get("importing_page")
    if php_empty(page) or not php_string(page).strip().lstrip("-").isdigit():
        raise errors.invalid_param("importing_page", "importing_page must be a page number.")
    return Reply(_import_users(ctx, config, config.get("status"), int(php_string(page).strip())))
