from typing import Literal, cast

GetCampaignViewCampaign = Literal[1]

GET_CAMPAIGN_VIEW_CAMPAIGN_VALUES: set[GetCampaignViewCampaign] = {
    1,
}


def check_get_campaign_view_campaign(value: int) -> GetCampaignViewCampaign:
    """Return ``value`` typed as GetCampaignViewCampaign; values this client does not know are kept as they are."""
    if value in GET_CAMPAIGN_VIEW_CAMPAIGN_VALUES or isinstance(value, int):
        return cast(GetCampaignViewCampaign, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_VIEW_CAMPAIGN_VALUES!r}")
