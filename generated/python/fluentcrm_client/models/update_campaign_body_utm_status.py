from typing import Literal, cast

UpdateCampaignBodyUtmStatus = Literal[0, 1]

UPDATE_CAMPAIGN_BODY_UTM_STATUS_VALUES: set[UpdateCampaignBodyUtmStatus] = {
    0,
    1,
}


def check_update_campaign_body_utm_status(value: int) -> UpdateCampaignBodyUtmStatus:
    """Return ``value`` typed as UpdateCampaignBodyUtmStatus; values this client does not know are kept as they are."""
    if value in UPDATE_CAMPAIGN_BODY_UTM_STATUS_VALUES or isinstance(value, int):
        return cast(UpdateCampaignBodyUtmStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BODY_UTM_STATUS_VALUES!r}")
