from typing import Literal, cast

GetReportOptionsWithCountItem = Literal["lists"]

GET_REPORT_OPTIONS_WITH_COUNT_ITEM_VALUES: set[GetReportOptionsWithCountItem] = {
    "lists",
}


def check_get_report_options_with_count_item(value: str) -> GetReportOptionsWithCountItem:
    """Return ``value`` typed as GetReportOptionsWithCountItem; values this client does not know are kept as they are."""
    if value in GET_REPORT_OPTIONS_WITH_COUNT_ITEM_VALUES or isinstance(value, str):
        return cast(GetReportOptionsWithCountItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REPORT_OPTIONS_WITH_COUNT_ITEM_VALUES!r}")
