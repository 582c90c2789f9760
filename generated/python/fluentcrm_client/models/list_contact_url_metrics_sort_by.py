from typing import Literal, cast

ListContactUrlMetricsSortBy = Literal["counter", "created_at", "id", "updated_at"]

LIST_CONTACT_URL_METRICS_SORT_BY_VALUES: set[ListContactUrlMetricsSortBy] = {
    "counter",
    "created_at",
    "id",
    "updated_at",
}


def check_list_contact_url_metrics_sort_by(value: str) -> ListContactUrlMetricsSortBy:
    """Return ``value`` typed as ListContactUrlMetricsSortBy; values this client does not know are kept as they are."""
    if value in LIST_CONTACT_URL_METRICS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListContactUrlMetricsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_URL_METRICS_SORT_BY_VALUES!r}")
