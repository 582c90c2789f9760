from typing import Literal, cast

ListListsAllLists = Literal[0, 1]

LIST_LISTS_ALL_LISTS_VALUES: set[ListListsAllLists] = {
    0,
    1,
}


def check_list_lists_all_lists(value: int) -> ListListsAllLists:
    """Return ``value`` typed as ListListsAllLists; values this client does not know are kept as they are."""
    if value in LIST_LISTS_ALL_LISTS_VALUES or isinstance(value, int):
        return cast(ListListsAllLists, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LISTS_ALL_LISTS_VALUES!r}")
