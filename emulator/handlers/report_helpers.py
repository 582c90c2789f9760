"""The option helpers under ``/reports`` that feed the admin screens' drop-downs, and the ping.

Only what a site with FluentCRM alone answers is modelled: providers, sequences, segments and most
``option_key`` values come from add-ons, so they answer empty lists here exactly as on such a site.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from emulator import errors, records
from emulator.context import Context, Reply
from emulator.text import php_empty, php_string

ASSETS = "/wp-content/plugins/fluent-crm/assets"

#: (value, title) of the fixed option lists.
STATUS_TITLES = (
    ("subscribed", "Subscribed"),
    ("pending", "Pending"),
    ("unsubscribed", "Unsubscribed"),
    ("transactional", "Transactional"),
    ("bounced", "Bounced"),
    ("complained", "Complained"),
    ("spammed", "Spammed"),
)
EDITABLE_STATUSES = STATUS_TITLES[:4]
CONTACT_TYPES = (("lead", "Lead"), ("customer", "Customer"))
USER_ROLES = (
    ("administrator", "Administrator"),
    ("editor", "Editor"),
    ("author", "Author"),
    ("contributor", "Contributor"),
    ("subscriber", "Subscriber"),
)
PROFILE_SECTIONS = (
    ("subscriber", "Overview"),
    ("subscriber_emails", "Emails"),
    ("subscriber_notes", "Notes & Activities"),
)
#: Terms of a fresh WordPress site, by taxonomy: the only category is "Uncategorized" (term 1).
TAXONOMY_TERMS: dict[str, tuple[tuple[str, str], ...]] = {"category": (("1", "Uncategorized"),)}


def _choices(pairs: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"id": value, "slug": value, "title": title} for value, title in pairs]


def _lists(conn: sqlite3.Connection, ctx: Context) -> list[dict[str, Any]]:
    with_count = ctx.get("with_count")
    counted = isinstance(with_count, (list, dict)) and "lists" in (
        with_count.values() if isinstance(with_count, dict) else with_count
    )
    items = []
    for row in conn.execute("SELECT id, slug, title FROM lists ORDER BY title COLLATE NOCASE, id"):
        item: dict[str, Any] = {"id": row["id"], "slug": row["slug"], "title": row["title"]}
        if counted:
            item["subscribersCount"] = conn.execute(
                "SELECT COUNT(*) FROM subscriber_pivot p JOIN subscribers s ON s.id = p.subscriber_id"
                " WHERE p.object_type = ? AND p.object_id = ? AND s.status = 'subscribed'",
                (records.LIST_TYPE, row["id"]),
            ).fetchone()[0]
        items.append(item)
    return items


def _tags(conn: sqlite3.Connection, ctx: Context) -> list[dict[str, Any]]:
    return [
        {
            "id": row["id"],
            "slug": row["slug"],
            "title": row["title"],
            "value": str(row["id"]),
            "label": row["title"],
        }
        for row in conn.execute("SELECT id, slug, title FROM tags ORDER BY title COLLATE NOCASE, id")
    ]


def _campaigns(conn: sqlite3.Connection, ctx: Context) -> list[dict[str, Any]]:
    return [
        {"id": row["id"], "title": row["title"]}
        for row in conn.execute("SELECT id, title FROM campaigns ORDER BY id DESC")
    ]


def _fixed(value: Any) -> Callable[[sqlite3.Connection, Context], Any]:
    return lambda _conn, _ctx: value


#: The option fields the emulator knows, in no particular order (the answer follows the request's order).
OPTION_FIELDS: dict[str, Callable[[sqlite3.Connection, Context], Any]] = {
    "lists": _lists,
    "tags": _tags,
    "campaigns": _campaigns,
    "statuses": _fixed(_choices(STATUS_TITLES)),
    "editable_statuses": _fixed(_choices(EDITABLE_STATUSES)),
    "contact_types": _fixed(_choices(CONTACT_TYPES)),
    "user_roles_options": _fixed(
        [{"id": value, "title": title, "slug": value} for value, title in USER_ROLES]
    ),
    "email_sequences": _fixed([]),
    "automation_funnels": _fixed([]),
    "segments": _fixed([]),
    "custom_fields": lambda conn, _ctx: records.custom_field_definitions(conn),
    "profile_sections": _fixed(
        {name: {"name": name, "title": title, "handler": "route"} for name, title in PROFILE_SECTIONS}
    ),
    "sampleCsv": lambda _conn, ctx: ctx.site_url + ASSETS + "/sample.csv",
}


def options(ctx: Context) -> Reply:
    fields = ctx.get("fields")
    if isinstance(fields, (list, dict)):
        raise errors.invalid_param("fields", "fields must be a comma-separated string.")
    if php_empty(fields):
        raise errors.message(422, "Missing requested fields field.")
    found: dict[str, Any] = {}
    with ctx.db.read() as conn:
        for name in php_string(fields).split(","):
            builder = OPTION_FIELDS.get(name.strip())
            if builder is not None:
                found[name.strip()] = builder(conn, ctx)
    return Reply({"options": found or []})


#: The published posts and pages of a fresh WordPress site, by post type, as ``post_type`` options list them.
FRESH_SITE_POSTS: dict[str, tuple[tuple[str, str], ...]] = {
    "post": (("1", "Hello world!"),),
    "page": (("2", "Sample Page"),),
}


def ajax_options(ctx: Context) -> Reply:
    """``campaigns`` searches the stored campaigns and ``post_type`` a fresh site's posts; the other keys search
    WordPress users or add-on data, which the emulator does not have."""
    if ctx.get("option_key") == "post_type":
        search = ctx.get("search")
        posts = FRESH_SITE_POSTS.get(str(ctx.get("sub_option_key") or "post"), ())
        return Reply(
            {
                "options": [
                    {"id": post_id, "title": title}
                    for post_id, title in posts
                    if not (isinstance(search, str) and search) or search.lower() in title.lower()
                ]
            }
        )
    if ctx.get("option_key") != "campaigns":
        return Reply({"options": []})
    search = ctx.get("search")
    sql = "SELECT id, title FROM campaigns WHERE status != 'draft'"
    params: list[Any] = []
    if isinstance(search, str) and search:
        sql += " AND title LIKE ?"
        params.append(f"%{search}%")
    with ctx.db.read() as conn:
        rows = conn.execute(sql + " ORDER BY id DESC LIMIT 20", params).fetchall()
    return Reply({"options": [{"id": row["id"], "title": f"{row['title']} - {row['id']}"} for row in rows]})


def taxonomy_terms(ctx: Context) -> Reply:
    taxonomy = ctx.get("taxonomy")
    name = taxonomy if isinstance(taxonomy, str) and taxonomy else "category"
    return Reply({"options": [{"id": term, "title": title} for term, title in TAXONOMY_TERMS.get(name, ())]})


def cascade_selections(ctx: Context) -> Reply:
    return Reply({"options": [], "has_more": True})


def advanced_providers(ctx: Context) -> Reply:
    return Reply({"providers": []})


def ping(ctx: Context) -> Reply:
    return Reply({"message": "pong"})
