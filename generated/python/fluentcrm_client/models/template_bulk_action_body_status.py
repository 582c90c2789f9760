from typing import Literal, cast

TemplateBulkActionBodyStatus = Literal["draft", "publish"]

TEMPLATE_BULK_ACTION_BODY_STATUS_VALUES: set[TemplateBulkActionBodyStatus] = {
    "draft",
    "publish",
}


def check_template_bulk_action_body_status(value: str) -> TemplateBulkActionBodyStatus:
    """Return ``value`` typed as TemplateBulkActionBodyStatus; values this client does not know are kept as they are."""
    if value in TEMPLATE_BULK_ACTION_BODY_STATUS_VALUES or isinstance(value, str):
        return cast(TemplateBulkActionBodyStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_BULK_ACTION_BODY_STATUS_VALUES!r}")
