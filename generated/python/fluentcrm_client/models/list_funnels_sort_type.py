from typing import Literal, cast

ListFunnelsSortType = Literal["ASC", "DESC", "asc", "desc"]

LIST_FUNNELS_SORT_TYPE_VALUES: set[ListFunnelsSortType] = {
    "ASC",
    "DESC",
    "asc",
    "desc",
}


def check_list_funnels_sort_type(value: str) -> ListFunnelsSortType:
    """Return ``value`` typed as ListFunnelsSortType; values this client does not know are kept as they are."""
    if value in LIST_FUNNELS_SORT_TYPE_VALUES or isinstance(value, str):
        return cast(ListFunnelsSortType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNELS_SORT_TYPE_VALUES!r}")
