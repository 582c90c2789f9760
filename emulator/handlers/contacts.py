"""``/subscribers``: list, read, create, update, delete and bulk add/update, as FluentCRM 2.9.84 answers them."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from emulator import contact_model as model
from emulator import errors, taxonomy
from emulator.contact_query import contact_page
from emulator.context import Context, Reply, now_mysql
from emulator.ids import row_id
from emulator.pagination import paginator, parse_page
from emulator.records import (
    attached,
    contact_columns,
    custom_field_definitions,
    custom_values,
    decode_meta,
    finish_contact,
)
from emulator.text import is_email, php_empty, php_string, sanitize_text_field

_UNSUBSCRIBE_STATUSES = ("unsubscribed", "bounced", "complained")


def list_contacts(ctx: Context) -> Reply:
    page = parse_page(ctx.params)
    search = sanitize_text_field(ctx.get("search", "")).strip()
    with_custom = ctx.get("custom_fields") is True or php_string(ctx.get("custom_fields")) == "true"
    with ctx.db.read() as conn:
        rows, total = contact_page(ctx, conn, page, search, with_custom)
        ids = [row["id"] for row in rows]
        tags = attached(conn, ids, "tag")
        lists = attached(conn, ids, "list")
        values: dict[int, dict[str, Any]] = {}
        if with_custom:
            slugs = [f.get("slug") for f in custom_field_definitions(conn) if isinstance(f, dict)]
            values = custom_values(conn, ids, [s for s in slugs if s])
    data = []
    for row in rows:
        item = contact_columns(row)
        if with_custom:
            item["custom_fields"] = values.get(row["id"]) or []
        finish_contact(item, ctx.site_url)
        item["tags"] = tags[row["id"]]
        item["lists"] = lists[row["id"]]
        data.append(item)
    return Reply(
        {
            "subscribers": paginator(page, total, data, ctx.paginator_path),
            "custom": ctx.get("custom_fields"),
        }
    )


def _with_options(ctx: Context) -> list[str]:
    value = ctx.get("with", [])
    errors.must_be_list("with", value)
    items = taxonomy.as_items(value) or []
    return [item for item in items if isinstance(item, str)]


def _stats(conn: sqlite3.Connection, contact_id: int) -> dict[str, int]:
    row = conn.execute(
        "SELECT COUNT(*) AS emails, SUM(is_open > 0) AS opens, SUM(click_counter IS NOT NULL) AS clicks"
        " FROM campaign_emails WHERE subscriber_id = ? AND status = 'sent'",
        (contact_id,),
    ).fetchone()
    return {
        "emails": int(row["emails"] or 0),
        "opens": int(row["opens"] or 0),
        "clicks": int(row["clicks"] or 0),
    }


def _meta_text(conn: sqlite3.Connection, contact_id: int, key: str) -> tuple[str, str]:
    row = conn.execute(
        "SELECT value, updated_at FROM subscriber_meta WHERE subscriber_id = ? AND key = ? ORDER BY id",
        (contact_id, key),
    ).fetchone()
    if row is None:
        return "", ""
    return php_string(decode_meta(row["value"])), row["updated_at"] or ""


def _find_for_get(ctx: Context, conn: sqlite3.Connection) -> sqlite3.Row | None:
    contact_id = row_id(ctx.path_params["id"])
    if contact_id:
        return model.find(conn, contact_id)
    if not php_empty(ctx.get("get_by_email")):
        return model.find_by_email(conn, php_string(ctx.get("get_by_email")).strip())
    return None


def _link_wp_user(ctx: Context, contact_id: int, user_id: int) -> None:
    """FluentCRM's ``getWpUser()``: a contact without ``user_id`` whose e-mail belongs to a WordPress user is
    linked to that user while it is being read (and the user is unlinked from any other contact)."""
    with ctx.db.write() as conn:
        conn.execute(
            "UPDATE subscribers SET user_id = ?, updated_at = ? WHERE id = ? AND user_id IS NULL",
            (user_id, now_mysql(), contact_id),
        )
        conn.execute(
            "UPDATE subscribers SET user_id = NULL WHERE user_id = ? AND id != ?", (user_id, contact_id)
        )


def get_contact(ctx: Context) -> Reply:
    reply, unlinked = _contact_detail(ctx)
    if unlinked is not None:
        _link_wp_user(ctx, *unlinked)
        reply, _ = _contact_detail(ctx)
    assert reply is not None
    return reply


def _contact_detail(ctx: Context) -> tuple[Reply | None, tuple[int, int] | None]:
    """The ``GET /subscribers/{id}`` body, or the (contact, user) ids to link first when FluentCRM would."""
    options = _with_options(ctx)
    with ctx.db.read() as conn:
        row = _find_for_get(ctx, conn)
        if row is None:
            raise errors.message(422, "Subscriber not found")
        if row["user_id"] is None:
            unlinked_user = model.wp_user_by_email(conn, row["email"])
            if unlinked_user is not None:
                return None, (int(row["id"]), int(unlinked_user["id"]))
        contact = contact_columns(row)
        if "commerce_stat" in options:
            contact["commerce_stat"] = []
        linked = model.wp_user(conn, row["user_id"])
        if linked is not None:
            if ctx.user.login.lower() == linked["login"].lower():
                contact["user_edit_url"] = f"{ctx.site_url}/wp-admin/profile.php"
            else:
                contact["user_edit_url"] = f"{ctx.site_url}/wp-admin/user-edit.php?user_id={linked['id']}"
            contact["user_roles"] = [linked["role"]]
        if "stats" in options:
            contact["stats"] = _stats(conn, row["id"])
        if "subscriber.custom_values" in options:
            slugs = [f.get("slug") for f in custom_field_definitions(conn) if isinstance(f, dict)]
            contact["custom_values"] = custom_values(conn, [row["id"]], [s for s in slugs if s])[row["id"]]
        if contact["date_of_birth"] == "0000-00-00":
            contact["date_of_birth"] = ""
        if row["status"] in _UNSUBSCRIBE_STATUSES:
            reason_key = "unsubscribe_reason" if row["status"] == "unsubscribed" else "reason"
            reason, date = _meta_text(conn, row["id"], reason_key)
            contact["unsubscribe_reason"] = reason
            contact["unsubscribe_date"] = date
        finish_contact(contact, ctx.site_url)
        contact["tags"] = attached(conn, [row["id"]], "tag")[row["id"]]
        contact["lists"] = attached(conn, [row["id"]], "list")[row["id"]]
        body: dict[str, Any] = {"subscriber": contact}
        if "custom_fields" in options:
            body["custom_fields"] = custom_field_definitions(conn)
    return Reply(body), None


def _required_missing(value: Any) -> bool:
    """The validator's ``required`` rule: null, a blank string or an empty array."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    return isinstance(value, (list, dict)) and len(value) == 0


def _email_problem(
    conn: sqlite3.Connection, email: Any, *, unique: bool, except_id: int | None = None
) -> dict[str, str] | None:
    if _required_missing(email):
        return {"required": "The email field is required."}
    if not isinstance(email, str) or not is_email(email.strip()):
        return {"email": "The email must be a valid email address."}
    if unique and model.email_taken(conn, email.strip(), except_id=except_id):
        return {"unique": "Provided email already assigned to another subscriber."}
    return None


RELATION_MEMBERS = ("tags", "lists", "attach_tags", "attach_lists", "detach_tags", "detach_lists")


def _reject_crashing_shapes(data: dict[str, Any]) -> None:
    """Members whose wrong shape crashes FluentCRM 2.9.84 (documented faults) get a 422 here instead."""
    for member in RELATION_MEMBERS:
        errors.must_hold_scalars(member, data.get(member))
    errors.must_be_object("custom_values", data.get("custom_values"))


def _validation_for_create(conn: sqlite3.Connection, data: dict[str, Any], *, unique: bool) -> None:
    _reject_crashing_shapes(data)
    problems: dict[str, dict[str, str]] = {}
    email_problem = _email_problem(conn, data.get("email"), unique=unique)
    if email_problem:
        problems["email"] = email_problem
    if _required_missing(data.get("status")):
        problems["status"] = {"required": "The status field is required."}
    if problems:
        raise errors.validation(problems)


def _flat_custom_values(conn: sqlite3.Connection, data: dict[str, Any]) -> dict[str, Any]:
    slugs = [f.get("slug") for f in custom_field_definitions(conn) if isinstance(f, dict)]
    return {slug: data[slug] for slug in slugs if slug in data and not php_empty(data[slug])}


def _requested_custom_values(conn: sqlite3.Connection, data: dict[str, Any]) -> dict[str, Any]:
    if "custom_values" in data and data["custom_values"] is not None:
        raw = data["custom_values"]
        if isinstance(raw, list):
            raw = {str(index): value for index, value in enumerate(raw)}
        if not isinstance(raw, dict):
            return {}
        return model.format_custom_values(conn, raw)
    return model.format_custom_values(conn, _flat_custom_values(conn, data))


def upsert(
    conn: sqlite3.Connection, data: dict[str, Any], *, force_update: bool, source: dict[str, Any]
) -> tuple[int, list[str]]:
    """FluentCRM's ``updateOrCreate``: create the contact or merge non-empty values into the existing one.

    Returns the contact id and the relation keys (``lists``/``tags``) that were touched, in the order FluentCRM
    loads them, because the create response shows exactly those.
    """
    values = {
        key: value
        for key, value in data.items()
        if key in model.FILLABLE and not php_empty(value) and not isinstance(value, (list, dict))
    }
    if "full_name" in data and not values.get("first_name") and not values.get("last_name"):
        first, _, last = php_string(data["full_name"]).strip().partition(" ")
        if first:
            values["first_name"] = first
        if last:
            values["last_name"] = last
    email = php_string(values.get("email"))
    existing = model.find_by_email(conn, email)
    if not values.get("user_id"):
        user = model.wp_user_by_email(conn, email)
        if user is not None:
            values["user_id"] = user["id"]
        else:
            values.pop("user_id", None)
    if (
        not force_update
        and existing is not None
        and existing["status"] != "subscribed"
        and "status" in values
    ):
        force_update = True
    if "status" in values:
        status = values["status"]
        if force_update:
            pass
        elif existing is not None and existing["status"] in (
            "subscribed",
            "bounced",
            "complained",
            "spammed",
        ):
            del values["status"]
        if status == "unsubscribed":
            values["status"] = "unsubscribed"
    if existing is not None:
        contact_id = int(existing["id"])
        model.apply_changes(conn, existing, values)
    else:
        contact_id = model.insert(conn, values)
    custom = _requested_custom_values(conn, source)
    if custom:
        model.sync_custom_values(conn, contact_id, custom, delete_empty=False)
    touched: list[str] = []
    if not php_empty(source.get("lists")):
        model.attach_references(conn, contact_id, "list", source.get("lists"))
        touched.append("lists")
    if not php_empty(source.get("tags")):
        model.attach_references(conn, contact_id, "tag", source.get("tags"))
        touched.append("tags")
    if not php_empty(source.get("detach_tags")):
        model.attach_references(conn, contact_id, "tag", source.get("detach_tags"), detach=True)
    if not php_empty(source.get("detach_lists")):
        model.attach_references(conn, contact_id, "list", source.get("detach_lists"), detach=True)
    return contact_id, touched


def _contact_body(
    conn: sqlite3.Connection, contact_id: int, site_url: str, relations: list[str]
) -> dict[str, Any]:
    row = model.find(conn, contact_id)
    assert row is not None
    contact = finish_contact(contact_columns(row), site_url)
    for relation in relations:
        kind = "tag" if relation == "tags" else "list"
        contact[relation] = attached(conn, [contact_id], kind)[contact_id]
    return contact


def _is_force_update(value: Any) -> bool:
    """FluentCRM compares ``__force_update == 'yes'`` loosely: the string ``yes`` or a JSON ``true``."""
    return value is True or value == "yes"


def create_contact(ctx: Context) -> Reply:
    data = dict(ctx.params)
    force_update = _is_force_update(data.get("__force_update"))
    with ctx.db.write() as conn:
        _validation_for_create(conn, data, unique=not force_update)
        data.pop("__force_update", None)
        clean = model.sanitize_contact(data)
        is_new = not model.email_taken(conn, php_string(clean.get("email")))
        contact_id, relations = upsert(conn, clean, force_update=force_update, source=data)
        contact = _contact_body(conn, contact_id, ctx.site_url, relations)
    if is_new:
        return Reply(
            {"message": "Successfully added the subscriber.", "contact": contact, "action_type": "created"}
        )
    return Reply(
        {"message": "contact has been successfully updated.", "contact": contact, "action_type": "updated"}
    )


def _update_payload(ctx: Context) -> dict[str, Any]:
    wrapped = ctx.json("subscriber")
    if isinstance(ctx.json_body, dict):
        # In a JSON body FluentCRM 2.9.84 uses `subscriber` as it is, and crashes on a non-empty scalar.
        errors.must_be_object("subscriber", wrapped)
    elif isinstance(wrapped, str):
        try:
            wrapped = json.loads(wrapped)
        except ValueError:
            wrapped = None
    if isinstance(wrapped, dict) and wrapped:
        return wrapped
    return dict(ctx.params)


def update_contact(ctx: Context) -> Reply:
    contact_id = row_id(ctx.path_params["id"])
    with ctx.db.write() as conn:
        row = model.find(conn, contact_id)
        if row is None:
            raise errors.model_not_found("subscriber")
        original = _update_payload(ctx)
        _reject_crashing_shapes(original)
        data = dict(original)
        if data.get("email") is not None:
            email = data["email"]
            email_problem = _email_problem(conn, email, unique=True, except_id=row["id"])
            if email_problem:
                raise errors.validation({"email": email_problem})
            user = model.wp_user_by_email(conn, email.strip())
            data["user_id"] = user["id"] if user is not None else None
        if "date_of_birth" in data and data["date_of_birth"] is not None and php_empty(data["date_of_birth"]):
            data["date_of_birth"] = "0000-00-00"
        clean = model.sanitize_contact(data)
        for key in ("created_at", "last_activity"):
            clean.pop(key, None)
        if "user_id" in clean and clean["user_id"] is None and row["user_id"] is None:
            clean.pop("user_id")
        dirty = model.apply_changes(conn, row, clean)
        values = original.get("custom_values", [])
        if isinstance(values, dict) and values:
            model.sync_custom_values(
                conn, row["id"], model.format_custom_values(conn, values), delete_empty=True
            )
        relations: list[str] = []
        for key, kind, detach in (
            ("attach_tags", "tag", False),
            ("attach_lists", "list", False),
            ("detach_tags", "tag", True),
            ("detach_lists", "list", True),
        ):
            if not php_empty(original.get(key)):
                model.attach_references(conn, row["id"], kind, original.get(key), detach=detach)
                relation = "tags" if kind == "tag" else "lists"
                if relation not in relations:
                    relations.append(relation)
        contact = _contact_body(conn, row["id"], ctx.site_url, relations)
    if php_empty(values):
        values = []
    return Reply(
        {
            "message": "Subscriber successfully updated",
            "contact": contact,
            "isDirty": bool(dirty),
            "values": values,
        }
    )


def delete_contact(ctx: Context) -> Reply:
    contact_id = row_id(ctx.path_params["id"])
    with ctx.db.write() as conn:
        if model.find(conn, contact_id) is None:
            raise errors.model_not_found("subscriber")
        model.delete(conn, [contact_id])
    return Reply({"message": "Selected Subscriber has been deleted successfully"})


def delete_contacts(ctx: Context) -> Reply:
    raw = ctx.get("subscribers")
    items = taxonomy.as_items(raw)
    if items is None:
        items = [] if php_empty(raw) else [raw]
    ids = [model.php_intval(item) for item in items if not isinstance(item, (list, dict))]
    ids = [i for i in ids if i > 0]
    if php_empty(raw) or not items:
        raise errors.validation({"subscriber_ids": {"required": "The subscriber_ids field is required."}})
    with ctx.db.write() as conn:
        model.delete(conn, ids)
    return Reply({"message": "Selected Subscribers has been deleted"})


def _php_bool(value: Any) -> bool:
    """PHP ``filter_var(..., FILTER_VALIDATE_BOOLEAN)``."""
    if isinstance(value, bool):
        return value
    return php_string(value).strip().lower() in ("1", "true", "on", "yes")


def bulk_add_update(ctx: Context) -> Reply:
    contacts = ctx.json("contacts", [])
    if isinstance(contacts, dict):
        contacts = list(contacts.values())
    if not isinstance(contacts, list):
        contacts = []
    force_update = _php_bool(ctx.get("force_update"))
    invalids: list[Any] = []
    updated: list[dict[str, Any]] = []
    with ctx.db.write() as conn:
        for entry in contacts:
            if not isinstance(entry, dict):
                invalids.append(entry)
                continue
            clean = model.sanitize_contact(entry)
            email = clean.get("email")
            if php_empty(email) or not isinstance(email, str) or not is_email(email):
                invalids.append(clean)
                continue
            source = dict(entry)
            source["tags"] = entry.get("tags", [])
            source["lists"] = entry.get("lists", [])
            contact_id, _ = upsert(conn, clean, force_update=force_update, source=source)
            row = model.find(conn, contact_id)
            assert row is not None
            # FluentCRM checks ``wasRecentlyCreated`` on the request array instead of the model, so every
            # contact, new or not, is reported under ``updated``.
            updated.append({"id": row["id"], "email": row["email"], "status": row["status"]})
    return Reply(
        {
            "message": "Successfully added/updated the subscribers.",
            "created": [],
            "updated": updated,
            "invalids": invalids,
        }
    )
