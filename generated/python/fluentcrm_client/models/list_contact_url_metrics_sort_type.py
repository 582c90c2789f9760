from typing import Literal, cast

ListContactUrlMetricsSortType = Literal["ASC", "DESC"]

LIST_CONTACT_URL_METRICS_SORT_TYPE_VALUES: set[ListContactUrlMetricsSortType] = {
    "ASC",
    "DESC",
}


def check_list_contact_url_metrics_sort_type(value: str) -> ListContactUrlMetricsSortType:
    """Return ``value`` typed as ListContactUrlMetricsSortType; values this client does not know are kept as they are."""
    if value in LIST_CONTACT_URL_METRICS_SORT_TYPE_VALUES or isinstance(value, str):
        return cast(ListContactUrlMetricsSortType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_URL_METRICS_SORT_TYPE_VALUES!r}")
