from typing import Literal, cast

DraftCampaignRecipientsBodySendingFilter = Literal["advanced_filters", "dynamic_segment", "list_tag"]

DRAFT_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES: set[DraftCampaignRecipientsBodySendingFilter] = {
    "advanced_filters",
    "dynamic_segment",
    "list_tag",
}


def check_draft_campaign_recipients_body_sending_filter(value: str) -> DraftCampaignRecipientsBodySendingFilter:
    """Return ``value`` typed as DraftCampaignRecipientsBodySendingFilter; values this client does not know are kept as they are."""
    if value in DRAFT_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES or isinstance(value, str):
        return cast(DraftCampaignRecipientsBodySendingFilter, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRAFT_CAMPAIGN_RECIPIENTS_BODY_SENDING_FILTER_VALUES!r}"
    )
