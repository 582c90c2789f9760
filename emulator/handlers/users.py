"""``/users``: the site's WordPress users (the emulator's ``wp_users``) and WordPress's default roles.

The users are the accounts the emulator was started with. ``display_name`` is the login, since the emulator keeps
no profile names. ``fields`` may only name plain ``wp_users`` columns: WordPress would return whole user objects,
password hashes included, for ``fields=all``, and the emulator refuses that with 400.
"""

from __future__ import annotations

from typing import Any

from emulator import errors
from emulator.context import Context, Reply
from emulator.text import php_string

#: WordPress's five default roles and their capabilities, in WordPress's order.
ROLE_CAPABILITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "administrator": (
        "Administrator",
        (
            "switch_themes",
            "edit_themes",
            "activate_plugins",
            "edit_plugins",
            "edit_users",
            "edit_files",
            "manage_options",
            "moderate_comments",
            "manage_categories",
            "manage_links",
            "upload_files",
            "import",
            "unfiltered_html",
            "edit_posts",
            "edit_others_posts",
            "edit_published_posts",
            "publish_posts",
            "edit_pages",
            "read",
            "level_10",
            "level_9",
            "level_8",
            "level_7",
            "level_6",
            "level_5",
            "level_4",
            "level_3",
            "level_2",
            "level_1",
            "level_0",
            "edit_others_pages",
            "edit_published_pages",
            "publish_pages",
            "delete_pages",
            "delete_others_pages",
            "delete_published_pages",
            "delete_posts",
            "delete_others_posts",
            "delete_published_posts",
            "delete_private_posts",
            "edit_private_posts",
            "read_private_posts",
            "delete_private_pages",
            "edit_private_pages",
            "read_private_pages",
            "delete_users",
            "create_users",
            "unfiltered_upload",
            "edit_dashboard",
            "update_plugins",
            "delete_plugins",
            "install_plugins",
            "update_themes",
            "install_themes",
            "update_core",
            "list_users",
            "remove_users",
            "promote_users",
            "edit_theme_options",
            "delete_themes",
            "export",
        ),
    ),
    "editor": (
        "Editor",
        (
            "moderate_comments",
            "manage_categories",
            "manage_links",
            "upload_files",
            "unfiltered_html",
            "edit_posts",
            "edit_others_posts",
            "edit_published_posts",
            "publish_posts",
            "edit_pages",
            "read",
            "level_7",
            "level_6",
            "level_5",
            "level_4",
            "level_3",
            "level_2",
            "level_1",
            "level_0",
            "edit_others_pages",
            "edit_published_pages",
            "publish_pages",
            "delete_pages",
            "delete_others_pages",
            "delete_published_pages",
            "delete_posts",
            "delete_others_posts",
            "delete_published_posts",
            "delete_private_posts",
            "edit_private_posts",
            "read_private_posts",
            "delete_private_pages",
            "edit_private_pages",
            "read_private_pages",
        ),
    ),
    "author": (
        "Author",
        (
            "upload_files",
            "edit_posts",
            "edit_published_posts",
            "publish_posts",
            "read",
            "level_2",
            "level_1",
            "level_0",
            "delete_posts",
            "delete_published_posts",
        ),
    ),
    "contributor": (
        "Contributor",
        (
            "edit_posts",
            "read",
            "level_1",
            "level_0",
            "delete_posts",
        ),
    ),
    "subscriber": (
        "Subscriber",
        (
            "read",
            "level_0",
        ),
    ),
}
DEFAULT_FIELDS = ("ID", "display_name", "user_email")
DEFAULT_LIMIT = 5
#: SQLite cannot take a larger LIMIT; no site has that many users anyway.
MAX_LIMIT = 2**62


def _column(user: Any, field: str, site_url: str) -> str:
    values = {
        "ID": str(user["id"]),
        "user_login": user["login"],
        "user_nicename": user["login"],
        "user_email": user["email"],
        "user_url": site_url,
        "user_registered": "",
        "display_name": user["login"],
    }
    return str(values[field])


def _fields(value: Any) -> tuple[str, ...]:
    if value is None or value == "" or value == []:
        return DEFAULT_FIELDS
    fields = value if isinstance(value, list) else [value]
    names = tuple(php_string(field) for field in fields)
    allowed = {
        "ID",
        "user_login",
        "user_nicename",
        "user_email",
        "user_url",
        "user_registered",
        "display_name",
    }
    if not names or not set(names) <= allowed:
        raise errors.invalid_param(
            "fields", "fields must name wp_users columns: " + ", ".join(sorted(allowed)) + "."
        )
    return names


def _limit(value: Any) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    text = php_string(value).strip()
    if not text.isdigit() or int(text) < 1:
        # WordPress's user query crashes on a limit that is not a number.
        raise errors.invalid_param("limit", "limit must be a positive integer.")
    return min(int(text), MAX_LIMIT)


def list_users(ctx: Context) -> Reply:
    roles = ctx.get("roles", [])
    roles = [php_string(role) for role in (roles if isinstance(roles, list) else [roles]) if role]
    fields = _fields(ctx.get("fields"))
    limit = _limit(ctx.get("limit"))
    where = f" WHERE role IN ({','.join('?' * len(roles))})" if roles else ""
    with ctx.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM wp_users{where}", roles).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM wp_users{where} ORDER BY login LIMIT ?", [*roles, limit]
        ).fetchall()
    users = []
    for row in rows:
        user = {field: _column(row, field, ctx.site_url) for field in fields}
        if "ID" in user:
            user["id"] = user["ID"]  # WP_User_Query adds the lower-case copy of ID
        users.append(user)
    return Reply({"users": users, "total": total}, bench=False)


def list_roles(ctx: Context) -> Reply:
    roles = {
        slug: {"name": name, "capabilities": {capability: True for capability in capabilities}}
        for slug, (name, capabilities) in ROLE_CAPABILITIES.items()
    }
    return Reply({"roles": roles})
