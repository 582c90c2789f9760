from typing import Literal, cast

ExperimentalSettingsInputCampaignStatus = Literal["archived", "completed"]

EXPERIMENTAL_SETTINGS_INPUT_CAMPAIGN_STATUS_VALUES: set[ExperimentalSettingsInputCampaignStatus] = {
    "archived",
    "completed",
}


def check_experimental_settings_input_campaign_status(value: str) -> ExperimentalSettingsInputCampaignStatus:
    """Return ``value`` typed as ExperimentalSettingsInputCampaignStatus; values this client does not know are kept as they are."""
    if value in EXPERIMENTAL_SETTINGS_INPUT_CAMPAIGN_STATUS_VALUES or isinstance(value, str):
        return cast(ExperimentalSettingsInputCampaignStatus, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPERIMENTAL_SETTINGS_INPUT_CAMPAIGN_STATUS_VALUES!r}"
    )
