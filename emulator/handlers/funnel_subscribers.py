"""The contacts inside funnels (``fc_funnel_subscribers``): their progress, reports and removal.

Only FluentCRM's triggers put contacts into a funnel, and no API route does, so in the emulator these rows exist only
when a test or a seed writes them. Everything that reads or removes them behaves like FluentCRM 2.9.84.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.funnel_store import (
    campaign_item,
    find_funnel,
    funnel_item,
    funnel_sequences,
    progress_with,
    row_id,
)
from emulator.handlers.funnels import _int_list
from emulator.pagination import paginator, parse_page
from emulator.text import sanitize_text_field

_FULL = ("subscriber", "last_sequence", "next_sequence_item", "metrics")


def _progress_page(
    ctx: Context, conn: sqlite3.Connection, where: str, args: list[Any], relations: tuple[str, ...]
) -> dict[str, Any]:
    page = parse_page(ctx.params)
    status = ctx.get("status")
    if isinstance(status, str) and status:
        where += " AND fs.status = ?"
        args = [*args, status]
    search = ctx.get("search")
    if isinstance(search, str) and search:
        where += (
            " AND EXISTS (SELECT 1 FROM subscribers s WHERE s.id = fs.subscriber_id AND (s.email LIKE ?"
            " OR s.first_name LIKE ? OR s.last_name LIKE ? OR (s.first_name || ' ' || s.last_name) LIKE ?))"
        )
        args = [*args, *[f"%{search}%"] * 4]
    total = conn.execute(f"SELECT COUNT(*) FROM funnel_subscribers fs WHERE {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT fs.* FROM funnel_subscribers fs WHERE {where} ORDER BY fs.id DESC LIMIT ? OFFSET ?",
        (*args, page.limit, page.offset),
    ).fetchall()
    return paginator(
        page, total, [progress_with(conn, row, ctx, relations) for row in rows], ctx.paginator_path
    )


def list_subscribers(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
        where, args = "fs.funnel_id = ?", [funnel["id"]]
        raw = ctx.get("sequence_id")
        sequence_id = row_id(raw)
        too_large = (
            sequence_id == -1 and isinstance(raw, (int, str)) and str(raw).isdigit() and int(str(raw)) > 0
        )
        if sequence_id > 0 or too_large:
            # Only steps that reached it: an id too large for a row names no step, so nothing matches.
            where += (
                " AND EXISTS (SELECT 1 FROM funnel_metrics m WHERE m.funnel_id = fs.funnel_id"
                " AND m.subscriber_id = fs.subscriber_id AND m.sequence_id = ?)"
            )
            args.append(sequence_id)
        body: dict[str, Any] = {"funnel_subscribers": _progress_page(ctx, conn, where, args, _FULL)}
        wanted = ctx.get("with", [])
        wanted = (
            list(wanted.values()) if isinstance(wanted, dict) else wanted if isinstance(wanted, list) else []
        )
        if "funnel" in wanted:
            body["funnel"] = funnel_item(funnel)
        if "sequences" in wanted:
            body["sequences"] = funnel_sequences(conn, funnel["id"])
    return Reply(body)


def list_activities(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        page = _progress_page(ctx, conn, "1", [], ("funnel", *_FULL))
    return Reply({"activities": page})


def contact_automations(ctx: Context) -> Reply:
    """Any id without white space or ``/`` is accepted; one that is not a contact id finds nothing."""
    errors.id_zero("subscriber", ctx.path_params["subscriber_id"])
    contact_id = row_id(ctx.path_params["subscriber_id"])
    with ctx.db.read() as conn:
        page = _progress_page(
            ctx, conn, "fs.subscriber_id = ?", [contact_id], ("funnel", "last_sequence", "next_sequence_item")
        )
    return Reply({"automations": page})


def subscriber_report(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
        if (
            conn.execute(
                "SELECT 1 FROM subscribers WHERE id = ?", (row_id(ctx.path_params["contact_id"]),)
            ).fetchone()
            is None
        ):
            raise errors.model_not_found("subscriber")
        row = conn.execute(
            "SELECT * FROM funnel_subscribers WHERE funnel_id = ? AND subscriber_id = ? ORDER BY id LIMIT 1",
            (funnel["id"], row_id(ctx.path_params["contact_id"])),
        ).fetchone()
        progress = progress_with(conn, row, ctx, _FULL[1:]) if row is not None else None
        body = {"funnel_subscriber": progress, "sequences": funnel_sequences(conn, funnel["id"])}
    return Reply(body)


def update_subscriber_status(ctx: Context) -> Reply:
    errors.id_zero("funnel", ctx.path_params["id"])
    status = ctx.get("status")
    status = sanitize_text_field(status) if isinstance(status, (str, int, float)) else ""
    if not status:
        raise errors.message(422, "Subscription status is required")
    with ctx.db.write() as conn:
        row = conn.execute(
            "SELECT * FROM funnel_subscribers WHERE funnel_id = ? AND subscriber_id = ? ORDER BY id LIMIT 1",
            (row_id(ctx.path_params["id"]), row_id(ctx.path_params["subscriber_id"])),
        ).fetchone()
        if row is None:
            raise errors.message(422, "No Corresponding report found")
        if row["status"] == "completed":
            raise errors.message(422, "The status already completed state")
        conn.execute(
            "UPDATE funnel_subscribers SET status = ?, updated_at = ? WHERE id = ?",
            (status, now_mysql(), row["id"]),
        )
    return Reply({"message": f"Status has been updated to {status}"})


def _remove(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> None:
    for row in rows:
        conn.execute(
            "DELETE FROM funnel_metrics WHERE funnel_id = ? AND subscriber_id = ?",
            (row["funnel_id"], row["subscriber_id"]),
        )
        conn.execute("DELETE FROM funnel_subscribers WHERE id = ?", (row["id"],))


def remove_subscribers(ctx: Context) -> Reply:
    """``DELETE /funnels/{id}/subscribers``: contact ids."""
    with ctx.db.write() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
        ids = _int_list(ctx.get("subscriber_ids"))
        if not ids:
            raise errors.message(422, "subscriber_ids parameter is required")
        marks = ",".join("?" * len(ids))
        _remove(
            conn,
            conn.execute(
                f"SELECT * FROM funnel_subscribers WHERE funnel_id = ? AND subscriber_id IN ({marks})",
                (funnel["id"], *ids),
            ).fetchall(),
        )
    return Reply({"message": "Subscribed has been removed from this automation funnel"})


def remove_rows(ctx: Context) -> Reply:
    """``POST /funnels/remove-bulk-subscribers``: progress-row ids, whatever their funnel."""
    ids = _int_list(ctx.get("funnel_subscriber_ids"))
    if not ids:
        raise errors.message(422, "Please provide funnel subscriber IDs")
    with ctx.db.write() as conn:
        marks = ",".join("?" * len(ids))
        _remove(conn, conn.execute(f"SELECT * FROM funnel_subscribers WHERE id IN ({marks})", ids).fetchall())
    return Reply({"message": "Selected subscribers has been removed from this automation funnels"})


def _step_metric(
    label: str, count: int, sequence_id: int, kind: str, previous: int, entrance: int
) -> dict[str, Any]:
    percent = round(count / entrance * 100) if entrance else 100 if kind == "root" else 0
    drop = previous - count
    return {
        "label": label,
        "count": count,
        "sequence_id": sequence_id,
        "type": kind,
        "percent": percent,
        "percent_text": percent,
        "previous_step_count": previous,
        "drop_count": drop,
        "drop_percent": round(drop / previous * 100) if previous else 0,
    }


def report(ctx: Context) -> Reply:
    """The funnel chart; the funnel is not looked up, so an unknown id reports zeros."""
    errors.id_zero("funnel", ctx.path_params["id"])
    funnel_id = row_id(ctx.path_params["id"])
    with ctx.db.read() as conn:
        entrance = conn.execute(
            "SELECT COUNT(*) FROM funnel_subscribers WHERE funnel_id = ?", (funnel_id,)
        ).fetchone()[0]
        metrics = [_step_metric("Entrance", entrance, 0, "root", entrance, entrance)]
        previous = entrance
        for step in conn.execute(
            "SELECT id, title, type FROM funnel_sequences WHERE funnel_id = ? AND type != 'conditional' ORDER BY sequence",
            (funnel_id,),
        ).fetchall():
            count = conn.execute(
                "SELECT COUNT(DISTINCT subscriber_id) FROM funnel_metrics WHERE funnel_id = ? AND sequence_id = ?",
                (funnel_id, step["id"]),
            ).fetchone()[0]
            if not count:
                continue
            metrics.append(_step_metric(step["title"], count, step["id"], step["type"], previous, entrance))
            previous = count
    return Reply(
        {
            "stats": {
                "metrics": metrics,
                "total_revenue": 0,
                "total_revenue_formatted": "0.00",
                "revenue_currency": "USD",
            }
        }
    )


def email_reports(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
        steps = [
            step
            for step in funnel_sequences(conn, funnel["id"])
            if step["action_name"] == "send_custom_email"
        ]
        for step in steps:
            settings = step["settings"] if isinstance(step["settings"], dict) else {}
            row = conn.execute(
                "SELECT * FROM funnel_campaigns WHERE id = ?", (settings.get("reference_campaign"),)
            ).fetchone()
            campaign = campaign_item(row) if row is not None else {"email_subject": None, "id": 0}
            step["campaign"] = {
                "subject": campaign["email_subject"],
                "id": campaign["id"],
                "stats": {"total": 0, "sent": 0, "clicks": 0, "views": 0, "unsubscribers": 0},
            }
    return Reply({"email_sequences": steps})


def syncable_count(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
        latest = conn.execute(
            "SELECT id, sequence FROM funnel_sequences WHERE funnel_id = ? ORDER BY sequence DESC LIMIT 1",
            (funnel["id"],),
        ).fetchone()
        count = 0
        if latest is not None:
            count = conn.execute(
                "SELECT COUNT(*) FROM funnel_subscribers fs JOIN subscribers s ON s.id = fs.subscriber_id"
                " JOIN funnel_sequences q ON q.id = fs.last_sequence_id"
                " WHERE fs.funnel_id = ? AND fs.status = 'completed' AND s.status = 'subscribed'"
                " AND q.action_name != 'end_this_funnel' AND q.id != ? AND q.sequence < ?",
                (funnel["id"], latest["id"], latest["sequence"]),
            ).fetchone()[0]
    return Reply({"syncable_count": count})


def sync_new_steps(ctx: Context) -> Reply:
    """The work itself needs FluentCRM Pro, which the emulator does not imitate: a published funnel gets its 422."""
    with ctx.db.read() as conn:
        funnel = find_funnel(conn, ctx.path_params["id"])
    if funnel["status"] != "published":
        raise errors.message(422, "Funnel status need to be published")
    raise errors.message(422, "This feature require latest version of FluentCRM Pro version")
