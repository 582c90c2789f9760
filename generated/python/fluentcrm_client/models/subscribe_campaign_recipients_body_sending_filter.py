from typing import Literal, cast

SubscribeCampaignRecipientsBodySendingFilter = Literal["advanced_filters", "dynamic_segment", "list_tag"]

SUBSCRIBE_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES: set[SubscribeCampaignRecipientsBodySendingFilter] = {
    "advanced_filters",
    "dynamic_segment",
    "list_tag",
}


def check_subscribe_campaign_recipients_body_sending_filter(value: str) -> SubscribeCampaignRecipientsBodySendingFilter:
    """Return ``value`` typed as SubscribeCampaignRecipientsBodySendingFilter; values this client does not know are kept as they are."""
    if value in SUBSCRIBE_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES or isinstance(value, str):
        return cast(SubscribeCampaignRecipientsBodySendingFilter, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES!r}"
    )
