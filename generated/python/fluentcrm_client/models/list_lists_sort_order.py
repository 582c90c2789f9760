from typing import Literal, cast

ListListsSortOrder = Literal["ASC", "DESC", "asc", "desc"]

LIST_LISTS_SORT_ORDER_VALUES: set[ListListsSortOrder] = {
    "ASC",
    "DESC",
    "asc",
    "desc",
}


def check_list_lists_sort_order(value: str) -> ListListsSortOrder:
    """Return ``value`` typed as ListListsSortOrder; values this client does not know are kept as they are."""
    if value in LIST_LISTS_SORT_ORDER_VALUES or isinstance(value, str):
        return cast(ListListsSortOrder, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LISTS_SORT_ORDER_VALUES!r}")
