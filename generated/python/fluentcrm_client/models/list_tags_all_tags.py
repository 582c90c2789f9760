from typing import Literal, cast

ListTagsAllTags = Literal[0, 1]

LIST_TAGS_ALL_TAGS_VALUES: set[ListTagsAllTags] = {
    0,
    1,
}


def check_list_tags_all_tags(value: int) -> ListTagsAllTags:
    """Return ``value`` typed as ListTagsAllTags; values this client does not know are kept as they are."""
    if value in LIST_TAGS_ALL_TAGS_VALUES or isinstance(value, int):
        return cast(ListTagsAllTags, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_ALL_TAGS_VALUES!r}")
