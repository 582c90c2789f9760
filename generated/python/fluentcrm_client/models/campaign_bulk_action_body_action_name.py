from typing import Literal, cast

CampaignBulkActionBodyActionName = Literal["apply_labels", "delete_campaigns"]

CAMPAIGN_BULK_ACTION_BODY_ACTION_NAME_VALUES: set[CampaignBulkActionBodyActionName] = {
    "apply_labels",
    "delete_campaigns",
}


def check_campaign_bulk_action_body_action_name(value: str) -> CampaignBulkActionBodyActionName:
    """Return ``value`` typed as CampaignBulkActionBodyActionName; values this client does not know are kept as they are."""
    if value in CAMPAIGN_BULK_ACTION_BODY_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(CampaignBulkActionBodyActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_BULK_ACTION_BODY_ACTION_NAME_VALUES!r}")
