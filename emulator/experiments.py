"""FluentCRM's experimental settings (``_fluentcrm_experimental_settings``), kept as one JSON row of ``options``.

FluentCRM stores the switches as a single WordPress option and reads each with ``isExperimentalEnabled``: a switch
is on only when its value is the string ``"yes"``. The emulator keeps the same shape in its ``options`` table, so
the ``/setting/experiments`` routes and every feature gated by a switch (the company module) share one record.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

OPTION = "_fluentcrm_experimental_settings"

#: The settings of a fresh site, in FluentCRM's order (``GET /setting/experiments`` on an untouched install).
DEFAULTS: dict[str, Any] = {
    "quick_contact_navigation": "yes",
    "campaign_archive": "no",
    "campaign_group_by_month": "no",
    "campaign_search": "",
    "campaign_max_number": 50,
    "campaign_ids": [],
    "campaign_status": "archived",
    "classic_date_time": "no",
    "full_navigation": "no",
    "company_module": "no",
    "company_auto_logo": "no",
    "disable_visual_ai": "no",
    "multi_threading_emails": "no",
    "system_logs": "no",
    "event_tracking": "no",
    "abandoned_cart": "no",
    "activity_log": "no",
}


def settings(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every switch: the stored values over the defaults (a missing or unreadable row means all defaults)."""
    row = conn.execute("SELECT value FROM options WHERE name = ?", (OPTION,)).fetchone()
    try:
        stored = json.loads(row["value"]) if row is not None else {}
    except ValueError:
        stored = {}
    return {**DEFAULTS, **stored} if isinstance(stored, dict) and stored else dict(DEFAULTS)


def is_enabled(conn: sqlite3.Connection, name: str) -> bool:
    return settings(conn).get(name) == "yes"


def save(conn: sqlite3.Connection, values: dict[str, Any]) -> dict[str, Any]:
    """Store the known switches of ``values`` (unknown keys are dropped, as FluentCRM does) and return them."""
    known = {key: value for key, value in values.items() if key in DEFAULTS}
    conn.execute(
        "INSERT INTO options (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (OPTION, json.dumps(known)),
    )
    return known
