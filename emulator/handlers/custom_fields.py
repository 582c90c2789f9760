"""``/custom-fields/contacts``: the global custom contact field definitions (an option row in FluentCRM)."""

from __future__ import annotations

import json
from typing import Any

from emulator import errors, taxonomy
from emulator.contact_model import FILLABLE
from emulator.context import Context, Reply
from emulator.records import CUSTOM_FIELDS_OPTION, custom_field_definitions
from emulator.text import php_empty, php_string, sanitize_title

FIELD_TYPES = {
    "text": {"type": "text", "label": "Single Line Text", "value_type": "string"},
    "textarea": {"type": "textarea", "label": "Multi Line Text", "value_type": "string"},
    "number": {"type": "number", "label": "Numeric Field", "value_type": "numeric"},
    "single-select": {"type": "select-one", "label": "Select choice", "value_type": "string"},
    "multi-select": {"type": "select-multi", "label": "Multiple Select choice", "value_type": "array"},
    "radio": {"type": "radio", "label": "Radio Choice", "value_type": "string"},
    "checkbox": {"type": "checkbox", "label": "Checkboxes", "value_type": "array"},
    "date": {"type": "date", "label": "Date", "value_type": "date"},
    "date_time": {"type": "date_time", "label": "Date and Time", "value_type": "datetime"},
}
FIELD_GROUPS = [{"slug": "default", "title": "Custom Profile Data"}]
_RESERVED = set(FILLABLE) | {"hash", "created_at", "id", "updated_at"}


def get_fields(ctx: Context) -> Reply:
    errors.must_be_list("with", ctx.get("with"))
    wanted = taxonomy.as_items(ctx.get("with", [])) or []
    with ctx.db.read() as conn:
        body: dict[str, Any] = {"fields": custom_field_definitions(conn)}
    if "field_types" in wanted:
        body["field_types"] = FIELD_TYPES
    if "field_groups" in wanted:
        body["field_groups"] = FIELD_GROUPS
    return Reply(body)


def _generate_slug(label: Any, taken: list[str]) -> str:
    slug = sanitize_title(php_string(label).replace(" ", "_"))[:25]
    original = slug
    if slug.replace(".", "", 1).isdigit():
        slug = "cf_" + slug
    if slug in _RESERVED:
        slug = "cf_" + slug
    index = 1
    while slug in taken:
        slug = f"{original}_{index}"
        index += 1
    return slug


def save_fields(ctx: Context) -> Reply:
    fields = ctx.json("fields")
    if isinstance(fields, str):
        try:
            fields = json.loads(fields)
        except ValueError:
            fields = None
    if isinstance(fields, dict):
        fields = list(fields.values())
    if not isinstance(fields, list):
        # FluentCRM loops over nothing and stores an empty definition list.
        fields = []
    entries = [dict(field) for field in fields if isinstance(field, dict)]
    slugs = [php_string(field["slug"]) for field in entries if "slug" in field]
    saved: list[dict[str, Any]] = []
    keys: list[str] = []
    for field in entries:
        if php_empty(field.get("slug")):
            field["slug"] = _generate_slug(field.get("label"), slugs)
        slug = php_string(field["slug"])
        if slug in keys:
            continue
        keys.append(slug)
        saved.append(field)
    with ctx.db.write() as conn:
        conn.execute(
            "INSERT INTO options (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (CUSTOM_FIELDS_OPTION, json.dumps(saved, ensure_ascii=False)),
        )
    return Reply({"fields": saved, "message": "Fields saved successfully!"})
