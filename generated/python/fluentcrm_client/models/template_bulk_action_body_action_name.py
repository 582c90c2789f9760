from typing import Literal, cast

TemplateBulkActionBodyActionName = Literal["change_template_status", "delete_templates"]

TEMPLATE_BULK_ACTION_BODY_ACTION_NAME_VALUES: set[TemplateBulkActionBodyActionName] = {
    "change_template_status",
    "delete_templates",
}


def check_template_bulk_action_body_action_name(value: str) -> TemplateBulkActionBodyActionName:
    """Return ``value`` typed as TemplateBulkActionBodyActionName; values this client does not know are kept as they are."""
    if value in TEMPLATE_BULK_ACTION_BODY_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(TemplateBulkActionBodyActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_BULK_ACTION_BODY_ACTION_NAME_VALUES!r}")
