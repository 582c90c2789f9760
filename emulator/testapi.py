"""Test-support routes under ``/wp-json/fluentcrm-emulator/v1`` (only with ``--test-api``).

FluentCRM has no API for campaign e-mail activity or back-dated contacts, yet the reports count exactly those.
These routes let tests reset the emulator, load sent e-mails with their opens and clicks, and move contacts'
``created_at``, so every report can be exercised through HTTP. They require an administrator like the rest.

Routes (all JSON):

- ``POST /reset`` → ``{"reset": true}``: removes every contact, tag, list, custom field and e-mail record.
- ``POST /email-activity`` with ``{"emails": [{"subscriber_id": 1, "scheduled_at": "2026-11-20 10:00:00",
  "status": "sent", "opens": ["2026-11-20 11:00:00"], "clicks": ["2026-11-20 11:05:00"]}], "campaign_title": "…"}``
  → ``{"campaign_id": n, "emails": n, "opens": n, "clicks": n}``.
- ``POST /contact-dates`` with ``{"contacts": [{"id": 1, "created_at": "2026-10-01 09:00:00"}]}`` → ``{"updated": n}``.
- ``GET /outbox`` → ``{"messages": [{"id", "kind", "campaign_id", "to", "subject", "body", "created_at"}]}``: every e-mail
  the emulator would have sent (campaigns sent or scheduled and due, test e-mails), oldest first, like a mail catcher.
  ``kind`` is ``campaign`` or ``test``. ``DELETE /outbox`` → ``{"deleted": n}`` empties it.
- ``POST /experiments`` with ``{"company_module": "yes"}`` (or ``{"event_tracking": "yes"}``) → the experimental settings after the change. It writes
  the same stored option FluentCRM's ``POST /setting/experiments`` writes (switches not sent keep their values).
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from emulator import settings_store
from emulator.auth import User
from emulator.context import now_mysql
from emulator.storage import Database

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def _respond(status: int, body: Any) -> Response:
    return Response(json.dumps(body), status_code=status, media_type="application/json; charset=UTF-8")


def _error(status: int, code: str, message: str) -> Response:
    return _respond(status, {"code": code, "message": message, "data": {"status": status}})


class TestApi:
    PREFIX = "/wp-json/fluentcrm-emulator/v1"
    __test__ = False  # not a pytest class

    def __init__(self, db: Database) -> None:
        self.db = db

    async def handle(self, request: Request, path: str, user: User | None) -> Response:
        routes = {
            "/reset": self.reset,
            "/email-activity": self.email_activity,
            "/contact-dates": self.contact_dates,
            "/experiments": self.experiments,
        }
        key = path.rstrip("/") or "/"
        if key == "/outbox" and request.method in ("GET", "DELETE"):
            routes[key] = self.read_outbox if request.method == "GET" else self.clear_outbox
        action = routes.get(key)
        if action is None or (request.method != "POST" and key != "/outbox"):
            return _error(404, "rest_no_route", "No route was found matching the URL and request method.")
        if user is None:
            return _error(401, "rest_forbidden", "Sorry, you are not allowed to do that.")
        if not user.is_admin:
            return _error(403, "rest_forbidden", "Sorry, you are not allowed to do that.")
        raw = await request.body() if request.method == "POST" else b""
        try:
            payload = json.loads(raw) if raw.strip() else {}
        except ValueError:
            return _error(400, "rest_invalid_json", "Invalid JSON body passed.")
        if not isinstance(payload, dict):
            return _error(400, "rest_invalid_param", "The body must be a JSON object.")
        try:
            return _respond(200, action(payload))
        except (KeyError, TypeError, ValueError) as error:
            return _error(400, "rest_invalid_param", f"Invalid test data: {error}")

    def read_outbox(self, payload: dict[str, Any]) -> dict[str, Any]:
        with self.db.read() as conn:
            rows = conn.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        return {
            "messages": [
                {
                    "id": row["id"],
                    "kind": row["kind"],
                    "campaign_id": row["campaign_id"],
                    "to": row["to_email"],
                    "subject": row["subject"],
                    "body": row["body"],
                    "created_at": row["created_at"],
                }
                for row in rows
            ]
        }

    def clear_outbox(self, payload: dict[str, Any]) -> dict[str, Any]:
        with self.db.write() as conn:
            deleted = conn.execute("DELETE FROM outbox").rowcount
        return {"deleted": deleted}

    def reset(self, payload: dict[str, Any]) -> dict[str, Any]:
        self.db.reset()
        return {"reset": True}

    def email_activity(self, payload: dict[str, Any]) -> dict[str, Any]:
        emails = payload.get("emails")
        if not isinstance(emails, list):
            raise TypeError("emails must be a list")
        stamp = now_mysql()
        counts = {"emails": 0, "opens": 0, "clicks": 0}
        with self.db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO campaigns (title, status, created_at, updated_at) VALUES (?, 'archived', ?, ?)",
                (str(payload.get("campaign_title") or "Emulator campaign"), stamp, stamp),
            )
            campaign_id = int(cursor.lastrowid or 0)
            for email in emails:
                if not isinstance(email, dict):
                    raise TypeError("each email must be an object")
                subscriber_id = int(email["subscriber_id"])
                scheduled_at = str(email.get("scheduled_at") or stamp)
                opens = [str(t) for t in email.get("opens") or []]
                clicks = [str(t) for t in email.get("clicks") or []]
                for moment in (scheduled_at, *opens, *clicks):
                    if not _TIMESTAMP.match(moment):
                        raise ValueError(f"{moment!r} is not a YYYY-MM-DD HH:MM:SS timestamp")
                address = conn.execute(
                    "SELECT email FROM subscribers WHERE id = ?", (subscriber_id,)
                ).fetchone()
                conn.execute(
                    "INSERT INTO campaign_emails (campaign_id, subscriber_id, email_address, status, is_open,"
                    " click_counter, scheduled_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        campaign_id,
                        subscriber_id,
                        address["email"] if address else None,
                        str(email.get("status") or "sent"),
                        len(opens),
                        len(clicks) or None,
                        scheduled_at,
                        scheduled_at,
                        scheduled_at,
                    ),
                )
                counts["emails"] += 1
                for kind, moments in (("open", opens), ("click", clicks)):
                    for moment in moments:
                        conn.execute(
                            "INSERT INTO campaign_url_metrics (campaign_id, subscriber_id, type, url, created_at)"
                            " VALUES (?, ?, ?, ?, ?)",
                            (
                                campaign_id,
                                subscriber_id,
                                kind,
                                "https://example.com/" if kind == "click" else None,
                                moment,
                            ),
                        )
                        counts[kind + "s"] += 1
        return {"campaign_id": campaign_id, **counts}

    def contact_dates(self, payload: dict[str, Any]) -> dict[str, Any]:
        contacts = payload.get("contacts")
        if not isinstance(contacts, list):
            raise TypeError("contacts must be a list")
        updated = 0
        with self.db.write() as conn:
            for contact in contacts:
                created_at = str(contact["created_at"])
                if not _TIMESTAMP.match(created_at):
                    raise ValueError(f"{created_at!r} is not a YYYY-MM-DD HH:MM:SS timestamp")
                cursor = conn.execute(
                    "UPDATE subscribers SET created_at = ? WHERE id = ?", (created_at, int(contact["id"]))
                )
                updated += cursor.rowcount
        return {"updated": updated}

    def experiments(self, payload: dict[str, Any]) -> dict[str, Any]:
        with self.db.write() as conn:
            known = {k: v for k, v in payload.items() if k in settings_store.EXPERIMENT_DEFAULTS}
            settings_store.write_option(
                conn, settings_store.EXPERIMENTS, {**settings_store.experimental_settings(conn), **known}
            )
            return settings_store.experimental_settings(conn)
