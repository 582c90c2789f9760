from typing import Literal, cast

ListListsSortBy = Literal["created_at", "description", "id", "is_public", "slug", "title", "updated_at"]

LIST_LISTS_SORT_BY_VALUES: set[ListListsSortBy] = {
    "created_at",
    "description",
    "id",
    "is_public",
    "slug",
    "title",
    "updated_at",
}


def check_list_lists_sort_by(value: str) -> ListListsSortBy:
    """Return ``value`` typed as ListListsSortBy; values this client does not know are kept as they are."""
    if value in LIST_LISTS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListListsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LISTS_SORT_BY_VALUES!r}")
