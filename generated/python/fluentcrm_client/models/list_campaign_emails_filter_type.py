from typing import Literal, cast

ListCampaignEmailsFilterType = Literal["click", "failed", "unopened", "view"]

LIST_CAMPAIGN_EMAILS_FILTER_TYPE_VALUES: set[ListCampaignEmailsFilterType] = {
    "click",
    "failed",
    "unopened",
    "view",
}


def check_list_campaign_emails_filter_type(value: str) -> ListCampaignEmailsFilterType:
    """Return ``value`` typed as ListCampaignEmailsFilterType; values this client does not know are kept as they are."""
    if value in LIST_CAMPAIGN_EMAILS_FILTER_TYPE_VALUES or isinstance(value, str):
        return cast(ListCampaignEmailsFilterType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGN_EMAILS_FILTER_TYPE_VALUES!r}")
