"""``/tags``: FluentCRM's tag controller. Unlike lists, tag slugs are kept verbatim and updates honour them."""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.handlers.taxonomy_common import affected, find_item, index_rows, required_missing, stored_item
from emulator.pagination import paginator
from emulator.text import php_empty, sanitize_text_field, sanitize_textarea_field, slugify


def _subscribed_count(conn: sqlite3.Connection, tag_id: int) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM subscriber_pivot p JOIN subscribers s ON s.id = p.subscriber_id"
        " WHERE p.object_type = 'FluentCrm\\App\\Models\\Tag' AND p.object_id = ? AND s.status = 'subscribed'",
        (tag_id,),
    ).fetchone()
    return int(row[0])


def list_tags(ctx: Context) -> Reply:
    with ctx.db.read() as conn:
        page, total, rows = index_rows(conn, ctx, "tag")
        items = []
        for row in rows:
            item = stored_item(row, "tag")
            if php_empty(ctx.get("exclude_counts")):
                tag_id = row["id"]
                item["subscribersCount"] = ctx.db.cached(
                    ("tag-count", tag_id), functools.partial(_subscribed_count, conn, tag_id)
                )
            items.append(item)
        body: dict[str, Any] = {"tags": paginator(page, total, items, ctx.paginator_path)}
        if not php_empty(ctx.get("all_tags")):
            body["all_tags"] = [
                {"id": str(row["id"]), "title": row["title"], "slug": row["slug"]}
                for row in conn.execute("SELECT id, title, slug FROM tags ORDER BY id")
            ]
    return Reply(body)


def get_tag(ctx: Context) -> Reply:
    errors.id_zero("tag", ctx.path_params["id"])
    with ctx.db.read() as conn:
        row = find_item(conn, "tag", ctx.path_params["id"])
    return Reply({"tag": stored_item(row, "tag") if row is not None else None}, bench=False)


def create_tag(ctx: Context) -> Reply:
    data = dict(ctx.params)
    title = data.get("title")
    if php_empty(data.get("slug")) or isinstance(data.get("slug"), (list, dict)):
        # FluentCRM slugifies even a missing title (into a random id), so only the title error remains.
        slug = slugify(title if isinstance(title, str) else "")
    else:
        slug = sanitize_text_field(data["slug"])
    problems: dict[str, dict[str, str]] = {}
    if required_missing(title) or isinstance(title, (list, dict)):
        problems["title"] = {"required": "The title field is required."}
    with ctx.db.write() as conn:
        if not slug:
            problems["slug"] = {"required": "The slug field is required."}
        elif conn.execute("SELECT 1 FROM tags WHERE slug = ? COLLATE NOCASE", (slug,)).fetchone():
            problems["slug"] = {"unique": "The slug attribute is already taken and must be unique."}
        if problems:
            raise errors.validation(problems)
        stamp = now_mysql()
        clean_title = sanitize_text_field(title)
        description = sanitize_textarea_field(data.get("description"))
        cursor = conn.execute(
            "INSERT INTO tags (title, slug, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (clean_title, slug, description, stamp, stamp),
        )
        item = {
            "title": clean_title,
            "slug": slug,
            "description": description,
            "updated_at": stamp,
            "created_at": stamp,
            "id": int(cursor.lastrowid or 0),
        }
    return Reply({"lists": item, "item": item, "message": "Successfully saved the tag."})


def update_tag(ctx: Context) -> Reply:
    errors.id_zero("tag", ctx.path_params["id"])
    data = dict(ctx.params)
    if required_missing(data.get("title")) or isinstance(data.get("title"), (list, dict)):
        raise errors.validation({"title": {"required": "The title field is required."}})
    slug_value = data.get("slug")
    slug = (
        slugify(data["title"])
        if php_empty(slug_value) or isinstance(slug_value, (list, dict))
        else str(slug_value)
    )
    with ctx.db.write() as conn:
        if ctx.path_params["id"].strip("0") == "" and ctx.get("update_by") == "slug":
            row = conn.execute("SELECT * FROM tags WHERE slug = ?", (slug,)).fetchone()
            if row is None:
                raise errors.message(422, "Tag could not be found")
        else:
            row = find_item(conn, "tag", ctx.path_params["id"])
        if row is None:
            raise errors.model_not_found("tag")
        clash = conn.execute(
            "SELECT 1 FROM tags WHERE slug = ? COLLATE NOCASE AND id != ?", (slug, row["id"])
        ).fetchone()
        if clash:
            raise errors.message(422, "Provided slug already exist in another tag")
        count = affected(
            conn,
            "tag",
            row,
            sanitize_text_field(data["title"]),
            slug,
            sanitize_textarea_field(data.get("description")),
        )
    return Reply({"lists": count, "message": "Successfully saved the tag."})


def delete_tag(ctx: Context) -> Reply:
    errors.id_zero("tag", ctx.path_params["id"])
    with ctx.db.write() as conn:
        row = find_item(conn, "tag", ctx.path_params["id"])
        if row is None:
            # The real server dies with a PHP fatal (500) here; the emulator answers like ``findOrFail``.
            raise errors.model_not_found("tag")
        conn.execute("DELETE FROM tags WHERE id = ?", (row["id"],))
        conn.execute(
            "DELETE FROM subscriber_pivot WHERE object_type = 'FluentCrm\\App\\Models\\Tag'"
            " AND object_id = ?",
            (row["id"],),
        )
    return Reply({"message": "Successfully removed the tag."})
