from typing import Literal, cast

ListTagsSortOrder = Literal["ASC", "DESC", "asc", "desc"]

LIST_TAGS_SORT_ORDER_VALUES: set[ListTagsSortOrder] = {
    "ASC",
    "DESC",
    "asc",
    "desc",
}


def check_list_tags_sort_order(value: str) -> ListTagsSortOrder:
    """Return ``value`` typed as ListTagsSortOrder; values this client does not know are kept as they are."""
    if value in LIST_TAGS_SORT_ORDER_VALUES or isinstance(value, str):
        return cast(ListTagsSortOrder, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_SORT_ORDER_VALUES!r}")
