from typing import Literal, cast

OldLogsInputSelectedLogsItem = Literal["activity_logs", "email_clicks", "email_open", "emails", "system_logs"]

OLD_LOGS_INPUT_SELECTED_LOGS_ITEM_VALUES: set[OldLogsInputSelectedLogsItem] = {
    "activity_logs",
    "email_clicks",
    "email_open",
    "emails",
    "system_logs",
}


def check_old_logs_input_selected_logs_item(value: str) -> OldLogsInputSelectedLogsItem:
    """Return ``value`` typed as OldLogsInputSelectedLogsItem; values this client does not know are kept as they are."""
    if value in OLD_LOGS_INPUT_SELECTED_LOGS_ITEM_VALUES or isinstance(value, str):
        return cast(OldLogsInputSelectedLogsItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OLD_LOGS_INPUT_SELECTED_LOGS_ITEM_VALUES!r}")
