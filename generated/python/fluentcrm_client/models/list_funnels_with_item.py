from typing import Literal, cast

ListFunnelsWithItem = Literal["triggers"]

LIST_FUNNELS_WITH_ITEM_VALUES: set[ListFunnelsWithItem] = {
    "triggers",
}


def check_list_funnels_with_item(value: str) -> ListFunnelsWithItem:
    """Return ``value`` typed as ListFunnelsWithItem; values this client does not know are kept as they are."""
    if value in LIST_FUNNELS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(ListFunnelsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNELS_WITH_ITEM_VALUES!r}")
