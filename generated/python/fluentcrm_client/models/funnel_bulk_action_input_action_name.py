from typing import Literal, cast

FunnelBulkActionInputActionName = Literal["apply_labels", "change_funnel_status", "delete_funnels"]

FUNNEL_BULK_ACTION_INPUT_ACTION_NAME_VALUES: set[FunnelBulkActionInputActionName] = {
    "apply_labels",
    "change_funnel_status",
    "delete_funnels",
}


def check_funnel_bulk_action_input_action_name(value: str) -> FunnelBulkActionInputActionName:
    """Return ``value`` typed as FunnelBulkActionInputActionName; values this client does not know are kept as they are."""
    if value in FUNNEL_BULK_ACTION_INPUT_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(FunnelBulkActionInputActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNNEL_BULK_ACTION_INPUT_ACTION_NAME_VALUES!r}")
