from typing import Literal, cast

ListCompaniesSortOrder = Literal["ASC", "DESC", "asc", "desc"]

LIST_COMPANIES_SORT_ORDER_VALUES: set[ListCompaniesSortOrder] = {
    "ASC",
    "DESC",
    "asc",
    "desc",
}


def check_list_companies_sort_order(value: str) -> ListCompaniesSortOrder:
    """Return ``value`` typed as ListCompaniesSortOrder; values this client does not know are kept as they are."""
    if value in LIST_COMPANIES_SORT_ORDER_VALUES or isinstance(value, str):
        return cast(ListCompaniesSortOrder, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_COMPANIES_SORT_ORDER_VALUES!r}")
