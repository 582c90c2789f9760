from typing import Literal, cast

CampaignScheduleInputSendingType = Literal["range_schedule", "schedule"]

CAMPAIGN_SCHEDULE_INPUT_SENDING_TYPE_VALUES: set[CampaignScheduleInputSendingType] = {
    "range_schedule",
    "schedule",
}


def check_campaign_schedule_input_sending_type(value: str) -> CampaignScheduleInputSendingType:
    """Return ``value`` typed as CampaignScheduleInputSendingType; values this client does not know are kept as they are."""
    if value in CAMPAIGN_SCHEDULE_INPUT_SENDING_TYPE_VALUES or isinstance(value, str):
        return cast(CampaignScheduleInputSendingType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_SCHEDULE_INPUT_SENDING_TYPE_VALUES!r}")
