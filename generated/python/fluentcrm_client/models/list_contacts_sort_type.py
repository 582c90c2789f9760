from typing import Literal, cast

ListContactsSortType = Literal["ASC", "DESC"]

LIST_CONTACTS_SORT_TYPE_VALUES: set[ListContactsSortType] = {
    "ASC",
    "DESC",
}


def check_list_contacts_sort_type(value: str) -> ListContactsSortType:
    """Return ``value`` typed as ListContactsSortType; values this client does not know are kept as they are."""
    if value in LIST_CONTACTS_SORT_TYPE_VALUES or isinstance(value, str):
        return cast(ListContactsSortType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_SORT_TYPE_VALUES!r}")
