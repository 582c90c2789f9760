"""``/forms``: FluentCRM's wrapper around the Fluent Forms plugin, answered as on a site without Fluent Forms.

The emulator has no Fluent Forms, so the list is the "not installed" stub and a complete create fails on the missing
``fluentform_forms`` table with FluentCRM's 423.
"""

from __future__ import annotations

from emulator import errors
from emulator.context import Context, Reply, now_mysql
from emulator.funnel_catalogue import form_templates
from emulator.handlers.taxonomy_common import required_missing

_REQUIRED = ("template_id", "title", "selected_tags", "selected_list")


def list_forms(ctx: Context) -> Reply:
    return Reply({"installed": False, "forms": {"data": [], "total": 0}})


def list_templates(ctx: Context) -> Reply:
    return Reply({"templates": form_templates(ctx.site_url)})


def create_form(ctx: Context) -> Reply:
    problems = {
        field: {"required": f"The {field} field is required."}
        for field in _REQUIRED
        if required_missing(ctx.get(field))
    }
    if problems:
        raise errors.validation(problems)
    title = str(ctx.get("title")).replace("'", "\\'")
    raise errors.message(
        423,
        "Table 'wp.wp_fluentform_forms' doesn't exist (SQL: insert into `wp_fluentform_forms` (`title`, `status`, "
        f"`type`, `created_by`, `created_at`, `updated_at`, `form_fields`) values ('{title}', 'published', 'form', 1, "
        f"'{now_mysql()}', '{now_mysql()}', '...'))",
    )
