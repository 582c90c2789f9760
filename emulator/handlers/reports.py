"""``/reports/subscribers`` and the e-mail reports: counts per bucket computed from stored rows."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from emulator import bucketing, errors
from emulator.context import Context, Reply


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _report(ctx: Context, table: str, date_field: str, condition: str, params: tuple[Any, ...]) -> Reply:
    try:
        win = bucketing.window(ctx.get("date_range"), _now())
    except bucketing.DateParseError as error:
        raise errors.message(423, str(error)) from None
    frequency = win.frequency
    low, high = win.sql_bounds
    if frequency == bucketing.DAILY:
        group = f"substr({date_field}, 1, 10)"
    elif frequency == bucketing.WEEKLY:
        # FluentCRM groups weeks by WEEK(created_at) whatever the report's own date column is.
        group = "mysql_week(created_at)"
    else:
        group = f"substr({date_field}, 1, 7)"
    # SQLite takes the bare column from the row holding MIN(id), like MySQL's first row of each group.
    sql = (
        f"SELECT {group} AS bucket, COUNT(id) AS count, MIN(id) AS first_id, substr({date_field}, 1, 10) AS day"
        f" FROM {table} WHERE {date_field} BETWEEN ? AND ? AND {condition}"
        f" GROUP BY bucket ORDER BY bucket ASC"
    )
    with ctx.db.read() as conn:
        rows = conn.execute(sql, (low, high, *params)).fetchall() if win.start <= win.end else []
    items = [(bucketing.label(frequency, row["day"]), row["count"]) for row in rows if row["day"]]
    return Reply({"stats": bucketing.merge(bucketing.period_keys(win), items)})


def subscriber_growth(ctx: Context) -> Reply:
    return _report(ctx, "subscribers", "created_at", "status = ?", ("subscribed",))


def email_sents(ctx: Context) -> Reply:
    return _report(ctx, "campaign_emails", "scheduled_at", "status = ?", ("sent",))


def email_opens(ctx: Context) -> Reply:
    return _report(ctx, "campaign_url_metrics", "created_at", "type = ?", ("open",))


def email_clicks(ctx: Context) -> Reply:
    return _report(ctx, "campaign_url_metrics", "created_at", "type = ?", ("click",))
