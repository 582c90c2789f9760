from typing import Literal, cast

ListFunnelSubscribersWithItem = Literal["funnel", "sequences"]

LIST_FUNNEL_SUBSCRIBERS_WITH_ITEM_VALUES: set[ListFunnelSubscribersWithItem] = {
    "funnel",
    "sequences",
}


def check_list_funnel_subscribers_with_item(value: str) -> ListFunnelSubscribersWithItem:
    """Return ``value`` typed as ListFunnelSubscribersWithItem; values this client does not know are kept as they are."""
    if value in LIST_FUNNEL_SUBSCRIBERS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(ListFunnelSubscribersWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNEL_SUBSCRIBERS_WITH_ITEM_VALUES!r}")
