from typing import Literal, cast

ListListsExcludeCounts = Literal[0, 1]

LIST_LISTS_EXCLUDE_COUNTS_VALUES: set[ListListsExcludeCounts] = {
    0,
    1,
}


def check_list_lists_exclude_counts(value: int) -> ListListsExcludeCounts:
    """Return ``value`` typed as ListListsExcludeCounts; values this client does not know are kept as they are."""
    if value in LIST_LISTS_EXCLUDE_COUNTS_VALUES or isinstance(value, int):
        return cast(ListListsExcludeCounts, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LISTS_EXCLUDE_COUNTS_VALUES!r}")
