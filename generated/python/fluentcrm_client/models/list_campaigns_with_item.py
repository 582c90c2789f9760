from typing import Literal, cast

ListCampaignsWithItem = Literal["stats"]

LIST_CAMPAIGNS_WITH_ITEM_VALUES: set[ListCampaignsWithItem] = {
    "stats",
}


def check_list_campaigns_with_item(value: str) -> ListCampaignsWithItem:
    """Return ``value`` typed as ListCampaignsWithItem; values this client does not know are kept as they are."""
    if value in LIST_CAMPAIGNS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(ListCampaignsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_WITH_ITEM_VALUES!r}")
