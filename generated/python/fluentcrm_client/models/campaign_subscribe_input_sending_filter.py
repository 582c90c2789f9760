from typing import Literal, cast

CampaignSubscribeInputSendingFilter = Literal["advanced_filters", "dynamic_segment", "list_tag"]

CAMPAIGN_SUBSCRIBE_INPUT_SENDING_FILTER_VALUES: set[CampaignSubscribeInputSendingFilter] = {
    "advanced_filters",
    "dynamic_segment",
    "list_tag",
}


def check_campaign_subscribe_input_sending_filter(value: str) -> CampaignSubscribeInputSendingFilter:
    """Return ``value`` typed as CampaignSubscribeInputSendingFilter; values this client does not know are kept as they are."""
    if value in CAMPAIGN_SUBSCRIBE_INPUT_SENDING_FILTER_VALUES or isinstance(value, str):
        return cast(CampaignSubscribeInputSendingFilter, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_SUBSCRIBE_INPUT_SENDING_FILTER_VALUES!r}")
