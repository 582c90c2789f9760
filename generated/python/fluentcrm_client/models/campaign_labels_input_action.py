from typing import Literal, cast

CampaignLabelsInputAction = Literal["attach", "detach"]

CAMPAIGN_LABELS_INPUT_ACTION_VALUES: set[CampaignLabelsInputAction] = {
    "attach",
    "detach",
}


def check_campaign_labels_input_action(value: str) -> CampaignLabelsInputAction:
    """Return ``value`` typed as CampaignLabelsInputAction; values this client does not know are kept as they are."""
    if value in CAMPAIGN_LABELS_INPUT_ACTION_VALUES or isinstance(value, str):
        return cast(CampaignLabelsInputAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_LABELS_INPUT_ACTION_VALUES!r}")
