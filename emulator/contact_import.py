"""FluentCRM's bulk contact import (``Subscriber::import``), shared by the CSV and the WordPress-user imports.

Its rules differ from the single-contact writes: a repeated or invalid e-mail is dropped without a trace, an
existing contact is touched only when ``update`` is ``true`` (the string ``"yes"`` the admin screens send does
not count), and a new status replaces an existing contact's status only when it is a strict one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from emulator import contact_model as model
from emulator import records, taxonomy
from emulator.text import is_email, php_string

STRICT_STATUSES = frozenset({"unsubscribed", "bounced", "complained"})


@dataclass
class ImportResult:
    inserted: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)

    def body(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "skips": [], "errors": ""}


def update_requested(value: Any) -> bool:
    """``$update === 'true' || $update === true``."""
    return value is True or value == "true"


def _ids(conn: sqlite3.Connection, value: Any, kind: str) -> list[int]:
    items = taxonomy.as_items(value)
    return taxonomy.resolve_ids(conn, items, kind, create=False) if items else []


def import_contacts(
    conn: sqlite3.Connection,
    rows: list[dict[str, Any]],
    *,
    tags: Any,
    lists: Any,
    update: Any,
    new_status: Any,
    source: str,
    site_url: str,
    force_status: bool = False,
) -> ImportResult:
    """Create the new contacts of ``rows`` and, with ``update``, refresh the existing ones."""
    tag_ids, list_ids = _ids(conn, tags, "tag"), _ids(conn, lists, "list")
    status = php_string(new_status) if new_status not in (None, "", [], {}) else ""
    seen: set[str] = set()
    result = ImportResult()
    for row in rows:
        email = php_string(row.get("email")).strip()
        if not is_email(email) or email.lower() in seen:
            continue
        seen.add(email.lower())
        existing = model.find_by_email(conn, email)
        if existing is None:
            result.inserted.append(_insert(conn, row, email, status, source, tag_ids, list_ids, site_url))
        elif update_requested(update):
            keep = not force_status and status not in STRICT_STATUSES
            result.updated.append(
                _update(conn, existing, row, "" if keep else status, tag_ids, list_ids, site_url)
            )
    return result


def _values(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key in model.FILLABLE and value not in (None, "")}


def _insert(
    conn: sqlite3.Connection,
    row: dict[str, Any],
    email: str,
    status: str,
    source: str,
    tag_ids: list[int],
    list_ids: list[int],
    site_url: str,
) -> dict[str, Any]:
    values = {**_values(row), "email": email}
    if not values.get("source"):
        values["source"] = source
    if status:
        values["status"] = status
    contact_id = model.insert(conn, values)
    stored = model.find(conn, contact_id)
    assert stored is not None
    # The created model prints only the attributes it was given, in that order, then the computed ones.
    out: dict[str, Any] = {key: values[key] for key in values if key not in ("source", "status")}
    out.update(
        hash=stored["hash"],
        source=values["source"],
        created_at=stored["created_at"],
        status=stored["status"],
        updated_at=stored["updated_at"],
        id=contact_id,
    )
    records.finish_contact(out, site_url)
    _attach(conn, contact_id, tag_ids, list_ids, out)
    return out


def _update(
    conn: sqlite3.Connection,
    existing: sqlite3.Row,
    row: dict[str, Any],
    status: str,
    tag_ids: list[int],
    list_ids: list[int],
    site_url: str,
) -> dict[str, Any]:
    values = _values(row)
    values.pop("source", None)
    values["status"] = status or existing["status"]
    model.apply_changes(conn, existing, values)
    contact_id = int(existing["id"])
    stored = model.find(conn, contact_id)
    assert stored is not None
    out = records.finish_contact(records.contact_columns(stored), site_url)
    _attach(conn, contact_id, tag_ids, list_ids, out)
    return out


def _attach(
    conn: sqlite3.Connection, contact_id: int, tag_ids: list[int], list_ids: list[int], out: dict[str, Any]
) -> None:
    """Attach the import's tags and lists; the contact then prints them, as the loaded relations."""
    if not tag_ids and not list_ids:
        return
    taxonomy.attach(conn, contact_id, "tag", tag_ids)
    taxonomy.attach(conn, contact_id, "list", list_ids)
    if tag_ids:
        out["tags"] = records.attached(conn, [contact_id], "tag")[contact_id]
    if list_ids:
        out["lists"] = records.attached(conn, [contact_id], "list")[contact_id]
