"""Writing a funnel's steps: the delay bookkeeping FluentCRM does when the editor saves, clones or imports a funnel.

Steps are numbered 1, 2, 3... in the order given. A wait step (``fluentcrm_wait_times``) does not delay itself: its
wait is stored as ``delay`` on the *next* step, and ``c_delay`` accumulates the waits before a step.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from emulator.funnel_store import php_map

_UNIT_SECONDS = {"hours": 3600, "minutes": 60}
MAIL_STEP = "send_custom_email"
_CAMPAIGN_TEXT = ("email_subject", "email_pre_header", "email_body", "design_template")


def _save_mail_campaign(
    conn: sqlite3.Connection, funnel: sqlite3.Row, settings: dict[str, Any], stamp: str
) -> dict[str, Any]:
    """An e-mail step keeps its e-mail in a hidden campaign: the step's ``settings.campaign`` updates the campaign it
    names when that campaign belongs to this funnel, and otherwise becomes a new one; the step then keeps only
    ``reference_campaign`` and an emptied ``campaign``, as FluentCRM stores it."""
    raw = settings.get("campaign")
    campaign: dict[str, Any] = raw if isinstance(raw, dict) else {}
    values = {key: campaign[key] for key in _CAMPAIGN_TEXT if isinstance(campaign.get(key), str)}
    title = f"{funnel['title']} ({funnel['id']})"
    if (
        isinstance(campaign.get("id"), int)
        and str(campaign.get("parent_id")) == str(funnel["id"])
        and conn.execute(
            "SELECT 1 FROM funnel_campaigns WHERE id = ? AND parent_id = ?", (campaign["id"], funnel["id"])
        ).fetchone()
    ):
        sets = ", ".join(f"{key} = ?" for key in values) or "title = title"
        conn.execute(
            f"UPDATE funnel_campaigns SET {sets}, updated_at = ? WHERE id = ?",
            (*values.values(), stamp, campaign["id"]),
        )
        campaign_id = campaign["id"]
    else:
        values.setdefault("email_body", "")
        columns = ", ".join(("parent_id", "title", *values, "created_at", "updated_at"))
        cursor = conn.execute(
            f"INSERT INTO funnel_campaigns ({columns}) VALUES ({', '.join('?' * (len(values) + 4))})",
            (funnel["id"], title, *values.values(), stamp, stamp),
        )
        campaign_id = int(cursor.lastrowid or 0)
    return {**settings, "reference_campaign": campaign_id, "campaign": []}


def delete_steps(conn: sqlite3.Connection, step_ids: list[int]) -> None:
    """Delete steps the way FluentCRM's step deletion does: an e-mail step takes its campaign along."""
    for row in conn.execute(
        f"SELECT action_name, settings FROM funnel_sequences WHERE id IN ({','.join('?' * len(step_ids))})",
        step_ids,
    ).fetchall():
        settings = json.loads(row["settings"])
        if (
            row["action_name"] == MAIL_STEP
            and isinstance(settings, dict)
            and settings.get("reference_campaign")
        ):
            conn.execute("DELETE FROM funnel_campaigns WHERE id = ?", (settings["reference_campaign"],))
    conn.execute(f"DELETE FROM funnel_sequences WHERE id IN ({','.join('?' * len(step_ids))})", step_ids)


def wait_seconds(settings: Any) -> int:
    """The wait of a wait step in seconds; timestamp and weekday waits count as one second, like FluentCRM."""
    settings = settings if isinstance(settings, dict) else {}
    wait_type = settings.get("wait_type")
    if wait_type in ("timestamp_wait", "to_day") or (
        not wait_type and settings.get("is_timestamp_wait") == "yes"
    ):
        return 1
    try:
        amount = int(float(settings.get("wait_time_amount") or 0))
    except (TypeError, ValueError):
        amount = 0
    return max(amount * _UNIT_SECONDS.get(str(settings.get("wait_time_unit")), 86400), 1)


def save_steps(
    conn: sqlite3.Connection, funnel_id: int, steps: list[Any], user_id: int, stamp: str, *, keep_ids: bool
) -> list[int]:
    """Create (or, with ``keep_ids``, update by ``id``) the funnel's steps in order; return their ids."""
    funnel = conn.execute("SELECT * FROM funnels WHERE id = ?", (funnel_id,)).fetchone()
    saved: list[int] = []
    delay = c_delay = 0
    for position, step in enumerate(item for item in steps if isinstance(item, dict)):
        values = {
            "funnel_id": funnel_id,
            "parent_id": 0,
            "action_name": str(step.get("action_name") or ""),
            "condition_type": step.get("condition_type")
            if isinstance(step.get("condition_type"), str)
            else None,
            "type": str(step.get("type") or "action"),
            "title": str(step.get("title") or ""),
            "description": step.get("description") if isinstance(step.get("description"), str) else None,
            "status": "published",
            "conditions": "[]",
            "settings": php_map(
                _save_mail_campaign(conn, funnel, step["settings"], stamp)
                if step.get("action_name") == MAIL_STEP and isinstance(step.get("settings"), dict)
                else step.get("settings")
            ),
            "note": step.get("note") if isinstance(step.get("note"), str) else None,
            "delay": delay,
            "c_delay": c_delay,
            "sequence": position + 1,
        }
        delay = 0
        if values["action_name"] == "fluentcrm_wait_times":
            delay = wait_seconds(step.get("settings"))
            c_delay += delay
        existing = step.get("id") if keep_ids else None
        if (
            isinstance(existing, int)
            and conn.execute(
                "SELECT 1 FROM funnel_sequences WHERE id = ? AND funnel_id = ?", (existing, funnel_id)
            ).fetchone()
        ):
            assignments = ", ".join(f"{column} = ?" for column in values)
            conn.execute(
                f"UPDATE funnel_sequences SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), stamp, existing),
            )
            saved.append(existing)
            continue
        columns = ", ".join((*values, "created_by", "created_at", "updated_at"))
        cursor = conn.execute(
            f"INSERT INTO funnel_sequences ({columns}) VALUES ({', '.join('?' * (len(values) + 3))})",
            (*values.values(), user_id, stamp, stamp),
        )
        saved.append(int(cursor.lastrowid or 0))
    return saved


def decode_json_text(value: Any) -> Any:
    """``json_decode`` of a string: ``None`` when it is not valid JSON."""
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return None
