from typing import Literal, cast

UpdateCampaignLabelsBodyAction = Literal["attach", "detach"]

UPDATE_CAMPAIGN_LABELS_BODY_ACTION_VALUES: set[UpdateCampaignLabelsBodyAction] = {
    "attach",
    "detach",
}


def check_update_campaign_labels_body_action(value: str) -> UpdateCampaignLabelsBodyAction:
    """Return ``value`` typed as UpdateCampaignLabelsBodyAction; values this client does not know are kept as they are."""
    if value in UPDATE_CAMPAIGN_LABELS_BODY_ACTION_VALUES or isinstance(value, str):
        return cast(UpdateCampaignLabelsBodyAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CAMPAIGN_LABELS_BODY_ACTION_VALUES!r}")
