from typing import Literal, cast

ListTagsSortBy = Literal["created_at", "description", "id", "slug", "title", "updated_at"]

LIST_TAGS_SORT_BY_VALUES: set[ListTagsSortBy] = {
    "created_at",
    "description",
    "id",
    "slug",
    "title",
    "updated_at",
}


def check_list_tags_sort_by(value: str) -> ListTagsSortBy:
    """Return ``value`` typed as ListTagsSortBy; values this client does not know are kept as they are."""
    if value in LIST_TAGS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListTagsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_SORT_BY_VALUES!r}")
