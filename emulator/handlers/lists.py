"""``/lists``: FluentCRM's list controller. Lists responses carry no ``__bench`` field."""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.taxonomy_common import (
    affected,
    bulk_create,
    bulk_delete,
    find_item,
    index_rows,
    required_missing,
    stored_item,
)
from emulator.ids import row_id
from emulator.text import (
    php_empty,
    php_string,
    sanitize_text_field,
    sanitize_textarea_field,
    sanitize_title,
    slugify,
)


def _counts(conn: sqlite3.Connection, list_id: int) -> tuple[int, int]:
    row = conn.execute(
        "SELECT COUNT(*) AS total, COALESCE(SUM(s.status = 'subscribed'), 0) AS subscribed"
        " FROM subscriber_pivot p JOIN subscribers s ON s.id = p.subscriber_id"
        " WHERE p.object_type = 'FluentCrm\\App\\Models\\Lists' AND p.object_id = ?",
        (list_id,),
    ).fetchone()
    return int(row["total"]), int(row["subscribed"])


def list_lists(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        _page, total, rows = index_rows(conn, ctx, "list")
        items = []
        for row in rows:
            item = stored_item(row, "list")
            if php_empty(ctx.get("exclude_counts")):
                list_id = row["id"]
                item["totalCount"], item["subscribersCount"] = ctx.db.cached(
                    ("list-counts", list_id), functools.partial(_counts, conn, list_id)
                )
            items.append(item)
        body: dict[str, Any] = {"lists": items, "pagination": {"total": total}}
        if not php_empty(ctx.get("all_lists")):
            body["all_lists"] = [
                {"id": str(row["id"]), "title": row["title"], "slug": row["slug"]}
                for row in conn.execute("SELECT id, title, slug FROM lists ORDER BY id")
            ]
    return Reply(body, bench=False)


def get_list(ctx: Context) -> Reply:
    errors.id_zero("list", ctx.path_params["id"])
    with ctx.db.read() as conn:
        row = find_item(conn, "list", ctx.path_params["id"])
    if row is None:
        # FluentCRM sends ``Lists::find()`` as it is; a missing list becomes an empty 200 body.
        return Reply(None, bench=False, raw=b"")
    return Reply(stored_item(row, "list"), bench=False)


def create_list(ctx: Context) -> Reply:
    data = dict(ctx.params)
    if (
        php_empty(data.get("slug"))
        and not php_empty(data.get("title"))
        and isinstance(data.get("title"), str)
    ):
        data["slug"] = sanitize_text_field(data["title"])
    problems: dict[str, dict[str, str]] = {}
    if required_missing(data.get("title")) or isinstance(data.get("title"), (list, dict)):
        problems["title"] = {"required": "The title field is required."}
    slug_value = data.get("slug")
    with ctx.db.write() as conn:
        if required_missing(slug_value) or isinstance(slug_value, (list, dict)):
            problems["slug"] = {"required": "The slug field is required."}
        else:
            slug = sanitize_title(php_string(slug_value))
            taken = conn.execute(
                "SELECT 1 FROM lists WHERE slug = ? COLLATE NOCASE OR slug = ? COLLATE NOCASE",
                (php_string(slug_value), slug),
            ).fetchone()
            if taken:
                problems["slug"] = {"unique": "The slug attribute is already taken and must be unique."}
        if problems:
            raise errors.validation(problems)
        stamp = now_mysql()
        title = sanitize_text_field(data["title"])
        description = sanitize_textarea_field(data.get("description"))
        cursor = conn.execute(
            "INSERT INTO lists (title, slug, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (title, slug, description, stamp, stamp),
        )
        item = {
            "title": title,
            "slug": slug,
            "description": description,
            "updated_at": stamp,
            "created_at": stamp,
            "id": int(cursor.lastrowid or 0),
        }
    return Reply({"lists": item, "item": item, "message": "Successfully saved the list."}, bench=False)


def update_list(ctx: Context) -> Reply:
    errors.id_zero("list", ctx.path_params["id"])
    data = dict(ctx.params)
    if required_missing(data.get("title")) or isinstance(data.get("title"), (list, dict)):
        raise errors.validation({"title": {"required": "The title field is required."}})
    # FluentCRM replaces any slug that is sent with the slugified title, and keeps the old one otherwise.
    sent_slug = slugify(data["title"]) if not php_empty(data.get("slug")) else None
    with ctx.db.write() as conn:
        if ctx.path_params["id"].strip("0") == "" and ctx.get("update_by") == "slug" and sent_slug:
            row = conn.execute("SELECT * FROM lists WHERE slug = ?", (sent_slug,)).fetchone()
            if row is None:
                raise errors.message(422, "List could not be found")
        else:
            row = find_item(conn, "list", ctx.path_params["id"])
        if row is None:
            raise errors.model_not_found("list")
        slug = sent_slug or row["slug"]
        clash = conn.execute(
            "SELECT 1 FROM lists WHERE slug = ? COLLATE NOCASE AND id != ?", (slug, row["id"])
        ).fetchone()
        if clash:
            raise errors.message(422, "Provided slug already exist in another list")
        count = affected(
            conn,
            "list",
            row,
            sanitize_text_field(data["title"]),
            slug,
            sanitize_textarea_field(data.get("description")),
        )
    return Reply({"lists": count, "message": "Successfully saved the list."}, bench=False)


def delete_list(ctx: Context) -> Reply:
    raw_id = ctx.path_params["id"]
    errors.id_zero("list", raw_id)
    list_id = row_id(raw_id)
    with ctx.db.write() as conn:
        conn.execute("DELETE FROM lists WHERE id = ?", (list_id,))
        conn.execute(
            "DELETE FROM subscriber_pivot WHERE object_type = 'FluentCrm\\App\\Models\\Lists'"
            " AND object_id = ?",
            (list_id,),
        )
    return Reply({"message": "Successfully removed the list."}, bench=False)


def bulk_create_lists(ctx: Context) -> Reply:
    return bulk_create(ctx, "list", "Provided Lists have been successfully created")


def bulk_delete_lists(ctx: Context) -> Reply:
    return bulk_delete(ctx, "list", "listIds", "Selected Lists has been removed permanently")
