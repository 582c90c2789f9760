from typing import Literal, cast

EstimateCampaignContactsBodySendingFilter = Literal["advanced_filters", "dynamic_segment", "list_tag"]

ESTIMATE_CAMPAIGN_CONTACTS_BODY_SENDING_FILTER_VALUES: set[EstimateCampaignContactsBodySendingFilter] = {
    "advanced_filters",
    "dynamic_segment",
    "list_tag",
}


def check_estimate_campaign_contacts_body_sending_filter(value: str) -> EstimateCampaignContactsBodySendingFilter:
    """Return ``value`` typed as EstimateCampaignContactsBodySendingFilter; values this client does not know are kept as they are."""
    if value in ESTIMATE_CAMPAIGN_CONTACTS_BODY_SENDING_FILTER_VALUES or isinstance(value, str):
        return cast(EstimateCampaignContactsBodySendingFilter, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ESTIMATE_CAMPAIGN_CONTACTS_BODY_SENDING_FILTER_VALUES!r}"
    )
