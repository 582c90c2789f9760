from typing import Literal, cast

GetCampaignWithItem = Literal["subjects", "template"]

GET_CAMPAIGN_WITH_ITEM_VALUES: set[GetCampaignWithItem] = {
    "subjects",
    "template",
}


def check_get_campaign_with_item(value: str) -> GetCampaignWithItem:
    """Return ``value`` typed as GetCampaignWithItem; values this client does not know are kept as they are."""
    if value in GET_CAMPAIGN_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetCampaignWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_WITH_ITEM_VALUES!r}")
