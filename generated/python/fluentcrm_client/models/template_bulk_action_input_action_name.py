from typing import Literal, cast

TemplateBulkActionInputActionName = Literal["change_template_status", "delete_templates"]

TEMPLATE_BULK_ACTION_INPUT_ACTION_NAME_VALUES: set[TemplateBulkActionInputActionName] = {
    "change_template_status",
    "delete_templates",
}


def check_template_bulk_action_input_action_name(value: str) -> TemplateBulkActionInputActionName:
    """Return ``value`` typed as TemplateBulkActionInputActionName; values this client does not know are kept as they are."""
    if value in TEMPLATE_BULK_ACTION_INPUT_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(TemplateBulkActionInputActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_BULK_ACTION_INPUT_ACTION_NAME_VALUES!r}")
