from typing import Literal, cast

CampaignRecipientsInputSendingFilter = Literal["advanced_filters", "dynamic_segment", "list_tag"]

CAMPAIGN_RECIPIENTS_INPUT_SENDING_FILTER_VALUES: set[CampaignRecipientsInputSendingFilter] = {
    "advanced_filters",
    "dynamic_segment",
    "list_tag",
}


def check_campaign_recipients_input_sending_filter(value: str) -> CampaignRecipientsInputSendingFilter:
    """Return ``value`` typed as CampaignRecipientsInputSendingFilter; values this client does not know are kept as they are."""
    if value in CAMPAIGN_RECIPIENTS_INPUT_SENDING_FILTER_VALUES or isinstance(value, str):
        return cast(CampaignRecipientsInputSendingFilter, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_RECIPIENTS_INPUT_SENDING_FILTER_VALUES!r}")
