from typing import Literal, cast

UpdateCampaignByBodyBodyUtmStatus = Literal[0, 1]

UPDATE_CAMPAIGN_BY_BODY_BODY_UTM_STATUS_VALUES: set[UpdateCampaignByBodyBodyUtmStatus] = {
    0,
    1,
}


def check_update_campaign_by_body_body_utm_status(value: int) -> UpdateCampaignByBodyBodyUtmStatus:
    """Return ``value`` typed as UpdateCampaignByBodyBodyUtmStatus; values this client does not know are kept as they are."""
    if value in UPDATE_CAMPAIGN_BY_BODY_BODY_UTM_STATUS_VALUES or isinstance(value, int):
        return cast(UpdateCampaignByBodyBodyUtmStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_BY_BODY_BODY_UTM_STATUS_VALUES!r}")
