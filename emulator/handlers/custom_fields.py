"""Custom-field definitions: the contact set (``/custom-fields/contacts``) and the company set
(``/companies/custom-fields``), each an option row in FluentCRM, with the same catalogue and slug rules."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from emulator import errors, taxonomy
from emulator.company_model import COLUMNS as COMPANY_COLUMNS
from emulator.contact_model import FILLABLE
from emulator.context import Context, Reply
from emulator.records import CUSTOM_FIELDS_OPTION, custom_field_definitions
from emulator.text import php_empty, php_string, sanitize_text_field, sanitize_title

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


def _generate_slug(label: Any, taken: list[str], reserved: frozenset[str]) -> str:
    slug = sanitize_title(php_string(label).replace(" ", "_"))[:25]
    original = slug
    if slug.replace(".", "", 1).isdigit():
        slug = "cf_" + slug
    if slug in reserved:
        slug = "cf_" + slug
    index = 1
    while slug in taken:
        slug = f"{original}_{index}"
        index += 1
    return slug


def _sent_fields(ctx: Context) -> list[dict[str, Any]]:
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
    return [dict(field) for field in fields if isinstance(field, dict)]


@dataclass(frozen=True)
class FieldSet:
    """One model's custom-field definitions, stored as the JSON list in the option row ``option``."""

    option: str
    #: Slugs that would clash with a column of the model and get a ``cf_`` prefix.
    reserved: frozenset[str]

    def _store(self, ctx: Context, fields: list[dict[str, Any]]) -> None:
        with ctx.db.write() as conn:
            conn.execute(
                "INSERT INTO options (name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (self.option, json.dumps(fields, ensure_ascii=False)),
            )

    def get(self, ctx: Context) -> Reply:
        errors.must_be_list("with", ctx.get("with"))
        wanted = taxonomy.as_items(ctx.get("with", [])) or []
        with ctx.db.read() as conn:
            body: dict[str, Any] = {"fields": custom_field_definitions(conn, self.option)}
        if "field_types" in wanted:
            body["field_types"] = FIELD_TYPES
        if "field_groups" in wanted:
            body["field_groups"] = FIELD_GROUPS
        return Reply(body)

    def save(self, ctx: Context) -> Reply:
        entries = _sent_fields(ctx)
        slugs = [php_string(field["slug"]) for field in entries if "slug" in field]
        saved: list[dict[str, Any]] = []
        keys: list[str] = []
        for field in entries:
            if php_empty(field.get("slug")):
                field["slug"] = _generate_slug(field.get("label"), slugs, self.reserved)
            slug = php_string(field["slug"])
            if slug in keys:
                continue
            keys.append(slug)
            saved.append(field)
        self._store(ctx, saved)
        return Reply({"fields": saved, "message": "Fields saved successfully!"})

    def rename_group(self, ctx: Context) -> Reply:
        """Move every field of group ``old_name`` to ``new_name``; empty or unknown names change nothing."""
        old_name = sanitize_text_field(ctx.get("old_name", ""))
        new_name = sanitize_text_field(ctx.get("new_name", ""))
        with ctx.db.read() as conn:
            fields = custom_field_definitions(conn, self.option)
        if old_name and new_name:
            fields = [
                {**field, "group": new_name}
                if isinstance(field, dict) and field.get("group") == old_name
                else field
                for field in fields
            ]
            self._store(ctx, fields)
        return Reply({"fields": fields, "message": "Group name updated successfully!"})


_CONTACT_RESERVED = frozenset(FILLABLE) | {"hash", "created_at", "id", "updated_at"}
CONTACT_FIELDS = FieldSet(CUSTOM_FIELDS_OPTION, _CONTACT_RESERVED)
COMPANY_FIELDS = FieldSet("company_custom_fields", frozenset(COMPANY_COLUMNS))

get_fields = CONTACT_FIELDS.get
save_fields = CONTACT_FIELDS.save
rename_group = CONTACT_FIELDS.rename_group
