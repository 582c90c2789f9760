"""``/templates``: e-mail templates, which FluentCRM keeps as WordPress posts (``fc_template``) with meta.

Reads print the WordPress post columns; ``GET /templates/{id}`` for an unknown id answers a blank default template,
as FluentCRM does. Where FluentCRM 2.9.84 crashes (no ``template`` object, an id of 0) the emulator answers a 4xx.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from emulator import errors, records
from emulator.campaign_model import DEFAULT_TEMPLATE_CONFIG, MAX_ID, template_config_ok
from emulator.context import Context, Reply, now_mysql
from emulator.ids import row_id
from emulator.pagination import paginator, parse_page
from emulator.routing import Route
from emulator.text import sanitize_text_field

NOT_FOUND = "No query results for model [FluentCrm\\App\\Models\\Template]."
ORDERABLE = {"id": "id", "post_title": "post_title", "post_date": "created_at", "post_modified": "updated_at"}
ID = r"(?P<id>\d+)"
SMARTCODES_GENERAL = {
    "{{crm.business_name}}": "Business Name",
    "{{crm.business_address}}": "Business Address",
    "##crm.unsubscribe_url##": "Unsubscribe URL",
    "##crm.manage_subscription_url##": "Manage Subscription URL",
    "##web_preview_url##": "View On Browser URL",
}
CONTACT_CODES = ("full_name", "first_name", "last_name", "email", "id", "city", "country", "phone", "status")


def _post(row: sqlite3.Row, site_url: str) -> dict[str, Any]:
    return {
        "ID": row["id"],
        "post_author": "1",
        "post_date": row["created_at"],
        "post_date_gmt": row["created_at"],
        "post_content": row["post_content"],
        "post_title": row["post_title"],
        "post_excerpt": row["post_excerpt"],
        "post_status": row["post_status"],
        "comment_status": "closed",
        "ping_status": "closed",
        "post_password": "",
        "post_name": "",
        "to_ping": "",
        "pinged": "",
        "post_modified": row["updated_at"],
        "post_modified_gmt": row["updated_at"],
        "post_content_filtered": "",
        "post_parent": "0",
        "guid": f"{site_url}/?p={row['id']}",
        "menu_order": "0",
        "post_type": "fc_template",
        "post_mime_type": "",
        "comment_count": "0",
        "design_template": row["design_template"],
    }


def _find(conn: sqlite3.Connection, template_id: Any) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM email_templates WHERE id = ?", (row_id(template_id),)).fetchone()
    if row is None:
        raise errors.message(404, NOT_FOUND)
    found: sqlite3.Row = row
    return found


def _content(ctx: Context, required: bool) -> dict[str, Any]:
    """The ``template`` object. Creating without one crashes FluentCRM 2.9.84; updating saves the defaults."""
    data = ctx.json("template")
    if isinstance(data, dict):
        return data
    if data == []:
        return {}  # `{}` as PHP decodes it
    if required:
        raise errors.message(422, "template is required")
    return {}


def _settings(data: dict[str, Any]) -> tuple[str, str]:
    """The design options and footer to store; ill-typed ones are dropped (FluentCRM would store them as sent)."""
    stored = data.get("settings")
    settings: dict[str, Any] = stored if isinstance(stored, dict) else {}
    config = settings.get("template_config")
    footer = settings.get("footer_settings")
    good_config = config if isinstance(config, dict) and template_config_ok(config) else {}
    good_footer = {k: v for k, v in footer.items() if isinstance(v, str)} if isinstance(footer, dict) else {}
    return json.dumps(good_config), json.dumps(good_footer)


def list_templates(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    order_by = str(ctx.get("orderBy") or "ID")
    column = ORDERABLE.get(order_by.lower()) or ORDERABLE.get(order_by)
    if column is None:
        raise errors.message(423, f"Unknown column '{order_by}' in 'ORDER BY'")
    direction = "ASC" if str(ctx.get("order") or "desc").lower() == "asc" else "DESC"
    types = ctx.get("types[]", ctx.get("types")) or ["publish", "draft"]
    types = [str(t) for t in (types if isinstance(types, list) else [types])]
    where, args = f"post_status IN ({','.join('?' * len(types))})", list(types)
    search = sanitize_text_field(ctx.get("search") or "")
    if search:
        where += " AND post_title LIKE ?"
        args.append(f"%{search}%")
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM email_templates WHERE {where}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM email_templates WHERE {where} ORDER BY {column} {direction} LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
    return Reply(
        {"templates": paginator(page, total, [_post(row, ctx.site_url) for row in rows], ctx.paginator_path)}
    )


def _smartcodes(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    groups = [
        {
            "key": "contact",
            "title": "Contact",
            "shortcodes": {f"{{{{contact.{c}}}}}": c.replace("_", " ").title() for c in CONTACT_CODES},
        }
    ]
    fields = records.custom_field_definitions(conn)
    if fields:
        groups.append(
            {
                "key": "contact_custom_fields",
                "title": "Custom Fields",
                "shortcodes": {
                    f"{{{{contact.custom.{f['slug']}}}}}": f.get("label", f["slug"])
                    for f in fields
                    if isinstance(f, dict) and "slug" in f
                },
            }
        )
    groups.append({"key": "general", "title": "General", "shortcodes": dict(SMARTCODES_GENERAL)})
    return groups


def all_templates(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        rows = conn.execute(
            "SELECT * FROM email_templates WHERE post_status = 'publish' ORDER BY id DESC"
        ).fetchall()
        return Reply(
            {"templates": [_post(row, ctx.site_url) for row in rows], "smartcodes": _smartcodes(conn)}
        )


def smartcodes(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        return Reply({"smartcodes": _smartcodes(conn)})


def built_in(ctx: Context) -> Reply:
    return Reply({"templates": []})  # the emulator never fetches FluentCRM's remote catalogue


def create_template(ctx: Context) -> Reply:
    if ctx.get("template_id"):
        return _update(ctx, ctx.get("template_id"))
    data = _content(ctx, required=True)
    stamp = now_mysql()
    title = str(data.get("post_title") or "") or f"Email Template @ {stamp}"
    config, footer = _settings(data)
    with ctx.db.write() as conn:
        cursor = conn.execute(
            "INSERT INTO email_templates (post_title, post_content, post_excerpt, email_subject, edit_type, design_template,"
            " template_config, footer_settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                title,
                str(data.get("post_content") or ""),
                str(data.get("post_excerpt") or ""),
                str(data.get("email_subject") or title),
                str(data.get("edit_type") or "html"),
                str(data.get("design_template") or "simple"),
                config,
                footer,
                stamp,
                stamp,
            ),
        )
    return Reply({"message": "Template successfully created", "template_id": int(cursor.lastrowid or 0)})


def get_template(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = conn.execute(
            "SELECT * FROM email_templates WHERE id = ?", (row_id(ctx.path_params["id"]),)
        ).fetchone()
    if row is None:
        content: dict[str, Any] = {
            "post_title": "",
            "post_content": "",
            "post_excerpt": "",
            "email_subject": "",
            "edit_type": "html",
            "design_template": "simple",
            "settings": {
                "template_config": dict(DEFAULT_TEMPLATE_CONFIG),
                "footer_settings": {"custom_footer": "no", "footer_content": ""},
            },
        }
    else:
        content = {
            key: row[key]
            for key in (
                "post_title",
                "post_content",
                "post_excerpt",
                "email_subject",
                "edit_type",
                "design_template",
            )
        }
        content["settings"] = {
            "template_config": json.loads(row["template_config"]) or [],
            "footer_settings": json.loads(row["footer_settings"]) or {},
        }
    return Reply({"template": content})


def _update(ctx: Context, template_id: Any) -> Reply:
    with ctx.db.write() as conn:
        row = _find(conn, template_id)
        data = _content(ctx, required=False)
        footer = (
            (data.get("settings") or {}).get("footer_settings")
            if isinstance(data.get("settings"), dict)
            else None
        )
        if isinstance(footer, dict) and footer.get("custom_footer") == "yes":
            text = str(footer.get("footer_content") or "")
            if "##crm.unsubscribe_url##" not in text and "##crm.manage_subscription_url##" not in text:
                raise errors.message(
                    422,
                    "##crm.manage_subscription_url## or ##crm.unsubscribe_url## string is required for compliance. Please include unsubscription or manage subscription link",
                )
        stamp = now_mysql()
        fallback = "Email template created at " + stamp[:16]
        config, footer_json = _settings(data)
        conn.execute(
            "UPDATE email_templates SET post_title = ?, post_content = ?, post_excerpt = ?, email_subject = ?, edit_type = ?,"
            " design_template = ?, template_config = ?, footer_settings = ?, updated_at = ? WHERE id = ?",
            (
                str(data.get("post_title") or fallback),
                str(data.get("post_content") or ""),
                str(data.get("post_excerpt") or ""),
                str(data.get("email_subject") or fallback),
                str(data.get("edit_type") or "html"),
                str(data.get("design_template") or "simple"),
                config,
                footer_json,
                stamp,
                row["id"],
            ),
        )
    return Reply({"message": "Template successfully updated", "template_id": str(template_id)})


def update_template(ctx: Context) -> Reply:
    return _update(ctx, ctx.path_params["id"])


def delete_template(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _find(conn, ctx.path_params["id"])
        conn.execute("DELETE FROM email_templates WHERE id = ?", (row["id"],))
    return Reply({"message": "The template has been deleted successfully."})


def duplicate_template(ctx: Context) -> Reply:
    stamp = now_mysql()
    with ctx.db.write() as conn:
        row = _find(conn, ctx.path_params["id"])
        cursor = conn.execute(
            "INSERT INTO email_templates (post_title, post_content, post_excerpt, post_status, email_subject, edit_type, design_template,"
            " template_config, footer_settings, created_at, updated_at) SELECT '[Duplicate] ' || post_title, post_content, post_excerpt,"
            " 'draft', email_subject, edit_type, design_template, template_config, footer_settings, ?, ? FROM email_templates WHERE id = ?",
            (stamp, stamp, row["id"]),
        )
    return Reply({"message": "Template successfully duplicated", "template_id": int(cursor.lastrowid or 0)})


def bulk_action(ctx: Context) -> Reply:
    raw = ctx.get("template_ids") or []
    ids = [
        int(v)
        for v in (raw if isinstance(raw, list) else [raw])
        if isinstance(v, (int, str)) and not isinstance(v, bool) and str(v).isdigit() and 0 < int(v) <= MAX_ID
    ]
    marks = ",".join("?" * len(ids)) or "NULL"
    action = ctx.get("action_name")
    with ctx.db.write() as conn:
        if action == "change_template_status":
            status = sanitize_text_field(ctx.get("status") or "")
            if not status:
                raise errors.message(422, "Please select status")
            conn.execute(f"UPDATE email_templates SET post_status = ? WHERE id IN ({marks})", (status, *ids))
            return Reply({"message": "Status has been changed for the selected templates"})
        if action == "delete_templates":
            conn.execute(f"DELETE FROM email_templates WHERE id IN ({marks})", ids)
            return Reply({"message": "Selected Templates has been deleted permanently"})
    return Reply({"message": "invalid bulk action"})


def set_global_style(ctx: Context) -> Reply:
    config = ctx.get("config")
    values = {str(k): sanitize_text_field(v) for k, v in config.items()} if isinstance(config, dict) else {}
    with ctx.db.write() as conn:
        conn.execute(
            "INSERT INTO options (name, value) VALUES ('global_email_style_config', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (json.dumps(values),),
        )
    return Reply({"message": "Global style settings has been updated"})


def template_routes() -> list[Route]:
    return [
        Route(r"/templates", {"GET": list_templates, "POST": create_template}),
        Route(r"/templates/all", {"GET": all_templates}),
        Route(r"/templates/smartcodes", {"GET": smartcodes}),
        Route(r"/templates/built-in-templates", {"GET": built_in}),
        Route(r"/templates/do-bulk-action", {"POST": bulk_action}),
        Route(r"/templates/set-global-style", {"POST": set_global_style}),
        Route(r"/templates/duplicate/" + ID, {"POST": duplicate_template}),
        Route(r"/templates/" + ID, {"GET": get_template, "PUT": update_template, "DELETE": delete_template}),
    ]
