from typing import Literal, cast

CampaignBulkActionInputActionName = Literal["apply_labels", "delete_campaigns"]

CAMPAIGN_BULK_ACTION_INPUT_ACTION_NAME_VALUES: set[CampaignBulkActionInputActionName] = {
    "apply_labels",
    "delete_campaigns",
}


def check_campaign_bulk_action_input_action_name(value: str) -> CampaignBulkActionInputActionName:
    """Return ``value`` typed as CampaignBulkActionInputActionName; values this client does not know are kept as they are."""
    if value in CAMPAIGN_BULK_ACTION_INPUT_ACTION_NAME_VALUES or isinstance(value, str):
        return cast(CampaignBulkActionInputActionName, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_BULK_ACTION_INPUT_ACTION_NAME_VALUES!r}")
