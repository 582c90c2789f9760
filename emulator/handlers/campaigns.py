"""``/campaigns``: FluentCRM's campaign controllers, with the sending state machine and an outbox instead of mail.

The emulator keeps FluentCRM's rules for which state may be scheduled, paused, resumed or un-scheduled, and its
answers. Where FluentCRM 2.9.84 crashes (an id of 0, a missing ``email_ids``, ``with[]`` on a missing campaign) it
answers a clear 4xx; where it silently destroys data (deleting campaign N removes the e-mail row with id N) it
deletes only the campaign's own e-mails. See docs/emulator.md.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from typing import Any

from emulator import campaign_model as model
from emulator import errors, records
from emulator.context import Context, Reply, now_mysql
from emulator.ids import row_id
from emulator.pagination import paginator, parse_page
from emulator.routing import Route
from emulator.text import php_empty, sanitize_text_field, slugify

NOT_FOUND = "No query results for model [FluentCrm\\App\\Models\\Campaign]."
EMAIL_NOT_FOUND = "No query results for model [FluentCrm\\App\\Models\\CampaignEmail]."
STATUSES = (
    "draft",
    "pending-scheduled",
    "scheduled",
    "processing",
    "working",
    "paused",
    "archived",
    "incomplete",
    "purged",
)
#: Sortable columns and the table that holds each (the reports' `campaigns`, or `campaign_details`).
SORTABLE = {
    "id": "c",
    "title": "c",
    "status": "c",
    "created_at": "c",
    "updated_at": "c",
    "scheduled_at": "d",
    "recipients_count": "d",
}
ID = r"(?P<id>\d+)"


def _id(ctx: Context) -> int:
    """The path id of a route that does not look the campaign up; 0 (a PHP fatal in FluentCRM) is refused."""
    campaign_id = int(ctx.path_params["id"])
    if not 0 < campaign_id <= model.MAX_ID:
        raise errors.message(404, NOT_FOUND)
    return campaign_id


def _campaign(conn: sqlite3.Connection, campaign_id: Any) -> sqlite3.Row:
    """``Campaign::findOrFail``; an id of 0 (a crash in FluentCRM) is simply not found here."""
    row = model.find(conn, row_id(campaign_id))
    if row is None:
        raise errors.message(404, NOT_FOUND)
    return row


def _ids(value: Any) -> list[int]:
    """Record ids from a PHP array parameter: positive integers that fit a database column, in order."""
    found = [
        int(v)
        for v in _list(value)
        if isinstance(v, (int, str)) and not isinstance(v, bool) and str(v).isdigit()
    ]
    return [v for v in found if 0 < v <= model.MAX_ID]


def _list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]


def _with(ctx: Context) -> list[str]:
    return [str(item) for item in _list(ctx.get("with[]", ctx.get("with")))]


def list_campaigns(ctx: Context) -> Reply:
    for name in ("statuses", "with"):
        if isinstance(ctx.query.get(name), str) and ctx.query[name]:
            # FluentCRM 2.9.84 crashes on a single value where it expects `name[]`.
            raise errors.invalid_param(name, f"{name} must be sent as {name}[]")
    page = parse_page(ctx.params)
    sort_by = str(ctx.get("sort_by") or "id")
    if sort_by not in SORTABLE:
        raise errors.message(423, f"Unknown column '{sort_by}' in 'ORDER BY'")
    direction = "ASC" if ctx.get("sort_type") == "ASC" else "DESC"
    clauses, args = ["d.type = 'campaign'"], []
    statuses = [str(s) for s in _list(ctx.get("statuses[]", ctx.get("statuses")))]
    if statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(statuses))})")
        args += statuses
    search = sanitize_text_field(ctx.get("searchBy") or "")
    if search:
        clauses.append("c.title LIKE ?")
        args.append(f"%{search}%")
    where = " AND ".join(clauses)
    base = "FROM campaigns c JOIN campaign_details d ON d.campaign_id = c.id WHERE " + where
    with ctx.db.read() as conn:
        rows = conn.execute(
            f"SELECT c.id, c.title, c.status, c.created_at, c.updated_at, d.* {base} ORDER BY {SORTABLE[sort_by]}.{sort_by} {direction} LIMIT ? OFFSET ?",
            [*args, page.limit, page.offset],
        ).fetchall()
        total = conn.execute(f"SELECT COUNT(*) {base}", args).fetchone()[0]
        labels = set(_ids(ctx.get("labels[]", ctx.get("labels"))))
        items = []
        for row in rows:
            if labels and not labels & set(_json_list(row["label_ids"])):
                continue
            item = model.render(row)
            if "stats" in _with(ctx):
                item["stats"] = _stats(conn, row["id"])
                item["next_step"] = row["next_step"] if row["next_step"] is not None else False
                item["labels"] = [
                    {"id": label, "slug": f"label-{label}", "title": f"Label {label}", "color": None}
                    for label in _json_list(row["label_ids"])
                ]
            items.append(item)
    return Reply(
        {"campaigns": paginator(page, total if not labels else len(items), items, ctx.paginator_path)}
    )


def _json_list(text: str) -> list[int]:
    return [int(v) for v in json.loads(text or "[]")]


def _stats(conn: sqlite3.Connection, campaign_id: int) -> dict[str, int]:
    row = conn.execute(
        "SELECT COUNT(*), SUM(status = 'sent'), SUM(click_counter IS NOT NULL), SUM(is_open > 0) FROM campaign_emails WHERE campaign_id = ?",
        (campaign_id,),
    ).fetchone()
    return {
        "total": row[0],
        "sent": row[1] or 0,
        "clicks": row[2] or 0,
        "views": row[3] or 0,
        "unsubscribers": 0,
    }


def create_campaign(ctx: Context) -> Reply:
    title = ctx.get("title")
    with ctx.db.write() as conn:
        if _title_missing(title):
            raise errors.validation({"title": {"required": "The title field is required."}})
        if model.title_taken(conn, str(title)):
            raise errors.validation(
                {"title": {"unique": "The title attribute is already taken and must be unique."}}
            )
        clean = sanitize_text_field(title)
        campaign_id = model.insert(conn, {"title": clean, "slug": slugify(clean), "created_by": 1})
        body = {**model.render_created(_campaign(conn, campaign_id)), "template": None, "subjects": []}
    return Reply(body, bench=False)


def get_campaign(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        campaign = model.render(row)
        if ctx.has("viewCampaign"):
            return Reply({"campaign": campaign, "emails": _emails_page(conn, ctx, row["id"])})
        relations = _with(ctx)
        unknown = [name for name in relations if name not in ("subjects", "template")]
        if unknown:
            raise errors.message(
                423,
                f"Call to undefined method FluentCrm\\Framework\\Database\\Query\\Builder::{unknown[0]}()",
            )
        campaign["server_time"] = now_mysql()
        if "subjects" in relations:
            campaign["subjects"] = []
        if "template" in relations:
            campaign["template"] = None
        templates = [
            {"ID": t["id"], "post_title": t["post_title"]}
            for t in conn.execute("SELECT id, post_title FROM email_templates ORDER BY id DESC")
        ]
    return Reply({"campaign": campaign, "templates": templates})


def _title_missing(title: Any) -> bool:
    """Laravel's ``required``: only a missing value, an empty string or an empty array fails (``"0"`` passes)."""
    return not isinstance(title, str) or title.strip() == ""


UPDATABLE = (
    "slug",
    "template_id",
    "email_subject",
    "email_pre_header",
    "email_body",
    "scheduled_at",
    "design_template",
)
COMPLIANCE = "##crm.manage_subscription_url## or ##crm.unsubscribe_url## or {{crm_global_email_footer}} string is required for compliance. Please include unsubscription or manage subscription link. <br />Please go to the previous screen and add the unsubscribe link"


def _update(ctx: Context, campaign_id: Any) -> Reply:
    data = ctx.params
    title = data.get("title")
    with ctx.db.write() as conn:
        own = row_id(campaign_id)
        if _title_missing(title):
            raise errors.validation({"title": {"required": "The title field is required."}})
        if model.title_taken(conn, str(title), own):
            raise errors.validation(
                {"title": {"unique": "The title attribute is already taken and must be unique."}}
            )
        row = _campaign(conn, campaign_id)
        changes: dict[str, Any] = {"title": sanitize_text_field(title)}
        changes.update(_columns(data))
        utm = {**_utm(row), **{key: _text(data[key]) for key in model.UTM_KEYS if key in data}}
        if "utm_status" in data:
            utm["utm_status"] = 1 if str(data["utm_status"]) in ("1", "true", "True") else 0
        changes["utm"] = utm
        if (
            isinstance(data.get("settings"), dict)
            and data["settings"]
            and model.well_formed_settings(data["settings"])
        ):
            changes["settings"] = data["settings"]
        next_step = data.get("next_step")
        if not php_empty(next_step):
            changes["next_step"] = str(next_step)
        model.update(conn, row["id"], **changes)
        row = _campaign(conn, row["id"])
        if str(next_step) == "2":
            settings = model.settings_of(row) or {}
            config = settings.get("template_config") if isinstance(settings, dict) else None
            footer_off = isinstance(config, dict) and config.get("disable_footer") == "yes"
            body = row["email_body"] or ""
            if (
                (footer_off or row["design_template"] == "visual_builder")
                and "##crm.unsubscribe_url##" not in body
                and "##crm.manage_subscription_url##" not in body
            ):
                raise errors.ApiError(422, {"compliance_failed": True, "message": COMPLIANCE})
        return Reply({"campaign": model.render(row)})


def _columns(data: dict[str, Any]) -> dict[str, Any]:
    """The content columns of an update as MySQL would store them: text as text, a bad date or id as NULL."""
    columns: dict[str, Any] = {}
    for key in UPDATABLE:
        if key not in data or isinstance(data[key], (dict, list)):
            continue
        value = data[key]
        if key == "template_id":
            columns[key] = int(value) if str(value).isdigit() and 0 < int(value) <= model.MAX_ID else None
        elif key == "scheduled_at":
            columns[key] = value if isinstance(value, str) and model.TIMESTAMP.match(value) else None
        else:
            columns[key] = (
                "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
            )
    return columns


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _utm(row: sqlite3.Row) -> dict[str, Any]:
    return dict(json.loads(row["utm"]))


def update_campaign(ctx: Context) -> Reply:
    return _update(ctx, ctx.path_params["id"])


def update_by_body(ctx: Context) -> Reply:
    return _update(ctx, ctx.get("campaign_id") or "")


def delete_campaign(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        _delete(conn, row["id"])
    return Reply({"success": True}, bench=False)


def _delete(conn: sqlite3.Connection, campaign_id: int) -> None:
    """Removes the campaign with its own e-mails and metrics (never another campaign's e-mail, unlike FluentCRM)."""
    for table, column in (
        ("campaign_emails", "campaign_id"),
        ("campaign_url_metrics", "campaign_id"),
        ("campaign_details", "campaign_id"),
        ("campaigns", "id"),
    ):
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (campaign_id,))


def save_step(ctx: Context) -> Reply:
    campaign_id = _id(ctx)
    with ctx.db.write() as conn:
        conn.execute(
            "UPDATE campaign_details SET next_step = ? WHERE campaign_id = ?",
            (str(ctx.get("next_step") or ""), campaign_id),
        )
    return Reply({"message": "step saved"})


def _transition(
    ctx: Context,
    allowed: tuple[str, ...],
    target: str,
    refusal: str,
    message: str,
    email_from: tuple[str, ...],
    email_to: str,
) -> Reply:
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        if row["status"] not in allowed:
            raise errors.message(422, refusal)
        model.update(conn, row["id"], status=target)
        conn.execute(
            f"UPDATE campaign_emails SET status = ? WHERE campaign_id = ? AND status IN ({','.join('?' * len(email_from))})",
            (email_to, row["id"], *email_from),
        )
        return Reply({"message": message, "campaign": model.render(_campaign(conn, row["id"]))})


def pause_campaign(ctx: Context) -> Reply:
    return _transition(
        ctx,
        ("working",),
        "paused",
        'You can only pause a campaign if it is on "Working" state, Please reload this page',
        "Campaign has been successfully marked as paused",
        ("scheduled", "pending", "scheduling"),
        "paused",
    )


def resume_campaign(ctx: Context) -> Reply:
    return _transition(
        ctx,
        ("paused",),
        "working",
        'You can only resume a campaign if it is on "paused" state, Please reload this page',
        "Campaign has been successfully resumed",
        ("paused",),
        "scheduled",
    )


def schedule_campaign(ctx: Context) -> Reply:
    scheduled_at = ctx.get("scheduled_at")
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        if row["status"] != "draft":
            raise errors.message(422, "Campaign status is not in draft status. Please reload the page")
        conn.execute("DELETE FROM campaign_emails WHERE campaign_id = ?", (row["id"],))
        settings = model.settings_of(row) or {}
        if php_empty(scheduled_at):
            model.update(
                conn,
                row["id"],
                status="processing",
                scheduled_at=now_mysql(),
                settings={**settings, "sending_type": "instant"},
            )
            model.send_now(conn, _campaign(conn, row["id"]))
            message = "Email Sending will be started soon"
        else:
            start = (
                scheduled_at[0]
                if isinstance(scheduled_at, list)
                and ctx.get("sending_type") == "range_schedule"
                and len(scheduled_at) == 2
                else scheduled_at
            )
            if not isinstance(start, str) or not model.TIMESTAMP.match(sanitize_text_field(start)):
                raise errors.message(
                    422,
                    "Invalid schedule date range"
                    if ctx.get("sending_type") == "range_schedule"
                    else "Invalid schedule date",
                )
            model.update(
                conn,
                row["id"],
                status="pending-scheduled",
                scheduled_at=sanitize_text_field(start),
                recipients_count=0,
                settings={**settings, "sending_type": "schedule"},
            )
            message = "Your campaign email has been scheduled"
        return Reply(
            {
                "campaign": model.render(_campaign(conn, row["id"])),
                "message": message,
                "current_timestamp": now_mysql(),
            }
        )


def unschedule_campaign(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        due = row["status"] == "processing" and (row["scheduled_at"] or "") < now_mysql()
        if row["status"] not in ("scheduled", "pending-scheduled", "processing") or due:
            raise errors.message(
                422,
                'You can only un-schedule a campaign if it is on "scheduled" state, Please reload this page',
            )
        model.update(conn, row["id"], status="draft")
        conn.execute("DELETE FROM campaign_emails WHERE campaign_id = ?", (row["id"],))
    return Reply({"message": "Campaign has been successfully un-scheduled"})


def processing_stat(ctx: Context) -> Reply:
    """The sending screen's poll; a scheduled campaign whose time has come is sent here (into the outbox)."""
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        if row["status"] == "pending-scheduled" and (row["scheduled_at"] or "") <= _in_six_minutes():
            model.update(conn, row["id"], status="processing")
            model.send_now(conn, _campaign(conn, row["id"]))
            return Reply(
                {
                    "campaign": model.render(_campaign(conn, row["id"])),
                    "didRun": True,
                    "scheduling_method": None,
                }
            )
        return Reply({"reload": True, "campaign": model.render(row)})


def _in_six_minutes() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() + 360))


def duplicate_campaign(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        old = _campaign(conn, ctx.path_params["id"])
        copy_id = model.insert(
            conn,
            {
                "title": "[Duplicate] " + old["title"],
                "slug": f"{old['slug']}-{int(time.time())}",
                "template_id": old["template_id"],
                "email_subject": old["email_subject"],
                "email_pre_header": old["email_pre_header"],
                "email_body": old["email_body"],
                "utm": _utm(old),
                "design_template": old["design_template"],
                "settings": model.settings_of(old),
                "created_by": 1,
                "label_ids": _json_list(old["label_ids"]),
            },
        )
        created = model.render_created(_campaign(conn, copy_id))
    return Reply({"campaign": created, "message": "Campaign has been successfully duplicated"})


def update_title(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        title = ctx.get("title")
        changes: dict[str, Any] = {"title": sanitize_text_field(title) if isinstance(title, str) else ""}
        moved = ctx.get("scheduled_at")
        if row["status"] == "scheduled" and isinstance(moved, str) and model.TIMESTAMP.match(moved):
            changes["scheduled_at"] = moved
        model.update(conn, row["id"], **changes)
        return Reply(
            {"message": "Campaign has been updated", "campaign": model.render(_campaign(conn, row["id"]))}
        )


def bulk_action(ctx: Context) -> Reply:
    ids = sorted(set(_ids(ctx.get("campaign_ids"))))
    if not ids:
        raise errors.message(422, "Please provide campaign IDs")
    action = ctx.get("action_name")
    with ctx.db.write() as conn:
        if action == "apply_labels":
            labels = _ids(ctx.get("labels"))
            if not labels:
                raise errors.message(422, "Please provide labels")
            for campaign_id in ids:
                row = model.find(conn, campaign_id)
                if row is not None:
                    model.update(
                        conn, campaign_id, label_ids=sorted(set(_json_list(row["label_ids"])) | set(labels))
                    )
            return Reply({"message": "Labels has been applied successfully"})
        if action == "delete_campaigns":
            for campaign_id in ids:
                if model.find(conn, campaign_id) is not None:
                    _delete(conn, campaign_id)
            return Reply({"message": "Selected Campaigns has been deleted permanently"})
    raise errors.message(422, "invalid bulk action")


def update_labels(ctx: Context) -> Reply:
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        if ctx.get("action") == "detach":
            drop = set(_ids(ctx.get("label_ids")))
            model.update(
                conn, row["id"], label_ids=[v for v in _json_list(row["label_ids"]) if v not in drop]
            )
    return Reply({"message": "Labels has been updated"})


def _selection(ctx: Context) -> dict[str, Any]:
    """The recipient selection of the request; a filter rule without a `source` (a crash in FluentCRM) is refused."""
    if ctx.get("sending_filter") == "advanced_filters":
        for group in _list(ctx.get("advanced_filters")):
            for rule in _list(group):
                if not (isinstance(rule, dict) and isinstance(rule.get("source"), (list, dict))):
                    raise errors.message(422, "Each advanced filter rule needs a source")
    return {
        "subscribers": ctx.get("subscribers"),
        "excludedSubscribers": ctx.get("excludedSubscribers"),
        "sending_filter": ctx.get("sending_filter") or "list_tag",
        "dynamic_segment": ctx.get("dynamic_segment"),
        "advanced_filters": ctx.get("advanced_filters") or [],
    }


def estimate_contacts(ctx: Context) -> Reply:
    started = time.perf_counter()
    selection = _selection(ctx)
    with ctx.db.read() as conn:
        count = len(model.recipients(conn, selection))
    if selection["sending_filter"] not in ("list_tag", "dynamic_segment", "advanced_filters"):
        return Reply({"count": 0})
    return Reply({"count": count, "execution_time": time.perf_counter() - started})


def draft_recipients(ctx: Context) -> Reply:
    selection = _selection(ctx)
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        count = len(model.recipients(conn, selection))
        if not count:
            raise errors.message(422, "Sorry no subscribers found based on your selection")
        conn.execute("DELETE FROM campaign_emails WHERE campaign_id = ?", (row["id"],))
        model.update(
            conn,
            row["id"],
            status="draft",
            recipients_count=count,
            settings={**(model.settings_of(row) or {}), **selection},
        )
    return Reply({"message": "Recipient settings has been updated", "count": count})


def subscribe(ctx: Context) -> Reply:
    """FluentCRM 2.9.84 never adds anyone here (it walks a query builder that yields nothing); the first page
    still removes the campaign's prepared e-mails and stores the selection, as the real server does."""
    with ctx.db.write() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        selection = _selection(ctx)
        if str(ctx.get("page") or 1) == "1":
            conn.execute("DELETE FROM campaign_emails WHERE campaign_id = ?", (row["id"],))
            settings = {**(model.settings_of(row) or {}), **selection}
            if model.well_formed_settings(settings):
                model.update(conn, row["id"], settings=settings)
    raise errors.message(422, "Sorry, No subscribers found based on your filters")


def _stored_selection(row: sqlite3.Row) -> Any:
    """The campaign's selection; `subscribers: null` (an empty `draft-recipients`) or a dynamic segment (Pro)
    crashes FluentCRM."""
    settings = model.settings_of(row)
    if isinstance(settings, dict) and (
        settings.get("sending_filter") == "dynamic_segment"
        or ("subscribers" in settings and settings["subscribers"] is None)
    ):
        raise errors.message(422, "The campaign has no recipient selection")
    return settings


def recipients_count(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        _stored_selection(row)
        return Reply({"estimated_count": len(model.recipients(conn, model.settings_of(row)))})


def _email_item(conn: sqlite3.Connection, row: sqlite3.Row, site_url: str) -> dict[str, Any]:
    contact = conn.execute("SELECT * FROM subscribers WHERE id = ?", (row["subscriber_id"],)).fetchone()
    return {
        "id": row["id"],
        "campaign_id": str(row["campaign_id"]),
        "email_type": "campaign",
        "subscriber_id": str(row["subscriber_id"]),
        "email_subject_id": None,
        "email_address": row["email_address"] or "",
        "email_subject": None,
        "email_body": None,
        "email_headers": None,
        "is_open": str(row["is_open"]),
        "is_parsed": "0",
        "click_counter": str(row["click_counter"]) if row["click_counter"] is not None else None,
        "status": row["status"],
        "note": None,
        "scheduled_at": row["scheduled_at"],
        "email_hash": hashlib.md5(str(row["id"]).encode()).hexdigest(),
        "created_at": row["created_at"] or now_mysql(),
        "updated_at": row["updated_at"] or now_mysql(),
        "subscriber": records.finish_contact(records.contact_columns(contact), site_url) if contact else None,
    }


FILTERS = {
    "click": " AND click_counter IS NOT NULL",
    "view": " AND is_open > 0",
    "unopened": " AND is_open = 0",
    "failed": " AND status = 'failed'",
}


def _emails_page(conn: sqlite3.Connection, ctx: Context, campaign_id: int) -> dict[str, Any]:
    page = parse_page(ctx.params)
    where = "campaign_id = ?" + FILTERS.get(str(ctx.get("filter_type") or ""), "")
    total = conn.execute(f"SELECT COUNT(*) FROM campaign_emails WHERE {where}", (campaign_id,)).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM campaign_emails WHERE {where} ORDER BY id LIMIT ? OFFSET ?",
        (campaign_id, page.limit, page.offset),
    ).fetchall()
    return paginator(page, total, [_email_item(conn, row, ctx.site_url) for row in rows], ctx.paginator_path)


def list_emails(ctx: Context) -> Reply:
    campaign_id = _id(ctx)
    with ctx.db.read() as conn:
        failed = conn.execute(
            "SELECT COUNT(*) FROM campaign_emails WHERE campaign_id = ? AND status = 'failed'", (campaign_id,)
        ).fetchone()[0]
        return Reply({"emails": _emails_page(conn, ctx, campaign_id), "failed_counts": failed})


def delete_emails(ctx: Context) -> Reply:
    campaign_id = _id(ctx)
    ids = ctx.get("email_ids")
    if not isinstance(ids, (list, dict)):
        raise errors.message(422, "email_ids is required")  # FluentCRM 2.9.84 crashes here
    wanted = _ids(ids)
    with ctx.db.write() as conn:
        if wanted:
            conn.execute(
                f"DELETE FROM campaign_emails WHERE campaign_id = ? AND id IN ({','.join('?' * len(wanted))})",
                (campaign_id, *wanted),
            )
        count = conn.execute(
            "SELECT COUNT(*) FROM campaign_emails WHERE campaign_id = ?", (campaign_id,)
        ).fetchone()[0]
        conn.execute(
            "UPDATE campaign_details SET recipients_count = ? WHERE campaign_id = ?", (count, campaign_id)
        )
    return Reply({"message": "Selected emails are deleted", "recipients_count": count})


def preview_email(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = conn.execute(
            "SELECT * FROM campaign_emails WHERE id = ?", (row_id(ctx.path_params["email_id"]),)
        ).fetchone()
        if row is None:
            raise errors.message(404, EMAIL_NOT_FOUND)
        info = _email_item(conn, row, ctx.site_url)
        campaign = model.find(conn, row["campaign_id"])
        info["campaign"] = model.render(campaign) if campaign else None
        subject = campaign["email_subject"] if campaign else None
        body = _html(campaign["email_body"] if campaign else "")
    subscriber = info["subscriber"] or {}
    return Reply(
        {
            "info": info,
            "email": {
                "to": {"email": info["email_address"], "name": subscriber.get("full_name") or ""},
                "from": {"name": None, "email": None},
                "reply": None,
                "subject": subject,
                "body": body,
                "clicks": [],
            },
        }
    )


def _html(body: str | None) -> str:
    return f'<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8"></head><body>{body or ""}</body></html>'


def preview_html(ctx: Context) -> Reply:
    inline = ctx.get("campaign")
    if isinstance(inline, dict):
        return Reply({"preview_html": _html(str(inline.get("email_body") or ""))})
    if php_empty(ctx.get("campaign_id")):
        return Reply({"preview_html": ""})
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.get("campaign_id"))
    return Reply({"preview_html": _html(row["email_body"])})


def send_test_email(ctx: Context) -> Reply:
    """Renders the campaign for one address and puts it in the outbox (the emulator never sends real mail)."""
    with ctx.db.write() as conn:
        if ctx.get("test_campaign") == "yes":
            inline = ctx.get("campaign") if isinstance(ctx.get("campaign"), dict) else {}
            subject, body = inline.get("email_subject"), inline.get("email_body")
            campaign_id = None
        else:
            row = _campaign(conn, ctx.get("campaign_id") or "")
            subject, body, campaign_id = row["email_subject"], row["email_body"], row["id"]
        email = sanitize_text_field(ctx.get("email") or "") or ctx.user.email
        contact = conn.execute(
            "SELECT id FROM subscribers WHERE email = ? OR status = 'subscribed' ORDER BY email = ? DESC, id LIMIT 1",
            (email, email),
        ).fetchone()
        if contact is None:
            raise errors.message(
                422, "No subscriber found to send test. Please add atleast one contact as subscribed status"
            )
        model.deliver(conn, "test", campaign_id, email, subject, _html(body))
    return Reply(
        {
            "message": f"Test email successfully sent to {email}, The dynamic tags may not replaced in test email",
            "result": True,
        }
    )


def share_url(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
    digest = hashlib.md5(f"campaign-{row['id']}".encode()).hexdigest()
    return Reply({"sharable_url": f"{ctx.site_url}?fluentcrm=1&route=email_preview&fc_newsletter={digest}"})


def _stat(conn: sqlite3.Connection, campaign_id: int) -> tuple[list[dict[str, str]], int]:
    rows = conn.execute(
        "SELECT status, COUNT(*) FROM campaign_emails WHERE campaign_id = ? GROUP BY status", (campaign_id,)
    ).fetchall()
    stat = [{"status": row[0], "total": str(row[1])} for row in rows]
    return stat, sum(int(item["total"]) for item in stat if item["status"] == "sent")


def campaign_status(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        stat, sent = _stat(conn, row["id"])
    return Reply(
        {
            "current_timestamp": now_mysql(),
            "stat": stat,
            "campaign": {**model.render(row), "sent_by": False},
            "sent_count": sent,
            "analytics": [],
            "subject_analytics": [],
        }
    )


def overview_stats(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        stat, sent = _stat(conn, row["id"])
    return Reply({"sent_count": sent, "stat": stat, "analytics": []})


def link_report(ctx: Context) -> Reply:
    _id(ctx)
    with ctx.db.read() as conn:
        rows = conn.execute(
            "SELECT url, COUNT(*), MIN(id) FROM campaign_url_metrics WHERE campaign_id = ? AND type = 'click' GROUP BY url",
            (_id(ctx),),
        ).fetchall()
    return Reply({"links": [{"total": str(row[1]), "url": row[0] or "", "id": row[2]} for row in rows]})


def revenues(ctx: Context) -> Reply:
    _id(ctx)
    return Reply(
        {
            "orders": [],
            "labels": {
                "order": "#",
                "title": "Customer",
                "status": "Status",
                "date": "Date",
                "total": "Total",
            },
            "total": 0,
        }
    )


def resync_revenues(ctx: Context) -> Reply:
    _id(ctx)
    return Reply({"message": "No revenue found for this campaign"})


def unsubscribers(ctx: Context) -> Reply:
    _id(ctx)
    page = parse_page(ctx.params)
    return Reply({"unsubscribes": paginator(page, 0, [], ctx.paginator_path)})


def segment_contacts(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    with ctx.db.read() as conn:
        row = _campaign(conn, ctx.path_params["id"])
        contacts = model.recipients(conn, _stored_selection(row))
        chosen = contacts[page.offset : page.offset + page.limit]
        items = [
            {**records.finish_contact(records.contact_columns(c), ctx.site_url), "tags": [], "lists": []}
            for c in chosen
        ]
    return Reply({"subscribers": paginator(page, len(contacts), items, ctx.paginator_path)})


def campaign_routes() -> list[Route]:
    """Literal paths before ``{id}`` ones, methods in FluentCRM's ``Allow`` order."""
    return [
        Route(r"/campaigns", {"GET": list_campaigns, "POST": create_campaign}),
        Route(r"/campaigns/send-test-email", {"POST": send_test_email}, cacheable=False),
        Route(r"/campaigns/email-preview-html", {"POST": preview_html}),
        Route(r"/campaigns/emails/(?P<email_id>\d+)/preview", {"GET": preview_email}),
        Route(r"/campaigns/estimated-contacts", {"POST": estimate_contacts}),
        Route(r"/campaigns/update-single-campaign", {"POST": update_by_body}),
        Route(r"/campaigns/do-bulk-action", {"POST": bulk_action}),
        Route(
            r"/campaigns/" + ID,
            {"GET": get_campaign, "PUT": update_campaign, "DELETE": delete_campaign},
            cacheable=False,
        ),
        Route(r"/campaigns/" + ID + "/step", {"POST": save_step}),
        Route(r"/campaigns/" + ID + "/pause", {"POST": pause_campaign}),
        Route(r"/campaigns/" + ID + "/duplicate", {"POST": duplicate_campaign}),
        Route(r"/campaigns/" + ID + "/resume", {"POST": resume_campaign}),
        Route(r"/campaigns/" + ID + "/title", {"PUT": update_title}),
        Route(r"/campaigns/" + ID + "/subscribe", {"POST": subscribe}),
        Route(r"/campaigns/" + ID + "/draft-recipients", {"POST": draft_recipients}),
        Route(r"/campaigns/" + ID + "/estimated-recipients-count", {"GET": recipients_count}),
        Route(r"/campaigns/" + ID + "/emails", {"GET": list_emails, "DELETE": delete_emails}),
        Route(r"/campaigns/" + ID + "/schedule", {"POST": schedule_campaign}),
        Route(r"/campaigns/" + ID + "/un-schedule", {"POST": unschedule_campaign}),
        Route(r"/campaigns/" + ID + "/processing-stat", {"GET": processing_stat}, cacheable=False),
        Route(r"/campaigns/" + ID + "/share-url", {"GET": share_url}),
        Route(r"/campaigns/" + ID + "/status", {"GET": campaign_status}, cacheable=False),
        Route(r"/campaigns/" + ID + "/overview_stats", {"GET": overview_stats}),
        Route(r"/campaigns/" + ID + "/link-report", {"GET": link_report}),
        Route(r"/campaigns/" + ID + "/revenues", {"GET": revenues}),
        Route(r"/campaigns/" + ID + "/revenues/resync", {"POST": resync_revenues}),
        Route(r"/campaigns/" + ID + "/unsubscribers", {"GET": unsubscribers}),
        Route(r"/campaigns/" + ID + "/contacts-by-segment", {"GET": segment_contacts}),
        Route(r"/campaigns/" + ID + "/update-labels", {"PUT": update_labels}),
    ]
