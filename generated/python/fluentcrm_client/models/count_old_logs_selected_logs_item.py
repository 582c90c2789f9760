from typing import Literal, cast

CountOldLogsSelectedLogsItem = Literal["activity_logs", "email_clicks", "email_open", "emails", "system_logs"]

COUNT_OLD_LOGS_SELECTED_LOGS_ITEM_VALUES: set[CountOldLogsSelectedLogsItem] = {
    "activity_logs",
    "email_clicks",
    "email_open",
    "emails",
    "system_logs",
}


def check_count_old_logs_selected_logs_item(value: str) -> CountOldLogsSelectedLogsItem:
    """Return ``value`` typed as CountOldLogsSelectedLogsItem; values this client does not know are kept as they are."""
    if value in COUNT_OLD_LOGS_SELECTED_LOGS_ITEM_VALUES or isinstance(value, str):
        return cast(CountOldLogsSelectedLogsItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNT_OLD_LOGS_SELECTED_LOGS_ITEM_VALUES!r}")
