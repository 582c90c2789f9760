from typing import Literal, cast

TemplateBulkActionInputStatus = Literal["draft", "publish"]

TEMPLATE_BULK_ACTION_INPUT_STATUS_VALUES: set[TemplateBulkActionInputStatus] = {
    "draft",
    "publish",
}


def check_template_bulk_action_input_status(value: str) -> TemplateBulkActionInputStatus:
    """Return ``value`` typed as TemplateBulkActionInputStatus; values this client does not know are kept as they are."""
    if value in TEMPLATE_BULK_ACTION_INPUT_STATUS_VALUES or isinstance(value, str):
        return cast(TemplateBulkActionInputStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_BULK_ACTION_INPUT_STATUS_VALUES!r}")
