"""``/funnels``: FluentCRM's automation funnels, their editor saves, copies, imports and bulk actions.

Funnels start as drafts; ``published`` makes FluentCRM run them and ``paused`` stops new entries. Like FluentCRM
2.9.84 the emulator stores any status string a client sets and refuses only the status the funnel already has. It
never fetches remote templates and never calls a test webhook: those answer as FluentCRM does when the outside
world is unreachable.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.funnel_catalogue import block_fields, blocks, triggers
from emulator.funnel_steps import decode_json_text, delete_steps, save_steps
from emulator.funnel_store import (
    campaign_item,
    current_user_id,
    delete_funnels,
    description,
    editor_sequences,
    find_funnel,
    fresh_funnel,
    funnel_item,
    php_map,
    php_map_or_null,
    set_description,
)
from emulator.handlers.taxonomy_common import required_missing
from emulator.pagination import paginator, parse_page
from emulator.text import php_empty, sanitize_text_field, sanitize_textarea_field

SORTABLE = ("id", "type", "title", "trigger_name", "status", "created_by", "created_at", "updated_at")
_SQL_ID_LIST = re.compile(r"^\s*\d+\s*$")
_MAX_ID = 2**63 - 1  # larger values cannot name a row (MySQL's BIGINT, SQLite's INTEGER)


def _with(ctx: Context) -> list[str]:
    value = ctx.get("with", [])
    if isinstance(value, dict):
        value = list(value.values())
    return [str(item) for item in value] if isinstance(value, list) else []


def _int_list(value: Any) -> list[int]:
    """``getSafe(..., 'intval')`` of an id list, zeros and duplicates dropped (``array_unique(array_filter())``)."""
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        value = [value] if value not in (None, "") else []
    ids: list[int] = []
    for item in value:
        numeric = isinstance(item, (int, float)) and not isinstance(item, bool) and math.isfinite(item)
        number = int(item) if numeric or isinstance(item, str) and _SQL_ID_LIST.match(item) else 0
        if 0 < number <= _MAX_ID and number not in ids:
            ids.append(number)
    return ids


def _insert_funnel(
    conn: sqlite3.Connection, ctx: Context, title: str, trigger: str, conditions: Any, settings: Any
) -> sqlite3.Row:
    """A new draft; ``settings`` of ``None`` is stored as NULL, as FluentCRM does for an import without them."""
    stamp = now_mysql()
    cursor = conn.execute(
        "INSERT INTO funnels (title, trigger_name, status, conditions, settings, created_by, created_at, updated_at)"
        " VALUES (?, ?, 'draft', ?, ?, ?, ?, ?)",
        (
            title,
            trigger,
            php_map(conditions),
            php_map_or_null(settings),
            current_user_id(conn, ctx),
            stamp,
            stamp,
        ),
    )
    return find_funnel(conn, cursor.lastrowid)


def list_funnels(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    sort_by = str(ctx.get("sort_by") or "id")
    sort_type = "ASC" if str(ctx.get("sort_type") or "DESC").upper() == "ASC" else "DESC"
    if sort_by not in SORTABLE:
        raise errors.message(
            423,
            f"Unknown column '{sort_by}' in 'ORDER BY' (SQL: select * from `wp_fc_funnels` where "
            f"`wp_fc_funnels`.`type` = 'funnels' order by `{sort_by}` {sort_type.lower()} limit {page.size} offset "
            f"{page.offset})",
        )
    where, args = "type = 'funnels'", []
    search = ctx.get("search")
    if isinstance(search, str) and search:
        where += " AND title LIKE ?"
        args.append(f"%{search}%")
    if _int_list(ctx.get("labels")):
        where += " AND 0"  # the emulator has no global labels, so a label filter matches nothing
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM funnels WHERE {where}", args).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM funnels WHERE {where} ORDER BY {sort_by} {sort_type}, id {sort_type} LIMIT ? OFFSET ?",
            (*args, page.limit, page.offset),
        ).fetchall()
        items = []
        for row in rows:
            item = funnel_item(row)
            item["subscribers_count"] = conn.execute(
                "SELECT COUNT(*) FROM funnel_subscribers WHERE funnel_id = ?", (row["id"],)
            ).fetchone()[0]
            item["description"] = description(conn, row["id"])
            item["labels"] = []
            items.append(item)
    body: dict[str, Any] = {"funnels": paginator(page, total, items, ctx.paginator_path)}
    if "triggers" in _with(ctx):
        body["triggers"] = triggers()
    return Reply(body)


def list_triggers(ctx: Context) -> Reply:
    return Reply({"triggers": triggers()})


def list_templates(ctx: Context) -> Reply:
    """The remote catalogue is never fetched, so the answer is the one of a site that cannot reach it."""
    return Reply({"templates": [], "all": [], "cats": []})


def create_funnel(ctx: Context) -> Reply:
    data = ctx.get("funnel")
    data = data if isinstance(data, dict) else {}  # the real server crashes without the wrapper
    trigger = data.get("trigger_name")
    if required_missing(trigger) or not isinstance(trigger, str):
        raise errors.validation({"trigger_name": {"required": "The trigger_name field is required."}})
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    if not title:
        label = triggers().get(trigger, {}).get("label", "Unknown Automation")
        title = f"{label} (Created at {now_mysql()[:10]})"
    with ctx.db.write() as conn:
        row = _insert_funnel(conn, ctx, sanitize_text_field(title), sanitize_text_field(trigger), [], [])
        set_description(conn, row["id"], sanitize_textarea_field(data.get("description")))
        funnel = fresh_funnel(row)
    if not data.get("title"):
        # The default title is filled in after the trigger that was sent, so it follows it (recorded).
        funnel = {"trigger_name": funnel.pop("trigger_name"), **funnel}
    return Reply({"funnel": funnel, "message": "Funnel has been created. Please configure now"})


def get_funnel(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = find_funnel(conn, ctx.path_params["id"])
        funnel = funnel_item(row)
        trigger = triggers().get(row["trigger_name"])
        if trigger is not None:
            funnel["trigger"] = trigger
        funnel["description"] = description(conn, row["id"])
        if not funnel["settings"]:
            funnel["settings"] = {}
        body: dict[str, Any] = {"funnel": funnel}
        wanted = _with(ctx)
        if "blocks" in wanted:
            body["blocks"] = blocks()
        if "block_fields" in wanted:
            body["block_fields"] = block_fields()
            body["composer_context_codes"] = []
        if "funnel_sequences" in wanted:
            body["funnel_sequences"] = editor_sequences(conn, row["id"])
    return Reply(body)


def _set_column(ctx: Context, column: str, same_message: str, done: str) -> Reply:
    """The single-property updates: refuse the value already stored, store anything else (missing → empty)."""
    value = sanitize_text_field(ctx.get(column) if not isinstance(ctx.get(column), (list, dict)) else "")
    with ctx.db.write() as conn:
        row = find_funnel(conn, ctx.path_params["id"])
        if row[column] == value:
            raise errors.message(422, same_message)
        conn.execute(
            f"UPDATE funnels SET {column} = ?, updated_at = ? WHERE id = ?", (value, now_mysql(), row["id"])
        )
    return Reply({"message": done + value})


def update_status(ctx: Context) -> Reply:
    return _set_column(ctx, "status", "Funnel already have the same status", "Status has been updated to ")


def update_title(ctx: Context) -> Reply:
    return _set_column(ctx, "title", "Funnel already have the same title", "Title has been updated to ")


def delete_funnel(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = find_funnel(conn, ctx.path_params["id"])
        delete_funnels(conn, [row["id"]], bulk=False)
    return Reply({"message": "Funnel has been deleted"})


def change_trigger(ctx: Context) -> Reply:
    errors.id_zero("funnel", ctx.path_params["id"])
    problems = {
        field: {"required": f"The {field} field is required."}
        for field in ("trigger_name", "title")
        if required_missing(ctx.get(field)) or isinstance(ctx.get(field), (list, dict))
    }
    if problems:
        raise errors.validation(problems)
    trigger = sanitize_text_field(ctx.get("trigger_name"))
    with ctx.db.write() as conn:
        row = find_funnel(conn, ctx.path_params["id"])
        if row["trigger_name"] == str(ctx.get("trigger_name")):
            raise errors.message(422, "Trigger name is same")
        conn.execute(
            "UPDATE funnels SET trigger_name = ?, title = ?, settings = '[]', conditions = '[]', updated_at = ?"
            " WHERE id = ?",
            (trigger, sanitize_text_field(ctx.get("title")), now_mysql(), row["id"]),
        )
        funnel = funnel_item(conn.execute("SELECT * FROM funnels WHERE id = ?", (row["id"],)).fetchone())
    return Reply({"message": "Funnel Trigger has been successfully updated", "funnel": funnel})


def update_labels(ctx: Context) -> Reply:
    """Labels are global labels, which the emulator does not keep: the funnel is checked and nothing changes."""
    with ctx.db.read() as conn:
        find_funnel(conn, ctx.path_params["id"])
    return Reply({"message": "Labels has been updated"})


def clone_funnel(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        source = find_funnel(conn, ctx.path_params["id"])
        copy = _insert_funnel(
            conn,
            ctx,
            "[Copy] " + source["title"],
            source["trigger_name"],
            json.loads(source["conditions"]),
            json.loads(source["settings"]),
        )
        steps = [
            dict(step)
            for step in conn.execute(
                "SELECT action_name, condition_type, type, title, description, settings, note FROM funnel_sequences"
                " WHERE funnel_id = ? AND parent_id = 0 ORDER BY sequence, id",
                (source["id"],),
            )
        ]
        for step in steps:
            step["settings"] = json.loads(step["settings"])
        save_steps(conn, copy["id"], steps, current_user_id(conn, ctx), now_mysql(), keep_ids=False)
        funnel = fresh_funnel(copy)
    return Reply({"message": "Funnel has been successfully cloned", "funnel": funnel})


def _title_missing_error(now: str) -> errors.ApiError:
    return errors.message(
        423,
        "Column 'title' cannot be null (SQL: insert into `wp_fc_funnels` (`title`, `trigger_name`, `status`, "
        "`conditions`, `settings`, `created_by`, `type`, `updated_at`, `created_at`) values (null, null, 'draft', "
        f"'a:0:{{}}', null, 1, 'funnels', '{now}', '{now}'))",
    )


def import_funnel(ctx: Context) -> Reply:
    data = ctx.get("funnel")
    data = data if isinstance(data, dict) else {}
    title = data.get("title")
    if not isinstance(title, str) or title == "":
        raise _title_missing_error(now_mysql())
    steps = ctx.json("sequences", [])
    with ctx.db.write() as conn:
        row = _insert_funnel(
            conn,
            ctx,
            sanitize_text_field(title),
            sanitize_text_field(data.get("trigger_name") or ""),
            data.get("conditions"),
            data.get("settings"),
        )
        save_steps(
            conn,
            row["id"],
            steps if isinstance(steps, list) else [],
            current_user_id(conn, ctx),
            now_mysql(),
            keep_ids=False,
        )
        funnel = fresh_funnel(row)
    return Reply({"message": "Funnel has been successfully imported", "funnel": funnel})


def create_from_template(ctx: Context) -> Reply:
    """The template URL is never fetched: the answer is FluentCRM's when the download fails."""
    raise _title_missing_error(now_mysql())


def _save_sequences(ctx: Context, funnel_id: Any) -> Reply:
    for field in ("conditions", "sequences"):
        if not isinstance(ctx.get(field), str):
            # FluentCRM 2.9.84 crashes here (json_decode() of an array); the emulator names the field.
            raise errors.validation({field: {"required": f"The {field} field is required."}})
    settings = decode_json_text(ctx.get("funnel_settings"))
    conditions = decode_json_text(ctx.get("conditions"))
    steps = decode_json_text(ctx.get("sequences"))
    status = ctx.get("status")
    stamp = now_mysql()
    with ctx.db.write() as conn:
        row = find_funnel(conn, funnel_id)
        title = ctx.get("funnel_title")
        conn.execute(
            "UPDATE funnels SET settings = ?, conditions = ?, status = ?, title = ?, updated_at = ? WHERE id = ?",
            (
                php_map(settings),
                php_map(conditions),
                sanitize_text_field(status) if isinstance(status, str) else "",
                sanitize_text_field(title) if isinstance(title, str) and title else row["title"],
                stamp,
                row["id"],
            ),
        )
        note = ctx.get("funnel_description")
        set_description(conn, row["id"], note if isinstance(note, str) else None)
        kept = save_steps(
            conn,
            row["id"],
            steps if isinstance(steps, list) else [],
            current_user_id(conn, ctx),
            stamp,
            keep_ids=True,
        )
        dropped = conn.execute(
            f"SELECT id FROM funnel_sequences WHERE funnel_id = ? AND id NOT IN ({','.join('?' * len(kept))})",
            (row["id"], *kept),
        ).fetchall()
        if dropped:
            delete_steps(conn, [step["id"] for step in dropped])
        sequences = editor_sequences(conn, row["id"])
    return Reply({"sequences": sequences, "message": "Sequence successfully updated"})


def save_sequences(ctx: Context) -> Reply:
    return _save_sequences(ctx, ctx.path_params["id"])


def save_sequences_fallback(ctx: Context) -> Reply:
    return _save_sequences(ctx, ctx.get("funnel_id"))


_CAMPAIGN_FIELDS = (
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
)


def _save_email_action(ctx: Context, funnel_id: Any) -> Reply:
    raw_action = ctx.json("action_data", {})
    action: dict[str, Any] = raw_action if isinstance(raw_action, dict) else {}
    raw_campaign = action.get("campaign")
    campaign: dict[str, Any] = raw_campaign if isinstance(raw_campaign, dict) else {}
    mailer = action.get("mailer_settings")
    values = {
        field: campaign[field]
        for field in _CAMPAIGN_FIELDS
        if field in campaign and campaign[field] is not None and not isinstance(campaign[field], (list, dict))
    }
    values["settings"] = json.dumps({"mailer_settings": mailer if mailer else []})
    stamp = now_mysql()
    with ctx.db.write() as conn:
        funnel = find_funnel(conn, funnel_id)
        values["title"] = f"{funnel['title']} ({funnel['id']})"
        campaign_id = campaign.get("id")
        same_funnel = str(campaign.get("parent_id")) == str(funnel["id"])
        exists = (
            isinstance(campaign_id, int)
            and conn.execute("SELECT 1 FROM funnel_campaigns WHERE id = ?", (campaign_id,)).fetchone()
        )
        if exists and same_funnel:
            assignments = ", ".join(f"{column} = ?" for column in values)
            conn.execute(
                f"UPDATE funnel_campaigns SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), stamp, campaign_id),
            )
            kind = "updated"
        else:
            values["parent_id"] = funnel["id"]
            values.setdefault("email_body", "")
            columns = ", ".join((*values, "created_at", "updated_at"))
            cursor = conn.execute(
                f"INSERT INTO funnel_campaigns ({columns}) VALUES ({', '.join('?' * (len(values) + 2))})",
                (*values.values(), stamp, stamp),
            )
            campaign_id, kind = int(cursor.lastrowid or 0), "created"
        stored = campaign_item(
            conn.execute("SELECT * FROM funnel_campaigns WHERE id = ?", (campaign_id,)).fetchone()
        )
    return Reply({"type": kind, "reference_campaign": campaign_id, "campaign": stored})


def save_email_action(ctx: Context) -> Reply:
    return _save_email_action(ctx, ctx.path_params["id"])


def save_email_action_fallback(ctx: Context) -> Reply:
    return _save_email_action(ctx, ctx.get("funnel_id"))


def bulk_action(ctx: Context) -> Reply:
    funnel_ids = _int_list(ctx.get("funnel_ids"))
    if not funnel_ids:
        raise errors.message(422, "Please provide funnel IDs")
    action = ctx.get("action_name")
    marks = ",".join("?" * len(funnel_ids))
    if action == "change_funnel_status":
        status = sanitize_text_field(ctx.get("status") if isinstance(ctx.get("status"), str) else "")
        if not status:
            raise errors.message(422, "Please select status")
        with ctx.db.write() as conn:
            conn.execute(
                f"UPDATE funnels SET status = ?, updated_at = ? WHERE id IN ({marks}) AND status != ?",
                (status, now_mysql(), *funnel_ids, status),
            )
        return Reply({"message": "Status has been changed for the selected funnels"})
    if action == "delete_funnels":
        with ctx.db.write() as conn:
            found = [
                row["id"] for row in conn.execute(f"SELECT id FROM funnels WHERE id IN ({marks})", funnel_ids)
            ]
            if found:
                delete_funnels(conn, found, bulk=True)
        return Reply({"message": "Selected Funnels has been deleted permanently"})
    if action == "apply_labels":
        if php_empty(ctx.get("labels")):
            raise errors.message(422, "Please provide labels")
        return Reply({"message": "Labels has been applied successfully"})
    raise errors.message(422, "invalid bulk action")


_URL = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s/?#]+[^\s]*$", re.IGNORECASE)


def send_test_webhook(ctx: Context) -> Reply:
    """Checks the request like FluentCRM, then answers as if the remote call failed: nothing leaves the machine."""
    data = ctx.get("data")
    url = data.get("remote_url") if isinstance(data, dict) else None
    if php_empty(url):
        raise errors.validation({"data.remote_url": {"required": "Remote URL is required"}})
    if not isinstance(url, str) or not _URL.match(url):
        raise errors.validation({"data.remote_url": {"url": "The data.remote_url format is invalid."}})
    with ctx.db.read() as conn:
        contact = conn.execute(
            "SELECT 1 FROM subscribers WHERE email = ? OR status = 'subscribed' LIMIT 1", (ctx.user.email,)
        ).fetchone()
    if contact is None:
        raise errors.message(
            422,
            "No subscriber found to send test webhook. Please add at least one contact with subscribed status.",
        )
    raise errors.message(422, "Test Webhook failed to send")
