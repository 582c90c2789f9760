from typing import Literal, cast

ScheduleCampaignBodySendingType = Literal["range_schedule", "schedule"]

SCHEDULE_CAMPAIGN_BODY_SENDING_TYPE_VALUES: set[ScheduleCampaignBodySendingType] = {
    "range_schedule",
    "schedule",
}


def check_schedule_campaign_body_sending_type(value: str) -> ScheduleCampaignBodySendingType:
    """Return ``value`` typed as ScheduleCampaignBodySendingType; values this client does not know are kept as they are."""
    if value in SCHEDULE_CAMPAIGN_BODY_SENDING_TYPE_VALUES or isinstance(value, str):
        return cast(ScheduleCampaignBodySendingType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULE_CAMPAIGN_BODY_SENDING_TYPE_VALUES!r}")
