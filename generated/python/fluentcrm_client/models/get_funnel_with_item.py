from typing import Literal, cast

GetFunnelWithItem = Literal["block_fields", "blocks", "funnel_sequences"]

GET_FUNNEL_WITH_ITEM_VALUES: set[GetFunnelWithItem] = {
    "block_fields",
    "blocks",
    "funnel_sequences",
}


def check_get_funnel_with_item(value: str) -> GetFunnelWithItem:
    """Return ``value`` typed as GetFunnelWithItem; values this client does not know are kept as they are."""
    if value in GET_FUNNEL_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetFunnelWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FUNNEL_WITH_ITEM_VALUES!r}")
