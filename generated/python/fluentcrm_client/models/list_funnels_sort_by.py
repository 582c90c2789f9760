from typing import Literal, cast

ListFunnelsSortBy = Literal["created_at", "id", "status", "title", "updated_at"]

LIST_FUNNELS_SORT_BY_VALUES: set[ListFunnelsSortBy] = {
    "created_at",
    "id",
    "status",
    "title",
    "updated_at",
}


def check_list_funnels_sort_by(value: str) -> ListFunnelsSortBy:
    """Return ``value`` typed as ListFunnelsSortBy; values this client does not know are kept as they are."""
    if value in LIST_FUNNELS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListFunnelsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNELS_SORT_BY_VALUES!r}")
