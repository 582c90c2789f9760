from typing import Literal, cast

CampaignInputUtmStatus = Literal[0, 1]

CAMPAIGN_INPUT_UTM_STATUS_VALUES: set[CampaignInputUtmStatus] = {
    0,
    1,
}


def check_campaign_input_utm_status(value: int) -> CampaignInputUtmStatus:
    """Return ``value`` typed as CampaignInputUtmStatus; values this client does not know are kept as they are."""
    if value in CAMPAIGN_INPUT_UTM_STATUS_VALUES or isinstance(value, int):
        return cast(CampaignInputUtmStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_INPUT_UTM_STATUS_VALUES!r}")
