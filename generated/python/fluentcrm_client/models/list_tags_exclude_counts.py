from typing import Literal, cast

ListTagsExcludeCounts = Literal[0, 1]

LIST_TAGS_EXCLUDE_COUNTS_VALUES: set[ListTagsExcludeCounts] = {
    0,
    1,
}


def check_list_tags_exclude_counts(value: int) -> ListTagsExcludeCounts:
    """Return ``value`` typed as ListTagsExcludeCounts; values this client does not know are kept as they are."""
    if value in LIST_TAGS_EXCLUDE_COUNTS_VALUES or isinstance(value, int):
        return cast(ListTagsExcludeCounts, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_EXCLUDE_COUNTS_VALUES!r}")
