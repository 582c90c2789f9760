from typing import Literal, cast

CampaignByBodyInputUtmStatus = Literal[0, 1]

CAMPAIGN_BY_BODY_INPUT_UTM_STATUS_VALUES: set[CampaignByBodyInputUtmStatus] = {
    0,
    1,
}


def check_campaign_by_body_input_utm_status(value: int) -> CampaignByBodyInputUtmStatus:
    """Return ``value`` typed as CampaignByBodyInputUtmStatus; values this client does not know are kept as they are."""
    if value in CAMPAIGN_BY_BODY_INPUT_UTM_STATUS_VALUES or isinstance(value, int):
        return cast(CampaignByBodyInputUtmStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_BY_BODY_INPUT_UTM_STATUS_VALUES!r}")
