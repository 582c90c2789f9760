"""``/public/bounce_handler``: the webhook e-mail services call, open to anyone who knows the site's bounce key.

Every answer is HTTP 200. Mailgun and SendGrid payloads are read as FluentCRM reads them; the other services
FluentCRM knows are accepted with the right key but their payloads are not interpreted (``result: false``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from emulator import contact_model as model
from emulator import settings_store
from emulator.context import Context, Reply, now_mysql
from emulator.text import is_email, php_string

SERVICES = (
    "mailgun",
    "pepipost",
    "postmark",
    "sendgrid",
    "sparkpost",
    "elasticemail",
    "postalserver",
    "smtp2go",
    "brevo",
)
MAILGUN_STATUSES = {"failed": "bounced", "unsubscribed": "unsubscribed", "complained": "complained"}
SENDGRID_STATUSES = {
    "dropped": "complained",
    "bounce": "bounced",
    "spamreport": "spammed",
    "unsubscribe": "unsubscribed",
}
Unsubscribe = tuple[str, str, str]  # e-mail, new status, reason


def bounce_key(ctx: Context) -> str:
    """The site's key, shared with the bounce settings page (``GET /setting/bounce_configs``)."""
    with ctx.db.write() as conn:
        return settings_store.bounce_key(conn)


def _mailgun(ctx: Context) -> Unsubscribe | None:
    data = ctx.get("event-data")
    if not isinstance(data, dict):
        return None
    event = data.get("event")
    status = MAILGUN_STATUSES.get(event) if isinstance(event, str) else None
    recipient = data.get("recipient")
    if status is None or not recipient:
        return None
    reason = f"{status} was set by mailgun webhook api with event name: {event} at {now_mysql()}"
    return php_string(recipient), status, reason


def _sendgrid(ctx: Context) -> Unsubscribe | None:
    events = ctx.json_body if isinstance(ctx.json_body, list) else []
    for event in events:
        if not isinstance(event, dict) or event.get("event") not in SENDGRID_STATUSES:
            continue
        status = SENDGRID_STATUSES[event["event"]]
        reason = (
            f"{status} status was set from SendGrid Webhook API. Reason: {php_string(event.get('reason'))}."
            f" Recorded at: {now_mysql()}"
        )
        return php_string(event.get("email")), status, reason
    return None


READERS: dict[str, Callable[[Context], Unsubscribe | None]] = {"mailgun": _mailgun, "sendgrid": _sendgrid}


def _record(ctx: Context, found: Unsubscribe | None) -> bool:
    """``recordUnsubscribe``: change the contact's status (or store a new contact with it) and keep the reason."""
    if found is None or not is_email(found[0]):
        return False
    email, status, reason = found
    with ctx.db.write() as conn:
        contact = model.find_by_email(conn, email)
        if contact is not None and contact["status"] == status:
            return False
        if contact is None:
            contact_id = model.insert(conn, {"email": email, "status": status})
        else:
            contact_id = int(contact["id"])
            model.apply_changes(conn, contact, {"status": status})
        key = "unsubscribe_reason" if status == "unsubscribed" else "reason"
        stamp = now_mysql()
        conn.execute(
            "INSERT INTO subscriber_meta (subscriber_id, object_type, key, value, created_at, updated_at)"
            " VALUES (?, 'option', ?, ?, ?, ?)"
            " ON CONFLICT (subscriber_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (contact_id, key, reason, stamp, stamp),
        )
    return True


def handle_bounce(ctx: Context) -> Reply:
    service = ctx.path_params["service_name"]
    if service not in SERVICES:
        return Reply(
            {"success": 0, "message": "", "service": service, "result": "", "time": int(time.time())}
        )
    if ctx.path_params["security_code"] != bounce_key(ctx):
        return Reply({"status": False, "message": "Invalid Data or Security Code"})
    reader = READERS.get(service)
    result: Any = _record(ctx, reader(ctx)) if reader else False
    return Reply(
        {"success": 1, "message": "recorded", "service": service, "result": result, "time": int(time.time())}
    )
